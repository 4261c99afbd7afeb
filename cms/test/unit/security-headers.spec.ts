import type { Core } from '@strapi/strapi'
import type { MiddlewareServer } from '../support/core-middlewares'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { securityHeadersOnce } from '../../src/server/security-headers'
import { serveMiddleware, strapiCoreMiddleware } from '../support/core-middlewares'

const strapiSecurity = strapiCoreMiddleware('security')

const ADMIN_PATH = '/admin'
const fakeStrapi = {
  plugin: () => undefined,
  config: { get: (key: string) => key === 'admin.path' ? ADMIN_PATH : undefined },
} as unknown as Core.Strapi

function serve(factory: Core.MiddlewareFactory): Promise<MiddlewareServer> {
  return serveMiddleware('security', factory, fakeStrapi, async (ctx) => {
    ctx.body = 'answered'
  })
}

async function headersOf(url: string, method: string): Promise<Record<string, string>> {
  const response = await fetch(url, { method })
  const headers = Object.fromEntries(response.headers)
  delete headers.date
  return headers
}

const PATHS = ['/api/articles?pagination[pageSize]=10', `${ADMIN_PATH}/content-manager`, '/documentation/v1.0.0', '/uploads/cover.webp', '/']

describe('strapi::security with its headers worked out once', () => {
  let ours: MiddlewareServer
  let strapis: MiddlewareServer
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
