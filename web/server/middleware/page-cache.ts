import { answerFromPageCache } from '../cache/page-cache-hits'

/**
 * Answers a page from the page cache when it can (cache/page-cache-hits.ts). As a middleware it runs
 * after Nitro's request hooks and route rules, so a cached page carries every header a rendered one
 * does. A request the cache cannot answer goes on to the renderer, and so does one the cache failed on:
 * the visitor gets a rendered page rather than an error.
 */
export default defineEventHandler(async (event) => {
  try {
    await answerFromPageCache(event)
  }
  catch (error) {
    console.error('[page-cache] could not answer from the cache:', error)
  }
})
