import type { CachedResponse, ResponseStore, ResponseStoreOptions } from './response-store'
import { cachedResponse } from './response-store'

interface Entry {
  response: CachedResponse
  scope: string
}

/** The memory store also answers synchronously, for the front door (api-cache/front-door.ts). */
export interface MemoryResponseStore extends ResponseStore {
  getNow: (key: string) => CachedResponse | undefined
}

/** An in-memory LRU of serialised API answers, for a single CMS instance. */
export function createMemoryResponseStore({ maxBytes, maxAgeMs, scopes }: ResponseStoreOptions): MemoryResponseStore {
  const entries = new Map<string, Entry>()
  const generations = new Map(scopes.map(scope => [scope, 0]))
  let bytes = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (entry) {
      bytes -= entry.response.body.length
      entries.delete(key)
    }
  }
  const add = (key: string, entry: Entry) => {
    entries.set(key, entry)
    bytes += entry.response.body.length
  }

  const getNow = (key: string) => {
    const entry = entries.get(key)
    if (!entry)
      return undefined
    remove(key)
    if (Date.now() - entry.response.storedAt > maxAgeMs)
      return undefined
    add(key, entry)
    return entry.response
  }

  return {
    getNow,
    get: async key => getNow(key),
    readStarted: async () => new Map(generations),
    async set(key, scope, answer, readAt) {
      const response = cachedResponse(answer)
      const current = generations.get(scope)
      if (current === undefined || readAt.get(scope) !== current || response.body.length > maxBytes / 4)
        return response
      remove(key)
      add(key, { response, scope })
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes)
          break
        remove(oldest)
      }
      return response
    },
    async invalidate(changed) {
      for (const scope of changed)
        generations.set(scope, (generations.get(scope) ?? 0) + 1)
      const forgotten = new Set(changed)
      for (const [key, entry] of entries) {
        if (forgotten.has(entry.scope))
          remove(key)
      }
    },
    close: async () => {
      entries.clear()
      bytes = 0
    },
  }
}
