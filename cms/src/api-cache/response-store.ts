import crypto from 'node:crypto'

export interface CachedResponse {
  /** Encoded once, when stored: a hit writes the bytes as they are. */
  body: Buffer
  etag: string
  /** Headers the middlewares after the cache set (security headers), replayed on every hit. */
  headers: Record<string, string>
  storedAt: number
}

export interface ResponseStoreOptions {
  /** Bodies kept in all; the least recently used go first. */
  maxBytes: number
  /** Age after which an entry is read afresh, a bound on staleness should a change go unnoticed. */
  maxAgeMs: number
}

export interface ResponseStore {
  get: (key: string) => CachedResponse | undefined
  /** The moment a read starts; an answer read before a change must not be stored after it. */
  generation: () => number
  set: (key: string, answer: { body: string, headers: CachedResponse['headers'] }, readAt: number) => CachedResponse
  /** Forgets every answer, at once, when content or permissions change. */
  clear: () => void
}

/** An in-memory LRU of serialised API answers, emptied whenever anything they could show changes. */
export function createResponseStore({ maxBytes, maxAgeMs }: ResponseStoreOptions): ResponseStore {
  const entries = new Map<string, CachedResponse>()
  let bytes = 0
  let generation = 0

  const remove = (key: string) => {
    const entry = entries.get(key)
    if (entry) {
      bytes -= entry.body.length
      entries.delete(key)
    }
  }

  return {
    get(key) {
      const entry = entries.get(key)
      if (!entry)
        return undefined
      remove(key)
      if (Date.now() - entry.storedAt > maxAgeMs)
        return undefined
      entries.set(key, entry)
      bytes += entry.body.length
      return entry
    },
    generation: () => generation,
    set(key, { body: json, headers }, readAt) {
      const body = Buffer.from(json)
      const entry = { body, headers, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"`, storedAt: Date.now() }
      if (readAt !== generation || body.length > maxBytes / 4)
        return entry
      remove(key)
      entries.set(key, entry)
      bytes += body.length
      for (const oldest of entries.keys()) {
        if (bytes <= maxBytes)
          break
        remove(oldest)
      }
      return entry
    },
    clear() {
      generation++
      entries.clear()
      bytes = 0
    },
  }
}
