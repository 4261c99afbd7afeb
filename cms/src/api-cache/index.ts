import type { Core } from '@strapi/strapi'
import type { CacheScopes } from './cache-scopes'
import type { CachedResponse, ResponseStore } from './response-store'
import { cacheScopes } from './cache-scopes'
import { createMemoryResponseStore } from './memory-response-store'
import { createRedisResponseStore } from './redis-response-store'
import { WRITE_ACTIONS } from '../utils/database-writes'

export interface ResponseCacheOptions {
  maxBytes: number
  maxAgeMs: number
  /** Shares the cache between CMS instances through Redis; memory, for one instance, without it. */
  redis?: { url: string, keyPrefix: string }
}

export interface ResponseCache {
  store: ResponseStore
  scopes: CacheScopes
  /** A hit found synchronously, for the front door; only the memory store has it. */
  getNow?: (key: string) => CachedResponse | undefined
}

const caches = new WeakMap<Core.Strapi, ResponseCache>()

/** The response cache of this Strapi instance, created by the api-cache middleware when enabled. */
export function openResponseCache(strapi: Core.Strapi, { maxBytes, maxAgeMs, redis }: ResponseCacheOptions): ResponseCache {
  const scopes = cacheScopes({ contentTypes: { ...strapi.contentTypes }, components: { ...strapi.components } })
  const options = { maxBytes, maxAgeMs, scopes: scopes.all }
  let cache: ResponseCache
  if (redis) {
    cache = { store: createRedisResponseStore({ ...options, ...redis, warn: message => strapi.log.warn(message) }), scopes }
  }
  else {
    const memory = createMemoryResponseStore(options)
    cache = { store: memory, scopes, getNow: memory.getNow }
  }
  caches.set(strapi, cache)
  return cache
}

const DOCUMENT_READS = new Set(['findOne', 'findFirst', 'findMany', 'count'])

/** Forgets the cached answers that a write to `model` can change. */
export async function forgetAnswersChangedBy(strapi: Core.Strapi, model: string): Promise<void> {
  const cache = caches.get(strapi)
  const changed = cache?.scopes.changedBy(model) ?? []
  if (changed.length > 0)
    await cache?.store.invalidate(changed)
}

/**
 * Forgets the cached answers a write can change (api-cache/cache-scopes.ts): when a row changes
 * (database lifecycles, which also see media and the users-permissions plugin) and once more when a
 * document operation has committed, so that a read racing the transaction is never kept.
 */
export function invalidateResponseCacheOnWrites(strapi: Core.Strapi): void {
  const invalidate = (model: string) => forgetAnswersChangedBy(strapi, model)
  strapi.db.lifecycles.subscribe(async (event) => {
    if (WRITE_ACTIONS.has(event.action))
      await invalidate(event.model.uid)
  })
  strapi.documents.use(async (context, next) => {
    const result = await next()
    if (!DOCUMENT_READS.has(context.action)) {
      await invalidate(context.uid)
      // Inside a caller's transaction (the scheduler's), the write is seen by others only once it commits.
      if (strapi.db.inTransaction())
        void strapi.db.transaction(({ onCommit }) => onCommit(() => invalidate(context.uid)))
    }
    return result
  })
}

/** Lets the cache's connections go as Strapi stops. */
export async function closeResponseCache(strapi: Core.Strapi): Promise<void> {
  await caches.get(strapi)?.store.close()
  caches.delete(strapi)
}
