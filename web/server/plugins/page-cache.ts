import { pageCacheHeaders, storePage } from '../cache/page-cache'

/**
 * Stores each page rendered for the page cache with what it shows; middleware/page-cache.ts answers
 * from it.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', async (response, { event }) => {
    const state = event.context.pageCache
    if (!state || (response.statusCode ?? 200) !== 200 || typeof response.body !== 'string')
      return
    const etag = await storePage(state.key, response.body, event.context.cacheTags ?? [])
    response.headers = { ...response.headers, ...pageCacheHeaders(etag, 'MISS') }
  })
})
