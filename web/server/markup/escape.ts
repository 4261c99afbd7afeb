const MARKUP_ENTITIES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', '\'': '&#39;' }

/**
 * Characters XML 1.0 allows nowhere, not even as references: C0 controls but tab and line breaks,
 * U+FFFE and U+FFFF, and halves of surrogate pairs. One of them in CMS text would make a whole
 * sitemap or feed unreadable, so they are dropped.
 */
// eslint-disable-next-line no-control-regex -- matching control characters is the point
const INVALID_XML_CHARACTERS = /[\u0000-\u0008\v\f\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g

export function stripInvalidXmlCharacters(text: string): string {
  return text.replace(INVALID_XML_CHARACTERS, '')
}

/** Escapes text for HTML or XML, in element content and quoted attribute values alike. */
export function escapeMarkup(text: string): string {
  return stripInvalidXmlCharacters(text).replace(/[&<>"']/g, character => MARKUP_ENTITIES[character] ?? character)
}
