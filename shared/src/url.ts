/**
 * Turns what a visitor types as their website ("Example.com/shop", "http://example.com")
 * into one canonical absolute URL, or returns null when it cannot be a public website address.
 */
export function normalizeWebsiteUrl(input: string): string | null {
  const trimmed = input.trim()
  if (trimmed === '' || /\s/.test(trimmed))
    return null
  // A colon followed by a digit is a port (`example.com:8080`), not the end of a scheme.
  const withScheme = /^[a-z][a-z\d+.-]*:(?!\d)/i.test(trimmed) ? trimmed : `https://${trimmed}`
  let url: URL
  try {
    url = new URL(withScheme)
  }
  catch {
    return null
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:')
    return null
  if (url.username || url.password)
    return null
  if (!/^(?:[a-z\d](?:[a-z\d-]{0,61}[a-z\d])?\.)+[a-z][a-z\d-]{0,62}$/.test(url.hostname))
    return null
  url.hash = ''
  return url.href
}
