import type { H3Event } from 'h3'
import type { CachedPage } from '../../shared/types/h3-context'
import { cachedPageBody, PAGE_REFRESH_HEADER, pageCacheHeaders, pageKey, pageRefreshToken, preferredEncoding, variantEtag } from './page-cache'

const refreshing = new Set<string>()

function refreshInBackground(path: string, key: string): void {
  if (refreshing.has(key))
    return
  refreshing.add(key)
  Promise.resolve(useNitroApp().localFetch(path, { headers: { [PAGE_REFRESH_HEADER]: pageRefreshToken } }))
    .catch(error => console.error('[page-cache] background refresh failed:', error))
    .finally(() => refreshing.delete(key))
}

/**
 * Serves a cached page (stale-while-revalidate), until the CMS reports a change to something it shows,
 * and says whether it did. A hit costs two cache reads, is compressed when the browser takes it (once per
 * page and instance) and answers 304 when the browser's copy is current; an aged page is served once more
 * while a fresh one renders in the background. A miss goes on to the renderer, and plugins/page-cache.ts
 * stores what it renders; when it cannot render (the CMS is down), error-handlers/stale-page.ts serves the
 * last copy.
 */
export async function answerFromPageCache(event: H3Event): Promise<boolean> {
  const { enabled, maxAgeSeconds } = useRuntimeConfig().pageCache
  const key = enabled ? pageKey(event) : undefined
  // Read as they came: h3's getRequestHeader copies every header for each call.
  const { headers } = event.node.req
  if (!key || headers[PAGE_REFRESH_HEADER] === pageRefreshToken) {
    if (key)
      event.context.pageCache = { key }
    return false
  }
  const found = await useSiteCache().get<CachedPage>(key)
  const encoding = preferredEncoding(headers['accept-encoding'])
  const body = found?.current ? await cachedPageBody(found.entry.value, encoding) : undefined
  if (!found || body === undefined) {
    event.context.pageCache = { key, fallback: found?.entry.value }
    return false
  }
  if (Date.now() - found.entry.storedAt > Number(maxAgeSeconds) * 1000)
    refreshInBackground(event.path, key)
  const etag = variantEtag(found.entry.value.etag, encoding)
  setResponseHeaders(event, {
    'Content-Type': 'text/html;charset=utf-8',
    ...found.entry.value.headers,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...pageCacheHeaders(etag, 'HIT'),
  })
  const notModified = headers['if-none-match'] === etag
  setResponseStatus(event, notModified ? 304 : 200)
  await send(event, notModified ? undefined : body)
  return true
}
