import type { Core } from '@strapi/strapi'
import type { MiddlewareServer } from '../support/core-middlewares'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { bodyParsingOnce } from '../../src/server/body-parsing'
import { serveMiddleware, strapiCoreMiddleware } from '../support/core-middlewares'

const strapiBody = strapiCoreMiddleware('body')

/** A server that answers what the body middleware left on the request. */
function serve(factory: Core.MiddlewareFactory): Promise<MiddlewareServer> {
  return serveMiddleware('body', factory, { plugin: () => undefined } as unknown as Core.Strapi, async (ctx) => {
    const request = ctx.request as unknown as { body?: unknown, files?: unknown }
    ctx.set('x-left', JSON.stringify({ body: request.body, files: 'files' in request ? request.files ?? null : 'absent' }))
    ctx.body = 'answered'
  })
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
  let ours: MiddlewareServer
  let strapis: MiddlewareServer

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
