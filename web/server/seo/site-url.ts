/** An absolute address on the site from its configured origin (with or without a trailing slash) and a path. */
export function siteUrlFor(siteUrl: string, path: string): string {
  return `${siteUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`
}
