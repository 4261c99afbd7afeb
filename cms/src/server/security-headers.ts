import type { Core } from '@strapi/strapi'
import { CSP_DEFAULTS } from '@strapi/utils'
import helmet from 'koa-helmet'
import defaultsDeep from 'lodash/fp/defaultsDeep'
import { besideStrapisOwn } from './beside-strapis-own'

type Context = Parameters<Core.MiddlewareHandler>[0]

/** What strapi::security puts under its config (@strapi/core 5.54, src/middlewares/security.ts). */
const STRAPI_SECURITY_DEFAULTS = {
  crossOriginEmbedderPolicy: false,
  crossOriginOpenerPolicy: false,
  crossOriginResourcePolicy: false,
  originAgentCluster: false,
  contentSecurityPolicy: { useDefaults: true, directives: { ...CSP_DEFAULTS, upgradeInsecureRequests: null } },
  xssFilter: false,
  hsts: { maxAge: 31536000, includeSubDomains: true },
  frameguard: { action: 'sameorigin' },
}

/** The requests strapi::security widens its policy for: the documentation's pages, and the admin's in development. */
function widened(ctx: Context, adminPath: string): boolean {
  if (ctx.method !== 'GET')
    return false
  return ctx.path.startsWith('/documentation')
    || (['development', 'test'].includes(process.env.NODE_ENV ?? '') && ctx.path.startsWith(adminPath))
}

/**
 * strapi::security with its headers worked out once.
 * Strapi's builds a new helmet middleware, policy and all, on every request: a twelfth of the CPU time
 * of an uncached API read, the same for every request but the few it widens the policy for, which
 * Strapi's still answers. It takes strapi::security's config from config/middlewares.ts.
 * Upstream: https://github.com/strapi/strapi/blob/v5.54.0/packages/core/core/src/middlewares/security.ts
 * test/unit/security-headers.spec.ts holds its headers to Strapi's for the API, the admin, the
 * documentation and uploads, in production and development. Remove it when strapi::security creates
 * its helmet middleware once, so that `pnpm bench rest` measures this no faster.
 */
export const securityHeadersOnce = besideStrapisOwn('strapi::security', (config, strapi, strapisOwn) => {
  const usual = helmet(defaultsDeep(STRAPI_SECURITY_DEFAULTS, config))
  const adminPath = strapi.config.get<string>('admin.path')
  return (ctx, next) => widened(ctx, adminPath) ? strapisOwn(ctx, next) : usual(ctx, next)
})
