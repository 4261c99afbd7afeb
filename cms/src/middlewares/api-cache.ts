import type { Core } from '@strapi/strapi'
import type { CachedResponse } from '../api-cache/response-store'
import { openResponseCache } from '../api-cache'
import { answerHitsFirst, cacheHeaders } from '../api-cache/front-door'

type Context = Parameters<Core.MiddlewareHandler>[0]

interface ApiCacheConfig {
  enabled: boolean
  maxMegabytes: number
  maxAgeSeconds: number
  frontDoor: boolean
  /** `redis` shares the cache between CMS instances; `memory` keeps one per instance. */
  store: 'memory' | 'redis'
  redisUrl: string
  redisKeyPrefix: string
}

/** Anonymous content reads: the same for every caller, unlike anything sent with a token. */
function cacheable(method: string, url: string, authorization: string | undefined): boolean {
  return (method === 'GET' || method === 'HEAD') && url.startsWith('/api/') && !authorization
}

/**
 * Headers of a stored answer that a hit answered ahead of Koa replays (api-cache/front-door.ts), standing
 * in for the middlewares it skips. Excluded are those that depend on the request (CORS) and those set anew.
 */
const NOT_REPLAYED = /^(?:access-control-|vary$|content-(?:type|length)$|etag$|x-cache$|date$|connection$|keep-alive$)/

function replayedHeaders(headers: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(Object.entries(headers)
    .filter((header): header is [string, string] => !NOT_REPLAYED.test(header[0]) && typeof header[1] === 'string'))
}

function isJsonValue(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown }).pipe !== 'function'
}

/**
 * Answers repeated anonymous content API reads from memory or Redis, skipping the query parsing, the
 * permission lookup, the database and the serialisation that cost Strapi most of its time; a write
 * forgets the answers it can change (see api-cache/cache-scopes.ts). It comes last among the global
 * middlewares, so all the others run for a hit too. With `frontDoor` on and the memory store, hits
 * without an Origin are answered before Koa instead (api-cache/front-door.ts), with the headers of the
 * read they replay. Sends an ETag and answers 304 when the caller's copy is current.
 */
const apiCache: Core.MiddlewareFactory<ApiCacheConfig> = (config, { strapi }) => {
  if (!config.enabled)
    return async (_ctx, next) => next()
  const { store, scopes, getNow } = openResponseCache(strapi, {
    maxBytes: config.maxMegabytes * 2 ** 20,
    maxAgeMs: config.maxAgeSeconds * 1000,
    redis: config.store === 'redis' ? { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } : undefined,
  })

  // The front door answers synchronously, as the request arrives: only the memory store can.
  if (config.frontDoor && !getNow)
    strapi.log.warn('API_CACHE_FRONT_DOOR is ignored with API_CACHE_STORE=redis: hits go through Koa.')
  if (config.frontDoor && getNow) {
    const logHits = strapi.log.isLevelEnabled('http')
    answerHitsFirst(
      strapi.server.httpServer,
      // A CORS answer depends on the Origin: a browser's cross-origin read is answered below, after CORS.
      request => cacheable(request.method ?? '', request.url ?? '', request.headers.authorization) && !request.headers.origin
        ? getNow(request.url ?? '')
        : undefined,
      (request, status) => logHits && strapi.log.http(`${request.method} ${request.url} (0 ms) ${status}`),
    )
  }

  // The middlewares before this one have set their headers for this request: none is replayed here.
  const answer = (ctx: Context, hit: CachedResponse, status: 'HIT' | 'MISS') => {
    ctx.status = 200
    ctx.set(cacheHeaders(hit, status))
    if (ctx.fresh) {
      ctx.status = 304
      return
    }
    ctx.body = hit.body
  }

  return async (ctx, next) => {
    if (!cacheable(ctx.method, ctx.path, ctx.get('authorization')))
      return next()
    const key = ctx.url
    const hit = await store.get(key)
    if (hit) {
      answer(ctx, hit, 'HIT')
      return
    }
    const readAt = await store.readStarted()
    await next()
    if (ctx.status !== 200 || !isJsonValue(ctx.body) || ctx.response.get('set-cookie'))
      return
    const scope = scopes.scopeOf(ctx.state.route)
    const stored = await store.set(key, scope, { body: JSON.stringify(ctx.body), headers: replayedHeaders(ctx.response.headers) }, readAt)
    answer(ctx, stored, 'MISS')
  }
}

export default apiCache
