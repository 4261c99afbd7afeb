/*
 * How a redirect's addresses are written down. The CMS normalises a rule's `from` and `to` on save and
 * the site normalises each request's address the same way before looking it up, so that two spellings
 * of one address (`/Caf%c3%a9//menu/`, `/Café/menu`) find the same rule.
 */

/** Characters RFC 3986 calls unreserved: percent-encoding them changes nothing, so they are decoded. */
const UNRESERVED = /[\w.~-]/
/** Characters a path or query may hold as they are; anything else is percent-encoded. */
const ALLOWED = /[\w.~\-!$&'()*+,;=:@/?]/

/** A rule whose `from` ends so matches that address and every address under it. */
export const PREFIX_SUFFIX = '/*'

export interface RedirectPathOptions {
  /**
   * Keep the query string. A request keeps it for its first lookup, a rule keeps it when its `from` names
   * one; otherwise it is dropped, since `?utm_source=…` does not make another page.
   */
  keepQuery?: boolean
}

function percentEncode(character: string): string {
  return [...new TextEncoder().encode(character)].map(byte => `%${byte.toString(16).toUpperCase().padStart(2, '0')}`).join('')
}

/** Decodes escapes of unreserved characters, upper-cases the others' hex and encodes what may not stand bare. */
function normalizeEncoding(text: string): string {
  return text.replace(/%([\da-f]{2})|[^]/giu, (match, hex: string | undefined) => {
    if (hex !== undefined) {
      const character = String.fromCharCode(Number.parseInt(hex, 16))
      return UNRESERVED.test(character) ? character : `%${hex.toUpperCase()}`
    }
    return ALLOWED.test(match) ? match : percentEncode(match)
  })
}

function normalizePathPart(path: string): string {
  const collapsed = `/${path}`.replace(/\/{2,}/g, '/')
  return collapsed.length > 1 ? collapsed.replace(/\/+$/, '') : collapsed
}

const DEFAULT_PORTS: Record<string, string> = { http: '80', https: '443' }

/**
 * One spelling for an address: a path (`/blog/post`) or an absolute URL (`https://example.com/blog`).
 * Never throws, since it also runs on whatever a visitor's request holds. Spaces are encoded, not trimmed:
 * the CMS trims what an editor types before it gets here.
 */
export function normalizeRedirectPath(input: string, { keepQuery = false }: RedirectPathOptions = {}): string {
  const withoutFragment = input.replace(/#.*$/s, '')
  const absolute = /^([a-z][a-z\d+.-]*):\/\/([^/?]*)(.*)$/is.exec(withoutFragment)
  const [, scheme = '', authority = '', rest = withoutFragment] = absolute ?? []
  const queryAt = rest.indexOf('?')
  const path = normalizePathPart(normalizeEncoding(queryAt === -1 ? rest : rest.slice(0, queryAt)))
  const query = queryAt === -1 ? '' : normalizeEncoding(rest.slice(queryAt + 1))
  const suffix = keepQuery && query !== '' ? `?${query}` : ''
  if (!absolute)
    return `${path}${suffix}`
  const lowerScheme = scheme.toLowerCase()
  const host = authority.toLowerCase()
  const defaultPort = `:${DEFAULT_PORTS[lowerScheme] ?? ''}`
  return `${lowerScheme}://${host.endsWith(defaultPort) ? host.slice(0, -defaultPort.length) : host}${path}${suffix}`
}

/** Whether an address is an absolute URL rather than a path on the site. */
export function isAbsoluteAddress(address: string): boolean {
  return /^[a-z][a-z\d+.-]*:\/\//i.test(address.trim())
}

/** Whether a rule's `from` covers every address under it (`/old-blog/*`). */
export function isPrefixRule(from: string): boolean {
  return from.endsWith(PREFIX_SUFFIX)
}

/**
 * Why an address cannot be a rule's `from` (`allowPrefix`) or `to` (`allowAbsolute`), in words for the
 * editor, or null when it can.
 */
export function redirectAddressProblem(address: string, { allowAbsolute = false, allowPrefix = false } = {}): string | null {
  const trimmed = address.trim()
  if (trimmed === '')
    return 'is empty'
  if (/[\s\p{Cc}]/u.test(trimmed))
    return 'contains a space or an invisible character'
  if (isAbsoluteAddress(trimmed)) {
    if (!allowAbsolute)
      return 'must be a path on this site, starting with "/", not a full address'
    if (!/^https?:\/\/[^/?#@\s]+(?:[/?#]|$)/i.test(trimmed))
      return 'must be an http:// or https:// address with a host'
  }
  else if (!trimmed.startsWith('/')) {
    return allowAbsolute ? 'must start with "/" (a path on this site) or with https:// (a full address)' : 'must start with "/"'
  }
  if (/%(?![\da-f]{2})/i.test(trimmed))
    return 'has a "%" that is not followed by two hexadecimal digits'
  const pathEnd = trimmed.search(/[?#]/)
  const path = pathEnd === -1 ? trimmed : trimmed.slice(0, pathEnd)
  if (path.split('/').some(segment => segment === '.' || segment === '..'))
    return 'contains "." or ".." as a part of the path'
  const star = path.indexOf('*')
  if (star !== -1 && !(allowPrefix && star === path.length - 1 && path.endsWith(PREFIX_SUFFIX) && pathEnd === -1))
    return allowPrefix ? 'may hold "*" only at its end, as "/*", with no query' : 'may not hold "*"'
  return null
}
