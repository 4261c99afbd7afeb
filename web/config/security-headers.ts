import { createHash } from 'node:crypto'
import { POPOVER_EXPANDED_SCRIPT } from '../shared/utils/popover-script'

const sha256Source = (script: string) => `'sha256-${createHash('sha256').update(script).digest('base64')}'`

/**
 * The site runs no script but its own: the inline popover script by its hash, and the assessment form's
 * script from this origin (/_scripts). Nuxt adds speculation rules to pages without scripts, so that
 * browsers prefetch the next page; they run no code, and 'inline-speculation-rules' allows them alone.
 * Styles are inlined into each page (server/plugins/inline-styles.ts), hence 'unsafe-inline' for styles
 * only. `frameAncestors` is who may frame the page: the site alone, and for preview pages the CMS admin
 * too (server/plugins/frame-policy.ts).
 */
export function contentSecurityPolicy(frameAncestors: string[]): string {
  return [
    `default-src 'self'`,
    `script-src 'self' 'inline-speculation-rules' ${sha256Source(POPOVER_EXPANDED_SCRIPT)}`,
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
 * Sent with every response as a route rule, so a page answered from the page cache carries exactly what
 * a rendered one does. HSTS depends on the public address and is added at run time
 * (server/plugins/strict-transport-security.ts).
 */
export const SECURITY_HEADERS: Record<string, string> = {
  'Content-Security-Policy': contentSecurityPolicy([`'self'`]),
  'X-Content-Type-Options': 'nosniff',
  'Referrer-Policy': 'strict-origin-when-cross-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=(), usb=(), browsing-topics=()',
}
