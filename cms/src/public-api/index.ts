import type { Core } from '@strapi/strapi'
import type { RateLimiter, RateLimiterOptions } from './rate-limiter'
import { createRateLimiter } from './rate-limiter'

const limiters = new WeakMap<Core.Strapi, RateLimiter>()

/** The anonymous callers' limiter of this Strapi instance, created by the public-api-limits middleware. */
export function openPublicApiLimiter(strapi: Core.Strapi, options: RateLimiterOptions): RateLimiter {
  const limiter = createRateLimiter(options)
  limiters.set(strapi, limiter)
  return limiter
}

/** Lets the limiter's connection go as Strapi stops. */
export async function closePublicApiLimiter(strapi: Core.Strapi): Promise<void> {
  await limiters.get(strapi)?.close()
  limiters.delete(strapi)
}
