import { cachedPageBody } from '../cache/page-cache'

/**
 * Stale-if-error: when a page that was cached before cannot be rendered now (the CMS is down, 5xx),
 * visitors get the last copy with status 200 instead of the error page. Anything else goes on to
 * Nuxt's error page.
 */
export default defineNitroErrorHandler(async (error, event) => {
  const fallback = event.context.pageCache?.fallback
  const body = fallback && (error.statusCode ?? 500) >= 500 ? await cachedPageBody(fallback) : undefined
  if (body === undefined)
    return
  setResponseStatus(event, 200)
  setResponseHeaders(event, { 'Content-Type': 'text/html;charset=utf-8', 'Cache-Control': 'no-store', 'X-Cache': 'STALE' })
  return send(event, body)
})
