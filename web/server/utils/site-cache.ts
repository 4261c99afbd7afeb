import type { CacheStore } from '../cache/cache-store'
import { createCacheStore } from '../cache/cache-store'
import { configuredRedisUrl, redisKey } from '../cache/redis-settings'

let store: CacheStore | undefined

/** The cache of rendered pages and CMS reads: in memory, or in Redis shared by every instance. */
export function useSiteCache(): CacheStore {
  store ??= createCacheStore({ redisUrl: configuredRedisUrl(), keyPrefix: redisKey('cache') })
  return store
}
