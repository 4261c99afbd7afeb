import type { Core } from '@strapi/strapi'
import type { CachedResponse } from '../api-cache/response-store'
import { openResponseStore } from '../api-cache'
import { answerHitsFirst, cacheHeaders } from '../api-cache/front-door'

type Context = Parameters<Core.MiddlewareHandler>[0]

interface ApiCacheConfig {
  enabled: boolean
  maxMegabytes: number
  maxAgeSeconds: number
  frontDoor: boolean
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
 * Answers repeated anonymous content API reads from memory, skipping the query parsing, the permission
 * lookup, the database and the serialisation that cost Strapi most of its time; any write empties it (see
 * api-cache/index.ts). It comes last among the global middlewares, so all the others run for a hit too.
 * With `frontDoor` on, hits without an Origin are answered before Koa instead (api-cache/front-door.ts),
 * with the headers of the read they replay. Sends an ETag and answers 304 when the caller's copy is
 * current. One CMS instance per cache: several would each need to hear of the others' writes.
 */
const apiCache: Core.MiddlewareFactory<ApiCacheConfig> = (config, { strapi }) => {
  if (!config.enabled)
    return async (_ctx, next) => next()
  const store = openResponseStore(strapi, { maxBytes: config.maxMegabytes * 2 ** 20, maxAgeMs: config.maxAgeSeconds * 1000 })

  if (config.frontDoor) {
    const logHits = strapi.log.isLevelEnabled('http')
    answerHitsFirst(
      strapi.server.httpServer,
      // A CORS answer depends on the Origin: a browser's cross-origin read is answered below, after CORS.
      request => cacheable(request.method ?? '', request.url ?? '', request.headers.authorization) && !request.headers.origin
        ? store.get(request.url ?? '')
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
    const hit = store.get(key)
    if (hit) {
      answer(ctx, hit, 'HIT')
      return
    }
    const readAt = store.generation()
    await next()
    if (ctx.status !== 200 || !isJsonValue(ctx.body) || ctx.response.get('set-cookie'))
      return
    const stored = store.set(key, { body: JSON.stringify(ctx.body), headers: replayedHeaders(ctx.response.headers) }, readAt)
    answer(ctx, stored, 'MISS')
  }
}

export default apiCache
