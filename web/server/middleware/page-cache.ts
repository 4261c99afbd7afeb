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
 * Serves cached pages (stale-while-revalidate) before anything else runs, until the CMS reports a change
 * to something they show. A hit costs two cache reads, is compressed when the browser takes it (once per
 * page and instance) and answers 304 when the browser's copy is current; an aged page is served once more
 * while a fresh one renders in the background. A miss goes on to the renderer, and plugins/page-cache.ts
 * stores what it renders; when it cannot render (the CMS is down), error-handlers/stale-page.ts serves the
 * last copy.
 */
export default defineEventHandler(async (event) => {
  const { enabled, maxAgeSeconds } = useRuntimeConfig().pageCache
  const key = enabled ? pageKey(event) : undefined
  if (!key || getRequestHeader(event, PAGE_REFRESH_HEADER) === pageRefreshToken) {
    if (key)
      event.context.pageCache = { key }
    return
  }
  const found = await useSiteCache().get<CachedPage>(key)
  const encoding = preferredEncoding(getRequestHeader(event, 'accept-encoding'))
  const body = found?.current ? await cachedPageBody(found.entry.value, encoding) : undefined
  if (!found || body === undefined) {
    event.context.pageCache = { key, fallback: found?.entry.value }
    return
  }
  if (Date.now() - found.entry.storedAt > Number(maxAgeSeconds) * 1000)
    refreshInBackground(event.path, key)
  const etag = variantEtag(found.entry.value.etag, encoding)
  setResponseHeaders(event, {
    'Content-Type': 'text/html;charset=utf-8',
    'Content-Security-Policy': DEFAULT_FRAME_POLICY,
    ...(encoding ? { 'Content-Encoding': encoding } : {}),
    ...pageCacheHeaders(etag, 'HIT'),
  })
  if (getRequestHeader(event, 'if-none-match') === etag) {
    setResponseStatus(event, 304)
    return ''
  }
  return body
})
