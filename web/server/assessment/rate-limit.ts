import type { RateLimiterAbstract } from 'rate-limiter-flexible'
import { RateLimiterMemory, RateLimiterRedis, RateLimiterRes } from 'rate-limiter-flexible'
import { openRedisConnection } from '../cache/redis-connection'

export interface RateLimiterOptions {
  /** Requests each key may make per window. */
  points: number
  durationSeconds: number
  /** Shares the count between server instances; without it each instance counts on its own. */
  redisUrl?: string
  /** Namespaces the keys, so two limiters (or two sites on one Redis) never share a count. */
  keyPrefix: string
}

export type RateLimitDecision
  = | { allowed: true, remaining: number }
    | { allowed: false, retryAfterSeconds: number }

export interface RateLimiter {
  consume(key: string): Promise<RateLimitDecision>
  close(): Promise<void>
}

/**
 * A fixed-window rate limiter, in memory or in Redis. When Redis fails, each instance counts in its
 * own memory until Redis is back: a little more lenient across instances, but neither blocking every
 * visitor nor letting everyone through.
 */
export function createRateLimiter({ points, durationSeconds, redisUrl, keyPrefix }: RateLimiterOptions): RateLimiter {
  const memory = new RateLimiterMemory({ points, duration: durationSeconds, keyPrefix })
  if (!redisUrl) {
    return {
      consume: key => consumeFrom(memory, key),
      close: async () => {},
    }
  }

  const connection = openRedisConnection(redisUrl, 'rate-limit')
  const redis = new RateLimiterRedis({
    storeClient: connection.client,
    points,
    duration: durationSeconds,
    keyPrefix,
    // While reconnecting, go straight to the insurance limiter instead of trying a dead socket.
    rejectIfRedisNotReady: true,
    insuranceLimiter: memory,
  })
  return {
    async consume(key) {
      await connection.firstAttempt
      return consumeFrom(redis, key)
    },
    close: () => connection.close(),
  }
}

async function consumeFrom(limiter: RateLimiterAbstract, key: string): Promise<RateLimitDecision> {
  try {
    const result = await limiter.consume(key)
    return { allowed: true, remaining: result.remainingPoints }
  }
  catch (rejection) {
    // The library rejects with a RateLimiterRes when the key is out of points, and with an Error otherwise.
    if (!(rejection instanceof RateLimiterRes))
      throw rejection
    return { allowed: false, retryAfterSeconds: Math.max(1, Math.ceil(rejection.msBeforeNext / 1000)) }
  }
}
