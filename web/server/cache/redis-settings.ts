/** Redis from NUXT_REDIS_URL or REDIS_URL, when configured. */
export function configuredRedisUrl(): string | undefined {
  return useRuntimeConfig().redis.url || process.env.REDIS_URL || undefined
}

/** A Redis key prefix for one of this site's stores. */
export function redisKey(store: string): string {
  return `${useRuntimeConfig().redis.keyPrefix}:${store}`
}
