import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { closeRedisConnection, openRedisConnection } from '../redis/redis-connection'

export interface RateLimiterOptions {
  /** Requests each caller may make per window. */
  points: number
  durationSeconds: number
  /** Shares the counts between CMS instances; without it each instance counts on its own. */
  redis?: { url: string, keyPrefix: string }
  warn: (message: string) => void
}

export type RateLimitDecision
  = | { allowed: true }
    | { allowed: false, retryAfterSeconds: number }

export interface RateLimiter {
  consume: (key: string) => Promise<RateLimitDecision>
  close: () => Promise<void>
}

/**
 * A fixed-window rate limiter, in memory or in Redis. When Redis fails, each instance counts in its
 * own memory until Redis is back: a little more lenient across instances, but neither refusing every
 * caller nor letting everyone through.
 */
export function createRateLimiter({ points, durationSeconds, redis, warn }: RateLimiterOptions): RateLimiter {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix: 'public-api' })
  if (!redis)
    return { consume: key => consumeFrom(memory, key), close: async () => {} }

  const { client, firstAttempt } = openRedisConnection({ url: redis.url, label: 'rate-limit', warn })
  const shared = new RateLimiterRedis({
    storeClient: client,
    points,
    duration: durationSeconds,
    keyPrefix: `${redis.keyPrefix}public-api`,
    // While reconnecting, go straight to the memory limiter instead of trying a dead socket.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  })
  return {
    async consume(key) {
      await firstAttempt
      return consumeFrom(shared, key)
    },
    close: () => closeRedisConnection(client),
  }
}

async function consumeFrom(limiter: RateLimiterAbstract, key: string): Promise<RateLimitDecision> {
  try {
    await limiter.consume(key)
    return { allowed: true }
  }
  catch (rejection) {
    // The library rejects with a RateLimiterRes when the key is out of points, and with an Error otherwise.
    if (!(rejection instanceof RateLimiterRes))
      throw rejection
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
  }
}
