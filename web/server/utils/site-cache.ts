import type { CacheStore } from './cache-store'
import { createCacheStore } from './cache-store'

let store: CacheStore | undefined

/** Redis from NUXT_REDIS_URL or REDIS_URL, when configured. */
export function configuredRedisUrl(): string | undefined {
  return useRuntimeConfig().redis.url || process.env.REDIS_URL || undefined
}

/** A Redis key prefix for one of this site's stores. */
export function redisKey(store: string): string {
  return `${useRuntimeConfig().redis.keyPrefix}:${store}`
}

/** The cache of rendered pages and CMS reads: in memory, or in Redis shared by every instance. */
export function useSiteCache(): CacheStore {
  store ??= createCacheStore({ redisUrl: configuredRedisUrl(), keyPrefix: redisKey('cache') })
  return store
}
