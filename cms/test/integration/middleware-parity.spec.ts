import type { RunningCms } from '../support/cms'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms } from '../support/cms'

/**
 * A maintainer's own global middleware, as config/middlewares.ts would list it: it numbers every request
 * it sees, so a replayed header cannot pass for a run of the middleware.
 */
function writeCountingMiddleware(): string {
  const file = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'agency-middleware-')), 'request-number.js')
  fs.writeFileSync(file, `let seen = 0
module.exports = () => async (ctx, next) => {
  ctx.set('X-Request-Number', String(++seen))
  await next()
}
`)
  return file
}

/** The CMS with the counting middleware listed just before the response cache, where a new one goes. */
async function startCmsWithCountingMiddleware(env: Record<string, string> = {}): Promise<RunningCms> {
  const resolve = writeCountingMiddleware()
  return startCms('sqlite', {
    env,
    configure(config) {
      const middlewares = config.get('middlewares') as Array<string | { name?: string }>
      const cache = middlewares.findIndex(entry => typeof entry === 'object' && entry.name === 'global::api-cache')
      expect(cache, 'the response cache is a global middleware').toBeGreaterThan(0)
      config.set('middlewares', [...middlewares.slice(0, cache), { resolve }, ...middlewares.slice(cache)])
    },
  })
}

const read = async (cms: RunningCms) => {
  const response = await fetch(`${cms.url}/api/categories?middleware-parity`)
  return { cache: response.headers.get('x-cache'), requestNumber: Number(response.headers.get('x-request-number')) }
}

describe('global middlewares and the response cache', () => {
  describe('by default', () => {
    let cms: RunningCms
    beforeAll(async () => {
      cms = await startCmsWithCountingMiddleware()
    })
    afterAll(async () => {
      await cms?.stop()
    })

    it('runs a middleware added in config/middlewares.ts for cached reads as for any other', async () => {
      const miss = await read(cms)
      const hit = await read(cms)
      expect(miss.cache).toBe('MISS')
      expect(hit.cache).toBe('HIT')
      expect(hit.requestNumber).toBe(miss.requestNumber + 1)
    })
  })

  // The front door relies on Strapi serving HTTP through Koa's `request` listener: were it not there when
  // the middleware is set up, hits would go through Koa and number themselves, and this would fail.
  describe('with API_CACHE_FRONT_DOOR=true', () => {
    let cms: RunningCms
    beforeAll(async () => {
      cms = await startCmsWithCountingMiddleware({ API_CACHE_FRONT_DOOR: 'true' })
    })
    afterAll(async () => {
      await cms?.stop()
    })

    it('answers hits ahead of Koa: they skip every middleware and replay the headers of the read', async () => {
      const miss = await read(cms)
      const hits = [await read(cms), await read(cms)]
      expect(miss.cache).toBe('MISS')
      expect(hits.map(hit => hit.cache)).toEqual(['HIT', 'HIT'])
      expect(hits.map(hit => hit.requestNumber)).toEqual([miss.requestNumber, miss.requestNumber])
    })
  })
})
