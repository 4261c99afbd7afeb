import type { RunningProcess } from '@agency/test-support/processes'
import type { TemporaryDatabase } from '@agency/test-support/postgres'
import { randomUUID } from 'node:crypto'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer } from '@agency/test-support/cms-server'
import { createTemporaryDatabase } from '@agency/test-support/postgres'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, beforeAll, expect, it } from 'vitest'

const KEY_PREFIX = `test:shared-cache:${randomUUID()}:`

/** Two CMS processes on one PostgreSQL database and one Redis, as when the CMS is scaled out. */
await describeWithServices(['postgres', 'redis'], 'the response cache shared through Redis by two CMS instances', () => {
  let database: TemporaryDatabase | undefined
  const instances: RunningProcess[] = []
  let token = ''

  beforeAll(async () => {
    database = await createTemporaryDatabase()
    const env = { API_CACHE_STORE: 'redis', API_CACHE_REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: KEY_PREFIX }
    // One after the other: the first creates the schema and the seed content.
    for (let started = 0; started < 2; started++)
      instances.push(await startCmsServer({ database: { client: 'postgres', url: database.url }, env }))
    token = await createFullAccessToken(instances[0]?.url ?? '')
  })
  afterAll(async () => {
    await Promise.all(instances.map(instance => instance.stop()))
    await database?.drop()
    await deleteRedisKeys(KEY_PREFIX)
  })

  const cache = async (instance: RunningProcess | undefined, path: string) =>
    (await fetch(`${instance?.url}${path}`)).headers.get('x-cache')

  it('serves on one instance what the other stored, and forgets on both what a write on one changes', async () => {
    const [one, other] = instances
    const categories = '/api/categories?cache-check=shared'
    const services = '/api/services?cache-check=shared'
    expect(await cache(one, categories)).toBe('MISS')
    expect(await cache(one, services)).toBe('MISS')
    expect(await cache(other, categories)).toBe('HIT')
    expect(await cache(other, services)).toBe('HIT')

    const created = await fetch(`${one?.url}/api/categories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` },
      body: JSON.stringify({ data: { name: 'Shared Cache Check', slug: 'shared-cache-check' } }),
    })
    expect(created.status).toBe(201)
    const listed = await fetch(`${other?.url}${categories}`)
    expect(listed.headers.get('x-cache')).toBe('MISS')
    expect(await listed.text()).toContain('Shared Cache Check')
    expect(await cache(one, categories)).toBe('HIT')
    expect(await cache(other, services)).toBe('HIT')
  })
})
