import { afterEach, describe, expect, it, vi } from 'vitest'
import { createResponseStore } from '../../src/api-cache/response-store'

describe('API response store', () => {
  afterEach(() => {
    vi.useRealTimers()
  })

  it('returns what was stored, with an ETag that names the body', () => {
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 60_000 })
    const stored = store.set('/api/a', { body: '{"data":1}', headers: {} }, store.generation())
    expect(store.get('/api/a')).toEqual(stored)
    expect(store.set('/api/b', { body: '{"data":1}', headers: {} }, store.generation()).etag).toBe(stored.etag)
    expect(store.set('/api/c', { body: '{"data":2}', headers: {} }, store.generation()).etag).not.toBe(stored.etag)
  })

  it('does not keep an answer read before the cache was cleared', () => {
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 60_000 })
    const readAt = store.generation()
    store.clear()
    store.set('/api/a', { body: '{"stale":true}', headers: {} }, readAt)
    expect(store.get('/api/a')).toBeUndefined()
  })

  it('forgets the least recently used answers beyond its byte budget, and any answer too large', () => {
    const store = createResponseStore({ maxBytes: 100, maxAgeMs: 60_000 })
    for (const key of ['a', 'b'])
      store.set(`/api/${key}`, { body: key.repeat(25), headers: {} }, store.generation())
    store.get('/api/a')
    for (const key of ['c', 'd', 'e'])
      store.set(`/api/${key}`, { body: key.repeat(25), headers: {} }, store.generation())
    expect(store.get('/api/b')).toBeUndefined()
    expect(store.get('/api/a')?.body).toHaveLength(25)
    expect(store.get('/api/e')?.body).toHaveLength(25)
    store.set('/api/huge', { body: 'h'.repeat(26), headers: {} }, store.generation())
    expect(store.get('/api/huge')).toBeUndefined()
  })

  it('reads afresh once an answer is older than its maximum age', () => {
    vi.useFakeTimers()
    const store = createResponseStore({ maxBytes: 1000, maxAgeMs: 1000 })
    store.set('/api/a', { body: '{}', headers: {} }, store.generation())
    vi.advanceTimersByTime(999)
    expect(store.get('/api/a')).toBeDefined()
    vi.advanceTimersByTime(2)
    expect(store.get('/api/a')).toBeUndefined()
  })
})
