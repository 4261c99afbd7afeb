import type { RunningCms } from '../support/cms'
import { DEV_PREVIEW_API_TOKEN, DEV_SITE_API_KEY, SITE_KEY_HEADER } from '@agency/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { startCms } from '../support/cms'

const POINTS = 5

interface ErrorBody {
  data: null
  error: { status: number, name: string, message: string }
}

describe('limits of the anonymous public API', () => {
  let cms: RunningCms
  beforeAll(async () => {
    cms = await startCms('sqlite', { env: { API_RATE_LIMIT_POINTS: String(POINTS), API_RATE_LIMIT_WINDOW_SECONDS: '60' } })
  })
  afterAll(async () => {
    await cms?.stop()
  })

  const get = (path: string, headers: Record<string, string> = {}) => fetch(`${cms.url}${path}`, { headers })

  it('refuses populate=* and filters nested too deep, saying why, in Strapi\'s error shape', async () => {
    const everything = await get('/api/articles?populate=*')
    expect(everything.status).toBe(400)
    const body = await everything.json() as ErrorBody
    expect(body).toMatchObject({ data: null, error: { status: 400, name: 'ValidationError' } })
    expect(body.error.message).toMatch(/populate=\* is not served/)
    const deep = await get('/api/articles?filters[categories][articles][categories][articles][slug][$eq]=a')
    expect(deep.status).toBe(400)
    expect(((await deep.json()) as ErrorBody).error.message).toMatch(/nested 5 levels deep/)
  })

  it('serves no more than the configured page size', async () => {
    const response = await get('/api/articles?pagination[pageSize]=1000&fields[0]=slug')
    expect(response.status).toBe(200)
    expect(((await response.json()) as { meta: { pagination: { pageSize: number } } }).meta.pagination.pageSize).toBe(100)
  })

  it('answers 429 with Retry-After once an address has made its requests, and still serves API tokens', async () => {
    // Whatever this address spent already, this many more are over its limit; each filter is unique, as no cache could answer.
    const statuses: number[] = []
    for (let request = 0; request < POINTS + 1; request++)
      statuses.push((await get(`/api/articles?filters[slug][$eq]=limit-${request}`)).status)
    expect(statuses.at(-1)).toBe(429)
    const refused = await get('/api/articles?filters[slug][$eq]=limit-refused')
    expect(refused.status).toBe(429)
    expect(Number(refused.headers.get('retry-after'))).toBeGreaterThan(0)
    const body = await refused.json() as ErrorBody
    expect(body).toMatchObject({ data: null, error: { status: 429, name: 'RateLimitError' } })
    expect(body.error.message).toMatch(/^Too many requests from this address: at most 5 every 60 seconds without an API token\. Try again in \d+ seconds\.$/)

    const withToken = await get('/api/articles?filters[slug][$eq]=limit-token', { Authorization: `Bearer ${DEV_PREVIEW_API_TOKEN}` })
    expect(withToken.status).toBe(200)
    expect((await fetch(`${cms.url}/_health`)).status).toBe(204)
  })

  it('serves the site\'s server by its key as the Public role, from the shared cache, and counts a wrong key', async () => {
    const fromSite = (key: string) => get('/api/services?fields[0]=slug', { [SITE_KEY_HEADER]: key })
    const first = await fromSite(DEV_SITE_API_KEY)
    expect(first.status).toBe(200)
    const second = await fromSite(DEV_SITE_API_KEY)
    expect(second.status).toBe(200)
    expect(second.headers.get('x-cache')).toBe('HIT')
    expect(await second.json()).toEqual(await first.json())
    expect((await fromSite(`${DEV_SITE_API_KEY}-not-it`)).status).toBe(429)
  })
})
