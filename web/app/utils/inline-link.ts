export interface TextPart {
  text: string
  /** Set on the part written as `[text](address)`. */
  href?: string
}

/**
 * A sentence editors wrote with one Markdown link in it, such as "See our [privacy policy](/privacy).",
 * as plain text and the link, for places where a whole Markdown renderer would be too much (a label).
 */
export function inlineLink(sentence: string): TextPart[] {
  const match = /\[([^\]]+)\]\(([^)\s]+)\)/.exec(sentence)
  if (!match)
    return [{ text: sentence }]
  const [whole, text = '', href = ''] = match
  return [
    ...(match.index > 0 ? [{ text: sentence.slice(0, match.index) }] : []),
    { text, href },
    ...(match.index + whole.length < sentence.length ? [{ text: sentence.slice(match.index + whole.length) }] : []),
  ]
}
