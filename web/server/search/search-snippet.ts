import { escapeMarkup } from '../markup/escape'

/** About two lines of a result. */
const SNIPPET_LENGTH = 200
/** Context kept before the first match. */
const SNIPPET_LEAD = 60

/**
 * Matches any of the terms literally, ignoring case (Unicode-aware), the longest first so that a longer
 * term wins; `g` for every match. The terms are escaped, so the pattern cannot backtrack badly.
 */
function termPattern(terms: string[], flags: 'giu' | 'iu' = 'giu'): RegExp | undefined {
  const sources = [...terms]
    .filter(term => term.length > 0)
    .sort((a, b) => b.length - a.length)
    .map(term => term.normalize('NFC').replace(/[\\^$.*+?()[\]{}|]/g, '\\$&'))
  return sources.length > 0 ? new RegExp(sources.join('|'), flags) : undefined
}

/** Escapes the text and wraps every match of the pattern in <mark>. */
function markMatches(text: string, pattern: RegExp | undefined): string {
  if (!pattern)
    return escapeMarkup(text)
  let html = ''
  let last = 0
  for (const match of text.matchAll(pattern)) {
    html += `${escapeMarkup(text.slice(last, match.index))}<mark>${escapeMarkup(match[0])}</mark>`
    last = match.index + match[0].length
  }
  return html + escapeMarkup(text.slice(last))
}

/** Whether the text contains any of the terms, as the highlighting reads them. */
export function containsTerm(text: string, terms: string[]): boolean {
  return termPattern(terms, 'iu')?.test(text.normalize('NFC')) ?? false
}

/** The text, HTML-escaped, with every occurrence of any term in <mark>. */
export function highlightTerms(text: string, terms: string[]): string {
  return markMatches(text.normalize('NFC'), termPattern(terms))
}

function isLowSurrogate(text: string, index: number): boolean {
  const code = text.charCodeAt(index)
  return code >= 0xDC00 && code <= 0xDFFF
}

/** Moves a cut forward to just after a space, when there is one before `limit`, and never into a surrogate pair. */
function cutForward(text: string, index: number, limit: number): number {
  const space = text.slice(index, limit).search(/\s/)
  const cut = space === -1 ? index : index + space + 1
  return isLowSurrogate(text, cut) ? cut + 1 : cut
}

/** Moves a cut back to a space, when there is one after `limit`, and never into a surrogate pair. */
function cutBack(text: string, index: number, limit: number): number {
  const space = text.slice(limit, index).search(/\s\S*$/)
  const cut = space === -1 ? index : limit + space
  return isLowSurrogate(text, cut) ? cut - 1 : cut
}

/**
 * A short passage of the first text that contains a term, cut at spaces around its first match, with
 * every match in <mark> and everything else HTML-escaped; the start of the first text when none does.
 */
export function searchSnippet(texts: string[], terms: string[], length = SNIPPET_LENGTH): string {
  const pattern = termPattern(terms)
  const firstMatch = termPattern(terms, 'iu')
  const candidates = texts.map(text => text.normalize('NFC').replace(/\s+/g, ' ').trim()).filter(Boolean)
  for (const text of candidates) {
    const match = firstMatch?.exec(text)
    if (!match)
      continue
    const matchEnd = match.index + match[0].length
    const start = match.index > SNIPPET_LEAD ? cutForward(text, match.index - SNIPPET_LEAD, match.index) : 0
    const end = Math.max(matchEnd, start + length) < text.length ? cutBack(text, Math.max(matchEnd, start + length), matchEnd) : text.length
    return `${start > 0 ? '…' : ''}${markMatches(text.slice(start, end), pattern)}${end < text.length ? '…' : ''}`
  }
  const [first = ''] = candidates
  const end = first.length > length ? cutBack(first, length, 0) : first.length
  return `${escapeMarkup(first.slice(0, end))}${end < first.length ? '…' : ''}`
}
