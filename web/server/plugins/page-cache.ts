/**
 * Answers cached pages as requests come in (utils/page-cache-hits.ts), and stores each page rendered for
 * the page cache with what it shows.
 */
export default defineNitroPlugin((nitroApp) => {
  // Ahead of h3's request hooks, route rules, public assets and middleware, which cost a hit more than
  // the hit itself; none of them changes a cached page. Every other request goes through unchanged, and
  // so does one the cache failed to answer: an error here, outside h3's error handling, would reach
  // Nuxt's error page without the request's Nitro context.
  const handle = nitroApp.h3App.handler
  nitroApp.h3App.handler = defineEventHandler(async (event) => {
    try {
      if (await answerFromPageCache(event))
        return
    }
    catch (error) {
      console.error('[page-cache] could not answer from the cache:', error)
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
