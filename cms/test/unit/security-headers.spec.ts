import type { Core } from '@strapi/strapi'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { env } from '@strapi/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import middlewaresConfig from '../../config/middlewares'
import { securityHeadersOnce } from '../../src/server/security-headers'

interface Koa {
  use: (middleware: Core.MiddlewareHandler) => Koa
  listen: (port: number, host: string) => Server
}

/** Strapi's own strapi::security, and the Koa it runs in. */
const coreRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/core'))
const strapiSecurity = (coreRequire('./middlewares/security.js') as { security: Core.MiddlewareFactory }).security
const KoaApplication = coreRequire('koa') as new () => Koa

const ADMIN_PATH = '/admin'
const fakeStrapi = {
  plugin: () => undefined,
  config: { get: (key: string) => key === 'admin.path' ? ADMIN_PATH : undefined },
} as unknown as Core.Strapi

/** The config this CMS gives its security middleware. */
function configured(): Record<string, unknown> {
  const entry = middlewaresConfig({ env } as never).find(middleware => typeof middleware === 'object' && middleware.name === 'strapi::security')
  if (typeof entry !== 'object' || typeof entry.config !== 'object' || entry.config === null)
    throw new Error('config/middlewares.ts configures no strapi::security')
  return entry.config as Record<string, unknown>
}

async function serve(factory: Core.MiddlewareFactory): Promise<{ url: string, close: () => void }> {
  const handler = factory(configured(), { strapi: fakeStrapi })
  if (handler === undefined)
    throw new Error('the factory made no middleware')
  const server = new KoaApplication()
    .use(handler)
    .use(async (ctx) => {
      ctx.body = 'answered'
    })
    .listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

async function headersOf(url: string, method: string): Promise<Record<string, string>> {
  const response = await fetch(url, { method })
  const headers = Object.fromEntries(response.headers)
  delete headers.date
  return headers
}

const PATHS = ['/api/articles?pagination[pageSize]=10', `${ADMIN_PATH}/content-manager`, '/documentation/v1.0.0', '/uploads/cover.webp', '/']

describe('strapi::security with its headers worked out once', () => {
  let ours: Awaited<ReturnType<typeof serve>>
  let strapis: Awaited<ReturnType<typeof serve>>
  const nodeEnv = process.env.NODE_ENV

  beforeAll(async () => {
    ours = await serve(securityHeadersOnce(strapiSecurity))
    strapis = await serve(strapiSecurity)
  })
  afterAll(() => {
    process.env.NODE_ENV = nodeEnv
    ours.close()
    strapis.close()
  })

  it.each(['production', 'development', 'test'])('sends strapi::security\'s headers in %s', async (environment) => {
    process.env.NODE_ENV = environment
    for (const method of ['GET', 'POST', 'HEAD']) {
      for (const path of PATHS) {
        const expected = await headersOf(`${strapis.url}${path}`, method)
        expect(await headersOf(`${ours.url}${path}`, method), `${method} ${path}`).toEqual(expected)
        expect(expected['content-security-policy']).toContain('frame-src \'self\'')
      }
    }
  })

  it('widens the policy where strapi::security does', async () => {
    process.env.NODE_ENV = 'production'
    const documentation = await headersOf(`${ours.url}/documentation/v1.0.0`, 'GET')
    const api = await headersOf(`${ours.url}/api/articles`, 'GET')
    expect(documentation['content-security-policy']).toContain('cdn.jsdelivr.net')
    expect(api['content-security-policy']).not.toContain('cdn.jsdelivr.net')
  })
})
