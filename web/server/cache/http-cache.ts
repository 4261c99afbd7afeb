import crypto from 'node:crypto'

/** A strong ETag naming this exact body. */
export function contentEtag(body: string): string {
  return `"${crypto.createHash('sha1').update(body).digest('base64url')}"`
}

/**
 * Cache-Control of pages and generated documents: browsers revalidate every time (cheap with the ETag),
 * a CDN may keep a copy as long as `pageCache.cdnMaxAgeSeconds`, and serve it stale while it refreshes or
 * while the site is down.
 */
export function sharedCacheControl(): string {
  const { cdnMaxAgeSeconds } = useRuntimeConfig().pageCache
  return `public, max-age=0, s-maxage=${cdnMaxAgeSeconds}, stale-while-revalidate=86400, stale-if-error=86400`
}
