/** Longer searches are refused with a 400: nobody types them, and each word costs the CMS a scan. */
export const SEARCH_QUERY_MAX_LENGTH = 200

/** Words after these are ignored; every result must contain every word. */
export const SEARCH_MAX_TERMS = 8

export type SearchQuery
  = | { kind: 'empty' }
    | { kind: 'invalid', message: string }
    | { kind: 'terms', query: string, terms: string[] }

/**
 * Reads what a visitor typed into the search box (`?q=`, possibly repeated): the tidied query and the
 * words every result must contain. A "quoted phrase" counts as one word. Nothing is refused for its
 * characters: quotes, `%`, `_` and any script are searched for literally.
 */
export function parseSearchQuery(raw: unknown): SearchQuery {
  const value = Array.isArray(raw) ? raw[0] : raw
  if (value === undefined || value === null)
    return { kind: 'empty' }
  if (typeof value !== 'string')
    return { kind: 'invalid', message: 'Type the words to search for.' }
  const query = value.normalize('NFC').replace(/[\p{Cc}\p{Cs}]+/gu, ' ').replace(/\s+/g, ' ').trim()
  if (query.length > SEARCH_QUERY_MAX_LENGTH)
    return { kind: 'invalid', message: `Please shorten your search to ${SEARCH_QUERY_MAX_LENGTH} characters or fewer.` }
  const terms: string[] = []
  const seen = new Set<string>()
  for (const [, phrase, word] of query.matchAll(/"([^"]*)"|(\S+)/g)) {
    const term = (phrase ?? word ?? '').trim()
    const key = term.toLocaleLowerCase('en')
    if (term && !seen.has(key) && terms.length < SEARCH_MAX_TERMS) {
      seen.add(key)
      terms.push(term)
    }
  }
  return terms.length === 0 ? { kind: 'empty' } : { kind: 'terms', query, terms }
}
