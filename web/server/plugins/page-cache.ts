import type { H3Event } from 'h3'
import type { NitroApp } from 'nitropack'
import type { CachedPage } from '../../shared/types/h3-context'
import crypto from 'node:crypto'

/** Requests from this server to itself that render a page afresh to replace an aged copy. */
const REFRESH_HEADER = 'x-page-cache-refresh'
const refreshToken = crypto.randomBytes(16).toString('hex')
const refreshing = new Set<string>()

const UNCACHED_PREFIXES = ['/api/', '/_', '/fonts/', '/uploads/']
/**
 * Rendered per request: the form carries a fresh fill-time token, and search results depend on `?q=`,
 * which the page key leaves out (and endless queries would push every page out of the cache).
 */
const UNCACHED_PAGES = new Set([ASSESSMENT_PAGE, SEARCH_PAGE])

function pageKey(event: H3Event): string | undefined {
  if (event.method !== 'GET' && event.method !== 'HEAD')
    return undefined
  const url = getRequestURL(event)
  if (UNCACHED_PREFIXES.some(prefix => url.pathname.startsWith(prefix)) || UNCACHED_PAGES.has(url.pathname))
    return undefined
  if (getCookie(event, PREVIEW_COOKIE) !== undefined)
    return undefined
  // Only `page` changes what a page shows; tracking parameters and the like share one copy.
  const page = url.searchParams.get('page')
  return `page:${url.pathname}${page === null ? '' : `?page=${page}`}`
}

function cacheHeaders(etag: string, status: 'HIT' | 'MISS'): Record<string, string> {
  const { cdnMaxAgeSeconds } = useRuntimeConfig().pageCache
  return {
    'ETag': etag,
    'Cache-Control': `public, max-age=0, s-maxage=${cdnMaxAgeSeconds}, stale-while-revalidate=86400, stale-if-error=86400`,
    'X-Cache': status,
  }
}

function refreshInBackground(nitroApp: NitroApp, event: H3Event, key: string): void {
  if (refreshing.has(key))
    return
  refreshing.add(key)
  Promise.resolve(nitroApp.localFetch(event.path, { headers: { [REFRESH_HEADER]: refreshToken } }))
    .catch(error => console.error('[page-cache] background refresh failed:', error))
    .finally(() => refreshing.delete(key))
}

/**
 * Caches rendered pages (stale-while-revalidate) until the CMS reports a change to something they show.
 * A hit costs one cache read and answers 304 when the browser's copy is current; an aged page is served
 * once more while a fresh one renders in the background; when a fresh copy cannot be rendered (the CMS
 * is down), the last one is served instead (see error-handlers/stale-page.ts).
 */
export default defineNitroPlugin((nitroApp) => {
  const { enabled, maxAgeSeconds } = useRuntimeConfig().pageCache
  if (!enabled)
    return
  const maxAgeMs = Number(maxAgeSeconds) * 1000

  nitroApp.hooks.hook('render:before', async (context) => {
    const { event } = context
    const key = pageKey(event)
    if (!key)
      return
    const forceRender = getRequestHeader(event, REFRESH_HEADER) === refreshToken
    const found = forceRender ? undefined : await useSiteCache().get<CachedPage>(key)
    if (found?.current) {
      if (Date.now() - found.entry.storedAt > maxAgeMs)
        refreshInBackground(nitroApp, event, key)
      const { body, etag } = found.entry.value
      const notModified = getRequestHeader(event, 'if-none-match') === etag
      context.response = {
        body: notModified ? '' : body,
        statusCode: notModified ? 304 : 200,
        headers: { 'Content-Type': 'text/html;charset=utf-8', ...cacheHeaders(etag, 'HIT') },
      }
      return
    }
    event.context.pageCache = { key, fallback: found?.entry.value }
  })

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    const state = event.context.pageCache
    if (!state || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string')
      return
    const etag = `"${crypto.createHash('sha1').update(response.body).digest('base64url')}"`
    await useSiteCache().set<CachedPage>(state.key, { body: response.body, etag }, event.context.cacheTags ?? [])
    response.headers = { ...response.headers, ...cacheHeaders(etag, 'MISS') }
  })
})
