import type { ResponseStore, ResponseStoreOptions } from '../../src/api-cache/response-store'
import { randomUUID } from 'node:crypto'
import { deleteRedisKeys, TEST_REDIS_URL, withTestRedis } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, afterEach, describe, expect, it, vi } from 'vitest'
import { createMemoryResponseStore } from '../../src/api-cache/memory-response-store'
import { createRedisResponseStore } from '../../src/api-cache/redis-response-store'

const SCOPES = ['articles', 'services', '*']
const RUN_PREFIX = `test:api-cache:${randomUUID()}:`
const answer = (body: string) => ({ body, headers: {} })

type OpenStore = (options?: Partial<ResponseStoreOptions>) => ResponseStore

/** Tests every response store must pass, in memory or in Redis. */
function behavesAsAResponseStore(open: OpenStore) {
  it('returns what was stored, with an ETag that names the body', async () => {
    const store = open()
    const stored = await store.set('/api/a', 'articles', answer('{"data":1}'), await store.readStarted())
    expect(await store.get('/api/a')).toEqual(stored)
    expect((await store.set('/api/b', 'articles', answer('{"data":1}'), await store.readStarted())).etag).toBe(stored.etag)
    expect((await store.set('/api/c', 'articles', answer('{"data":2}'), await store.readStarted())).etag).not.toBe(stored.etag)
    expect(await store.get('/api/never-stored')).toBeUndefined()
  })

  it('does not keep an answer read before its scope changed', async () => {
    const store = open()
    const readAt = await store.readStarted()
    await store.invalidate(['articles'])
    await store.set('/api/a', 'articles', answer('{"stale":true}'), readAt)
    expect(await store.get('/api/a')).toBeUndefined()
    await store.set('/api/b', 'services', answer('{"fresh":true}'), readAt)
    expect(await store.get('/api/b')).toBeDefined()
  })

  it('forgets the answers of a changed scope and keeps every other', async () => {
    const store = open()
    await store.set('/api/articles', 'articles', answer('[1]'), await store.readStarted())
    await store.set('/api/services', 'services', answer('[2]'), await store.readStarted())
    await store.invalidate(['articles', '*'])
    expect(await store.get('/api/articles')).toBeUndefined()
    expect((await store.get('/api/services'))?.body.toString()).toBe('[2]')
    await store.set('/api/articles', 'articles', answer('[3]'), await store.readStarted())
    expect((await store.get('/api/articles'))?.body.toString()).toBe('[3]')
  })

  it('never keeps an answer larger than a quarter of its budget', async () => {
    const store = open({ maxBytes: 100 })
    await store.set('/api/huge', 'articles', answer('h'.repeat(26)), await store.readStarted())
    expect(await store.get('/api/huge')).toBeUndefined()
  })
}

describe('API response store in memory', () => {
  const open: OpenStore = options => createMemoryResponseStore({ maxBytes: 1000, maxAgeMs: 60_000, scopes: SCOPES, ...options })
  afterEach(() => {
    vi.useRealTimers()
  })

  behavesAsAResponseStore(open)

  it('forgets the least recently used answers beyond its byte budget', async () => {
    const store = open({ maxBytes: 100 })
    for (const key of ['a', 'b'])
      await store.set(`/api/${key}`, 'articles', answer(key.repeat(25)), await store.readStarted())
    await store.get('/api/a')
    for (const key of ['c', 'd', 'e'])
      await store.set(`/api/${key}`, 'articles', answer(key.repeat(25)), await store.readStarted())
    expect(await store.get('/api/b')).toBeUndefined()
    expect((await store.get('/api/a'))?.body).toHaveLength(25)
    expect((await store.get('/api/e'))?.body).toHaveLength(25)
  })

  it('reads afresh once an answer is older than its maximum age', async () => {
    vi.useFakeTimers()
    const store = open({ maxAgeMs: 1000 })
    await store.set('/api/a', 'articles', answer('{}'), await store.readStarted())
    vi.advanceTimersByTime(999)
    expect(await store.get('/api/a')).toBeDefined()
    vi.advanceTimersByTime(2)
    expect(await store.get('/api/a')).toBeUndefined()
  })
})

await describeWithServices(['redis'], 'API response store in Redis', () => {
  const opened: ResponseStore[] = []
  const openOn = (keyPrefix: string, options: Partial<ResponseStoreOptions> & { url?: string, warn?: (message: string) => void } = {}) => {
    const store = createRedisResponseStore({ url: TEST_REDIS_URL, keyPrefix, warn: () => {}, maxBytes: 1000, maxAgeMs: 60_000, scopes: SCOPES, ...options })
    opened.push(store)
    return store
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(store => store.close()))
  })
  afterAll(async () => {
    await deleteRedisKeys(RUN_PREFIX)
  })

  behavesAsAResponseStore(options => openOn(`${RUN_PREFIX}${randomUUID()}:`, options))

  it('shares answers and their invalidation between instances on one prefix', async () => {
    const prefix = `${RUN_PREFIX}${randomUUID()}:`
    const [one, other] = [openOn(prefix), openOn(prefix)]
    const stored = await one.set('/api/articles', 'articles', answer('[1]'), await one.readStarted())
    await one.set('/api/services', 'services', answer('[2]'), await one.readStarted())
    expect(await other.get('/api/articles')).toEqual(stored)
    const readOnOne = await one.readStarted()
    await other.invalidate(['articles'])
    expect(await one.get('/api/articles')).toBeUndefined()
    await one.set('/api/articles', 'articles', answer('[stale]'), readOnOne)
    expect(await other.get('/api/articles')).toBeUndefined()
    expect((await one.get('/api/services'))?.body.toString()).toBe('[2]')
  })

  it('lets Redis expire an answer after its maximum age', async () => {
    const prefix = `${RUN_PREFIX}${randomUUID()}:`
    const store = openOn(prefix, { maxAgeMs: 5_000 })
    await store.set('/api/a', 'articles', answer('{}'), await store.readStarted())
    const [key] = await withTestRedis(redis => redis.keys(`${prefix}api-cache:answer:*`))
    const ttl = await withTestRedis(redis => redis.pttl(key ?? ''))
    expect(ttl).toBeGreaterThan(4_000)
    expect(ttl).toBeLessThanOrEqual(5_000)
  })

  it('counts every read as a miss while Redis is unreachable, and says so once', async () => {
    const warn = vi.fn()
    const store = openOn(`${RUN_PREFIX}${randomUUID()}:`, { url: 'redis://127.0.0.1:1', warn })
    for (let attempt = 0; attempt < 3; attempt++) {
      const readAt = await store.readStarted()
      const sent = await store.set('/api/a', 'articles', answer('{"data":1}'), readAt)
      expect(sent.body.toString()).toBe('{"data":1}')
      expect(await store.get('/api/a')).toBeUndefined()
      await store.invalidate(['articles'])
    }
    expect(warn).toHaveBeenCalledTimes(1)
  })
})
