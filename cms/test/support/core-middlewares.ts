import type { Core } from '@strapi/strapi'
import type { RequestListener } from 'node:http'
import http from 'node:http'
import { createRequire } from 'node:module'
import { listenOnLoopback } from '@agency/test-support/ports'
import { env } from '@strapi/utils'
import middlewaresConfig from '../../config/middlewares'

interface Koa {
  use: (middleware: Core.MiddlewareHandler) => Koa
  callback: () => RequestListener
}

/** Strapi's own modules, and the Koa its server runs on. */
const coreRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/core'))
const KoaApplication = coreRequire('koa') as new () => Koa

/** Strapi's own factory of one of its `strapi::` middlewares, as it registers it (`name` without the prefix). */
export function strapiCoreMiddleware(name: string): Core.MiddlewareFactory {
  const factory = (coreRequire(`./middlewares/${name}.js`) as Record<string, Core.MiddlewareFactory | undefined>)[name]
  if (factory === undefined)
    throw new Error(`@strapi/core has no middleware ${name}`)
  return factory
}

/** The config config/middlewares.ts gives `strapi::<name>`. */
function configured(name: string): Record<string, unknown> {
  const entry = middlewaresConfig({ env } as never).find(middleware => typeof middleware === 'object' && middleware.name === `strapi::${name}`)
  if (typeof entry !== 'object' || typeof entry.config !== 'object' || entry.config === null)
    throw new Error(`config/middlewares.ts configures no strapi::${name}`)
  return entry.config as Record<string, unknown>
}

export interface MiddlewareServer {
  url: string
  close: () => void
}

/**
 * A Koa server on loopback running `factory` with this CMS's config for `strapi::<name>`, then
 * `answer`: to compare a middleware with Strapi's own, request by request.
 */
export async function serveMiddleware(name: string, factory: Core.MiddlewareFactory, strapi: Core.Strapi, answer: Core.MiddlewareHandler): Promise<MiddlewareServer> {
  const handler = factory(configured(name), { strapi })
  if (handler === undefined)
    throw new Error('the factory made no middleware')
  const server = http.createServer(new KoaApplication().use(handler).use(answer).callback())
  const port = await listenOnLoopback(server)
  return { url: `http://127.0.0.1:${port}`, close: () => server.close() }
}
