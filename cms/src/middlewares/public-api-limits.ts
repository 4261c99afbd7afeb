import type { Core } from '@strapi/strapi'
import type { QueryCaps } from '../public-api/query-caps'
import crypto from 'node:crypto'
import { SITE_KEY_HEADER } from '@agency/shared'
import { errors } from '@strapi/utils'
import { queryCapExceeded } from '../public-api/query-caps'
import { openPublicApiLimiter } from '../public-api'
import { isApiToken } from '../utils/api-token-auth'
import { sharedSecret } from '../utils/secrets'

interface PublicApiLimitsConfig extends QueryCaps {
  enabled: boolean
  /** Requests per caller's address per window. */
  points: number
  windowSeconds: number
  /** `redis` counts across CMS instances. */
  store: 'memory' | 'redis'
  redisUrl: string
  redisKeyPrefix: string
}

type Context = Parameters<Core.MiddlewareHandler>[0]

/** Whether a request carries the site's own key (SITE_API_KEY), compared in constant time. */
function fromTheSite(given: string, key: Buffer): boolean {
  const candidate = Buffer.from(given)
  return candidate.length === key.length && crypto.timingSafeEqual(candidate, key)
}

/**
 * Bounds what anonymous callers of the content API (/api/*) can cost: a number of requests per address
 * and window (429 with Retry-After), and filters and populate no deeper than the caps (400). Callers
 * with an API token Strapi accepted are exempt, and so is the site's server by its key (SITE_API_KEY): its
 * reads stay anonymous to Strapi, so they share the response cache. The admin is not concerned.
 * The address is the socket's, or X-Forwarded-For's behind a proxy (IS_PROXIED, config/server.ts).
 */
const publicApiLimits: Core.MiddlewareFactory<PublicApiLimitsConfig> = (config, { strapi }) => {
  if (!config.enabled)
    return async (_ctx, next) => next()
  const limiter = openPublicApiLimiter(strapi, {
    points: config.points,
    durationSeconds: config.windowSeconds,
    redis: config.store === 'redis' ? { url: config.redisUrl, keyPrefix: config.redisKeyPrefix } : undefined,
    warn: message => strapi.log.warn(message),
  })

  const siteKey = Buffer.from(sharedSecret('SITE_API_KEY'))

  const refuse = (ctx: Context, retryAfterSeconds: number): never => {
    ctx.set('Retry-After', String(retryAfterSeconds))
    throw new errors.RateLimitError(
      `Too many requests from this address: at most ${config.points} every ${config.windowSeconds} seconds without an API token. Try again in ${retryAfterSeconds} seconds.`,
      { retryAfterSeconds },
    )
  }

  return async (ctx, next) => {
    if (!ctx.path.startsWith('/api/') || fromTheSite(ctx.get(SITE_KEY_HEADER), siteKey))
      return next()
    if (ctx.get('authorization')) {
      // Strapi refuses an unknown token before any content query; one it refused counts against the address.
      await next()
      if (!isApiToken(ctx.state.auth))
        await limiter.consume(ctx.request.ip)
      return
    }

    const decision = await limiter.consume(ctx.request.ip)
    if (!decision.allowed)
      refuse(ctx, decision.retryAfterSeconds)
    const exceeded = queryCapExceeded(ctx.query as Record<string, unknown>, config)
    if (exceeded)
      throw new errors.ValidationError(exceeded)
    await next()
  }
}

export default publicApiLimits
