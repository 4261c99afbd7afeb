/**
 * Answers cached pages as requests come in (utils/page-cache-hits.ts), and stores each page rendered for
 * the page cache with what it shows.
 */
export default defineNitroPlugin((nitroApp) => {
  // Ahead of h3's request hooks, route rules, public assets and middleware, which cost a hit more than
  // the hit itself; none of them changes a cached page. Every other request goes through unchanged, and
  // so does one the cache could not answer (Redis unreachable): this runs outside h3's error handling.
  const handle = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler(async (event) => {
    try {
      if (await answerFromPageCache(event))
        return
    }
    catch {
      // The connection reports an outage once; each request falls back to rendering meanwhile.
    }
    return handle(event)
  })

  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    const state = event.context.pageCache
    if (!state || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string')
      return
    const etag = await storePage(state.key, response.body, event.context.cacheTags ?? [])
    response.headers = { ...response.headers, ...pageCacheHeaders(etag, 'MISS') }
  })
})
