import type { Core } from '@strapi/strapi'
import { openResponseStore } from '../api-cache'

type Context = Parameters<Core.MiddlewareHandler>[0]

interface ApiCacheConfig {
  enabled: boolean
  maxMegabytes: number
  maxAgeSeconds: number
}

/** Anonymous content reads: the same for every caller, unlike anything sent with a token. */
function cacheable(ctx: Context): boolean {
  return (ctx.method === 'GET' || ctx.method === 'HEAD')
    && ctx.path.startsWith('/api/')
    && !ctx.get('authorization')
}

function isJsonValue(body: unknown): boolean {
  return typeof body === 'object' && body !== null && !Buffer.isBuffer(body) && typeof (body as { pipe?: unknown }).pipe !== 'function'
}

/**
 * Answers repeated anonymous content API reads from memory, skipping the query parsing, the permission
 * lookup, the database and the serialisation that cost Strapi most of its time; any write empties it
 * (see api-cache/index.ts). Sends an ETag and answers 304 when the caller's copy is current.
 * One CMS instance per cache: several instances would each need to hear of the others' writes.
 */
const apiCache: Core.MiddlewareFactory<ApiCacheConfig> = (config, { strapi }) => {
  if (!config.enabled)
    return async (_ctx, next) => next()
  const store = openResponseStore(strapi, { maxBytes: config.maxMegabytes * 2 ** 20, maxAgeMs: config.maxAgeSeconds * 1000 })

  const answer = (ctx: Context, body: string, etag: string, status: 'HIT' | 'MISS') => {
    ctx.status = 200
    ctx.type = 'application/json'
    ctx.etag = etag
    ctx.set('X-Cache', status)
    if (ctx.fresh) {
      ctx.status = 304
      return
    }
    ctx.body = body
  }

  return async (ctx, next) => {
    if (!cacheable(ctx))
      return next()
    const key = ctx.url
    const hit = store.get(key)
    if (hit) {
      answer(ctx, hit.body, hit.etag, 'HIT')
      return
    }
    const readAt = store.generation()
    await next()
    if (ctx.status !== 200 || !isJsonValue(ctx.body))
      return
    const stored = store.set(key, JSON.stringify(ctx.body), readAt)
    answer(ctx, stored.body, stored.etag, 'MISS')
  }
}

export default apiCache
