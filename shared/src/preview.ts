import crypto from 'node:crypto'

/** How long a preview link from the CMS admin stays valid. */
export const PREVIEW_LINK_TTL_MS = 10 * 60 * 1000

function signature(secret: string, purpose: string, path: string, expiresAt: number): string {
  return crypto.createHmac('sha256', secret).update(`${purpose}\n${path}\n${expiresAt}`).digest('base64url')
}

function sameSignature(a: string, b: string): boolean {
  const left = Buffer.from(a)
  const right = Buffer.from(b)
  return left.length === right.length && crypto.timingSafeEqual(left, right)
}

export interface PreviewLink {
  path: string
  expiresAt: number
  signature: string
}

/** Signs a site path for draft preview; the CMS admin builds its preview URLs with this. */
export function signPreviewLink(secret: string, path: string, now = Date.now()): PreviewLink {
  const expiresAt = now + PREVIEW_LINK_TTL_MS
  return { path, expiresAt, signature: signature(secret, 'link', path, expiresAt) }
}

/** True for a link signed with this secret that has not expired; false for anything else. */
export function verifyPreviewLink(secret: string, link: { path?: unknown, expiresAt?: unknown, signature?: unknown }, now = Date.now()): boolean {
  const { path, signature: given } = link
  const expiresAt = Number(link.expiresAt)
  if (typeof path !== 'string' || typeof given !== 'string' || !Number.isSafeInteger(expiresAt) || expiresAt < now)
    return false
  return sameSignature(given, signature(secret, 'link', path, expiresAt))
}

/** The value of the preview cookie: its expiry and a signature over it. */
export function signPreviewSession(secret: string, expiresAt: number): string {
  return `${expiresAt}.${signature(secret, 'session', '', expiresAt)}`
}

export function verifyPreviewSession(secret: string, value: unknown, now = Date.now()): boolean {
  if (typeof value !== 'string')
    return false
  const [expiry = '', given = ''] = value.split('.')
  const expiresAt = Number(expiry)
  return Number.isSafeInteger(expiresAt) && expiresAt >= now && sameSignature(given, signature(secret, 'session', '', expiresAt))
}
