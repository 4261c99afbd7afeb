import type { Core } from '@strapi/strapi'
import type { Server } from 'node:http'
import type { AddressInfo } from 'node:net'
import { createRequire } from 'node:module'
import { env } from '@strapi/utils'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import middlewaresConfig from '../../config/middlewares'
import { bodyParsingOnce } from '../../src/server/body-parsing'

interface Koa {
  use: (middleware: Core.MiddlewareHandler) => Koa
  listen: (port: number, host: string) => Server
}

/** Strapi's own strapi::body, and the Koa it runs in. */
const coreRequire = createRequire(createRequire(require.resolve('@strapi/strapi')).resolve('@strapi/core'))
const strapiBody = (coreRequire('./middlewares/body.js') as { body: Core.MiddlewareFactory }).body
const KoaApplication = coreRequire('koa') as new () => Koa

const fakeStrapi = { plugin: () => undefined } as unknown as Core.Strapi

/** The config this CMS gives its body middleware. */
function configured(): Record<string, unknown> {
  const entry = middlewaresConfig({ env } as never).find(middleware => typeof middleware === 'object' && middleware.name === 'strapi::body')
  if (typeof entry !== 'object' || typeof entry.config !== 'object' || entry.config === null)
    throw new Error('config/middlewares.ts configures no strapi::body')
  return entry.config as Record<string, unknown>
}

/** A server that answers what the body middleware left on the request. */
async function serve(factory: Core.MiddlewareFactory): Promise<{ url: string, close: () => void }> {
  const handler = factory(configured(), { strapi: fakeStrapi })
  if (handler === undefined)
    throw new Error('the factory made no middleware')
  const server = new KoaApplication()
    .use(handler)
    .use(async (ctx) => {
      const request = ctx.request as unknown as { body?: unknown, files?: unknown }
      ctx.set('x-left', JSON.stringify({ body: request.body, files: 'files' in request ? request.files ?? null : 'absent' }))
      ctx.body = 'answered'
    })
    .listen(0, '127.0.0.1')
  await new Promise(resolve => server.once('listening', resolve))
  return { url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`, close: () => server.close() }
}

async function left(url: string, init: RequestInit): Promise<{ status: number, left: string | null }> {
  const response = await fetch(url, init)
  return { status: response.status, left: response.headers.get('x-left') }
}

function multipart(): FormData {
  const form = new FormData()
  form.append('data', JSON.stringify({ name: 'Ada' }))
  form.append('files', new Blob(['hello'], { type: 'text/plain' }), 'hello.txt')
  return form
}

const REQUESTS: Array<[string, RequestInit]> = [
  ['GET', { method: 'GET' }],
  ['GET with a JSON type', { method: 'GET', headers: { 'Content-Type': 'application/json' } }],
  ['HEAD', { method: 'HEAD' }],
  ['DELETE', { method: 'DELETE' }],
  ['DELETE with a JSON body', { method: 'DELETE', headers: { 'Content-Type': 'application/json' }, body: '{"id":1}' }],
  ['OPTIONS', { method: 'OPTIONS' }],
  ['POST with JSON', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"data":{"name":"Ada"}}' }],
  ['PUT with JSON', { method: 'PUT', headers: { 'Content-Type': 'application/json' }, body: '{"data":{"name":"Ada"}}' }],
  ['PATCH with text', { method: 'PATCH', headers: { 'Content-Type': 'text/plain' }, body: 'plain words' }],
  ['POST with a form', { method: 'POST', body: new URLSearchParams({ name: 'Ada' }) }],
  ['POST with malformed JSON', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"data":' }],
]

describe('strapi::body with koa-body set up once', () => {
  let ours: Awaited<ReturnType<typeof serve>>
  let strapis: Awaited<ReturnType<typeof serve>>

  beforeAll(async () => {
    ours = await serve(bodyParsingOnce(strapiBody))
    strapis = await serve(strapiBody)
  })
  afterAll(() => {
    ours.close()
    strapis.close()
  })

  it.each(REQUESTS)('leaves on the request what strapi::body leaves: %s', async (_name, init) => {
    const expected = await left(strapis.url, init)
    expect(await left(ours.url, init)).toEqual(expected)
  })

  it('hands uploads to strapi::body', async () => {
    const expected = await left(strapis.url, { method: 'POST', body: multipart() })
    const answered = await left(ours.url, { method: 'POST', body: multipart() })
    expect(JSON.parse(answered.left ?? '{}')).toMatchObject({ body: { data: '{"name":"Ada"}' }, files: { files: { originalFilename: 'hello.txt' } } })
    expect(answered.status).toBe(expected.status)
  })

  it('sets an empty body where it reads none, and reads JSON where it does', async () => {
    expect(JSON.parse((await left(ours.url, { method: 'GET' })).left ?? '')).toEqual({ body: {}, files: 'absent' })
    expect(JSON.parse((await left(ours.url, REQUESTS[6]![1])).left ?? '')).toMatchObject({ body: { data: { name: 'Ada' } } })
  })
})
