import { afterEach, describe, expect, it, vi } from 'vitest'
import { createResponseStore } from '../../src/api-cache/response-store'

describe('API response store', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('returns what was stored, with an ETag that names the body', () => {
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 60_000 })
    const stored = store.set('/api/a', '{"data":1}', store.generation())
    expect(store.get('/api/a')).toEqual(stored)
    expect(store.set('/api/b', '{"data":1}', store.generation()).etag).toBe(stored.etag)
    expect(store.set('/api/c', '{"data":2}', store.generation()).etag).not.toBe(stored.etag)
  })

  it('does not keep an answer read before the cache was cleared', () => {
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 60_000 })
    const readAt = store.generation()
    store.clear()
    store.set('/api/a', '{"stale":true}', readAt)
    expect(store.get('/api/a')).toBeUndefined()
  })

  it('forgets the least recently used answers beyond its byte budget, and any answer too large', () => {
    const store = createResponseStore({ maxBytes: 100, maxAgeMs: 60_000 })
    for (const key of ['a', 'b'])
      store.set(`/api/${key}`, key.repeat(25), store.generation())
    store.get('/api/a')
    for (const key of ['c', 'd', 'e'])
      store.set(`/api/${key}`, key.repeat(25), store.generation())
    expect(store.get('/api/b')).toBeUndefined()
    expect(store.get('/api/a')?.body).toHaveLength(25)
    expect(store.get('/api/e')?.body).toHaveLength(25)
    store.set('/api/huge', 'h'.repeat(26), store.generation())
    expect(store.get('/api/huge')).toBeUndefined()
  })

  it('reads afresh once an answer is older than its maximum age', () => {
    vi.useFakeTimers()
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 1000 })
    store.set('/api/a', '{}', store.generation())
    vi.advanceTimersByTime(999)
    expect(store.get('/api/a')).toBeDefined()
    vi.advanceTimersByTime(2)
    expect(store.get('/api/a')).toBeUndefined()
  })
})
