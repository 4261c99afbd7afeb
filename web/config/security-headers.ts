/**
 * The site runs no script but its own: those from this origin (the assessment form's, /_scripts) and,
 * on a page, the inline scripts it was rendered with, each by its hash (server/security/page-policy.ts):
 * the menu script and the speculation rules Nuxt adds so that browsers prefetch the next page. Styles
 * are inlined into each page (server/plugins/inline-styles.ts), hence 'unsafe-inline' for styles only.
 * `frameAncestors` is who may frame the page: the site alone, and for preview pages the CMS admin too.
 */
export function contentSecurityPolicy(frameAncestors: string[], scriptHashes: string[] = []): string {
  return [
    `default-src 'self'`,
    [`script-src 'self'`, ...scriptHashes.map(hash => `'sha256-${hash}'`)].join(' '),
    `style-src 'self' 'unsafe-inline'`,
    `img-src 'self' data:`,
    `font-src 'self'`,
    `connect-src 'self'`,
    `form-action 'self'`,
    `base-uri 'self'`,
    `object-src 'none'`,
    `frame-ancestors ${frameAncestors.join(' ')}`,
  ].join('; ')
}

/**
 * Sent with every response as a route rule. A rendered page replaces the policy with one that also
 * allows its own inline scripts, and a page from the cache carries the headers it was rendered with
 * (server/plugins/page-cache.ts). HSTS depends on the public address and is added at run time
 * (server/plugins/strict-transport-security.ts).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy([`'self'`]),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
}
