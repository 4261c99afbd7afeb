import type { OutgoingHttpHeaders } from 'node:http'
import { answerFromPageCache } from '../cache/page-cache-hits'
import { tags } from '../../shared/utils/cache-tags'
import { pageCacheHeaders, storePage } from '../cache/page-cache'

/** The headers already set on a response (by route rules, request hooks and middleware), as strings. */
function headersSoFar(headers: OutgoingHttpHeaders): Record<string, string> {
  return Object.fromEntries(Object.entries(headers).flatMap(([name, value]) =>
    typeof value === 'string' || typeof value === 'number' ? [[name, String(value)]] : []))
}

/**
 * Answers cached pages as requests come in (cache/page-cache-hits.ts), and stores each page rendered for
 * the page cache with what it shows and every header it was answered with, which a hit replays: route
 * rules, request hooks, middleware and render hooks (plugins/content-security-policy.ts is registered
 * before this one) each set a header in one place, and a cached page carries it as a rendered one does.
 *
 * The hit is answered ahead of h3's app handler: h3 v1 runs every layer of its stack (route rules, public
 * assets, middleware) for each request and has no hook that can end one early (`createAppEventHandler`,
 * h3js/h3 v1 src/app.ts; h3 v2 reworks this, h3js/h3#792). Going through them cost a hit more than
 * half its throughput (`pnpm bench pages`). Relies on Nitro's server calling `nitroApp.h3App.handler`
 * for each request: test/e2e/site-security.spec.ts gets no cache hit the day it does not, and checks
 * that hits and renders carry the same headers. Remove when the site moves to Nitro 3 (h3 v2), if a
 * middleware answering the hit there keeps the cached page at a third of nginx's rate or more.
 */
export default defineNitroPlugin((nitroApp) => {
  // A request the cache cannot answer goes on unchanged, and so does one it failed on: an error here,
  // outside h3's error handling, would reach Nuxt's error page without the request's Nitro context.
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
    const headers = { ...headersSoFar(event.node.res.getHeaders()), ...response.headers }
    const etag = await storePage(state.key, response.body, [...event.context.cacheTags ?? [], tags.redirects], headers)
    response.headers = { ...response.headers, ...pageCacheHeaders(etag, 'MISS') }
  })
})
