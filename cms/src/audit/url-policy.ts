import { SafeFetchError } from './safe-fetch-error'

const ALLOWED_PROTOCOLS = new Set(['http:', 'https:'])
/** WHATWG URL drops a scheme's default port, so '' means 80 for http and 443 for https. */
const ALLOWED_PORTS = new Set(['', '80', '443'])

/** Parses an address typed by a stranger, or a redirect's Location resolved against the page that sent it. */
export function parseTargetUrl(raw: string, base?: URL): URL {
  try {
    return new URL(raw.trim(), base)
  }
  catch (error) {
    throw new SafeFetchError('invalid-url', `"${raw}" is not a web address we can read.`, { cause: error })
  }
}

/**
 * Refuses what a public website never needs: other schemes, other ports, and credentials that could be
 * replayed against internal services. Test hosts may use any port, but never another scheme.
 */
export function assertAllowedUrl(url: URL, isTestHost: boolean): void {
  if (!ALLOWED_PROTOCOLS.has(url.protocol))
    throw new SafeFetchError('blocked-scheme', `We only visit http:// and https:// addresses, not ${url.protocol}//.`)
  if (url.username !== '' || url.password !== '')
    throw new SafeFetchError('blocked-credentials', 'We do not visit addresses that contain a user name or password.')
  if (!isTestHost && !ALLOWED_PORTS.has(url.port))
    throw new SafeFetchError('blocked-port', `We only visit websites on the standard ports 80 and 443, not ${url.port}.`)
}
