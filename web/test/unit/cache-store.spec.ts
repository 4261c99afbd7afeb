import type { CacheStore } from '../../server/cache/cache-store'
import { randomUUID } from 'node:crypto'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import { createCacheStore } from '../../server/cache/cache-store'

const RUN_PREFIX = `test:cache-store:${randomUUID()}`

/** Tests every cache store must pass, in memory or in Redis. */
function behavesAsACacheStore(redisUrl?: string) {
  const opened: CacheStore[] = []
  const open = () => {
    const store = createCacheStore({ redisUrl, keyPrefix: `${RUN_PREFIX}:${randomUUID()}` })
    opened.push(store)
    return store
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(store => store.close()))
  })

  it('returns what was stored as current, and nothing for a key never stored', async () => {
    const store = open()
    await store.set('page:/blog', { etag: 'a' }, ['articles', 'global'])
    expect(await store.get('page:/blog')).toMatchObject({ entry: { value: { etag: 'a' } }, current: true })
    expect(await store.get('page:/about')).toBeUndefined()
  })

  it('keeps a purged entry, no longer current, and leaves entries with other tags current', async () => {
    const store = open()
    await store.set('page:/blog', { etag: 'a' }, ['articles'])
    await store.set('page:/services', { etag: 'b' }, ['services'])
    await store.purge(['articles'])
    expect(await store.get('page:/blog')).toMatchObject({ entry: { value: { etag: 'a' } }, current: false })
    expect((await store.get('page:/services'))?.current).toBe(true)
  })

  it('keeps text as it is', async () => {
    const store = open()
    await store.writeText('body', '<p>“Quoted”</p>')
    expect(await store.readText('body')).toBe('<p>“Quoted”</p>')
    expect(await store.readText('other')).toBeUndefined()
  })
}

describe('createCacheStore in memory', () => {
  behavesAsACacheStore()
})

await describeWithServices(['redis'], 'createCacheStore in Redis', () => {
  afterAll(() => deleteRedisKeys(RUN_PREFIX))
  behavesAsACacheStore(TEST_REDIS_URL)
})

describe('createCacheStore with Redis down', () => {
  it('misses and skips writes, so pages render from the CMS, but fails a purge, and says so once', { timeout: 5_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const store = createCacheStore({ redisUrl: 'redis://127.0.0.1:1', keyPrefix: RUN_PREFIX })
    onTestFinished(async () => {
      await store.close()
      warn.mockRestore()
    })

    await expect(store.set('page:/blog', { etag: 'a' }, ['articles'])).resolves.toBeUndefined()
    expect(await store.get('page:/blog')).toBeUndefined()
    await expect(store.writeText('body', '<p></p>')).resolves.toBeUndefined()
    expect(await store.readText('body')).toBeUndefined()
    await expect(store.purge(['articles'])).rejects.toThrow()
    expect(warn).toHaveBeenCalledOnce()
  })
})
