import { koaBody } from 'koa-body'
import defaultsDeep from 'lodash/fp/defaultsDeep'
import { besideStrapisOwn } from './beside-strapis-own'

/** What strapi::body puts under its config (@strapi/core 5.54, src/middlewares/body.ts). */
const STRAPI_BODY_DEFAULTS = { multipart: true, patchKoa: true }

/** The methods koa-body parses a body for unless told otherwise. */
const KOA_BODY_PARSED_METHODS = ['POST', 'PUT', 'PATCH']

/**
 * strapi::body with koa-body set up once, for the requests whose body it does not read. Strapi's makes a
 * new koa-body middleware on every request, its options checked anew with zod: about 2% of the CPU time
 * of an uncached API read, where koa-body only sets an empty body. Requests with a body it parses
 * (POST, PUT, PATCH), and every request when GraphQL is installed, still go to Strapi's, with its file
 * handling.
 * Upstream: https://github.com/strapi/strapi/blob/v5.54.0/packages/core/core/src/middlewares/body.ts
 * test/unit/body-parsing.spec.ts holds what it leaves on the request to what Strapi's leaves. Remove it
 * when strapi::body creates its koa-body middleware once, so that `pnpm bench rest` measures this no
 * faster.
 */
export const bodyParsingOnce = besideStrapisOwn('strapi::body', (config, _strapi, strapisOwn) => {
  const options = defaultsDeep(STRAPI_BODY_DEFAULTS, config) as Parameters<typeof koaBody>[0] & { parsedMethods?: string[] }
  const parsedMethods = new Set(options.parsedMethods ?? KOA_BODY_PARSED_METHODS)
  const unparsed = koaBody(options)
  return async (ctx, next) => {
    if (parsedMethods.has(ctx.method.toUpperCase()))
      return strapisOwn(ctx, next)
    await unparsed(ctx, async () => {})
    await next()
  }
})
