import crypto from 'node:crypto'

export interface CachedResponse {
  /** Encoded once, when stored: a hit writes the bytes as they are. */
  body: Buffer
  etag: string
  /** Headers the middlewares after the cache set (security headers), replayed on every hit. */
  headers: Record<string, string>
  storedAt: number
}

/** An answer as the content API produced it, before it is stored. */
export interface FreshAnswer {
  body: string
  headers: CachedResponse['headers']
}

/** The generation of every scope when a read started; a scope's generation moves on at each change. */
export type ReadMark = ReadonlyMap<string, number>

export interface ResponseStoreOptions {
  /** Bodies kept in all; an answer larger than a quarter of it is never kept. */
  maxBytes: number
  /** Age after which an entry is read afresh, a bound on staleness should a change go unnoticed. */
  maxAgeMs: number
  /** Every scope an answer can belong to (api-cache/cache-scopes.ts). */
  scopes: readonly string[]
}

/**
 * Serialised content API answers, each filed under the scope of the read that produced it, and
 * forgotten when that scope changes.
 */
export interface ResponseStore {
  get: (key: string) => Promise<CachedResponse | undefined>
  /** Taken as a read starts: an answer read before a change of its scope must not be stored after it. */
  readStarted: () => Promise<ReadMark>
  /** Keeps the answer unless its scope changed since `readAt`; returns it either way, ready to send. */
  set: (key: string, scope: string, answer: FreshAnswer, readAt: ReadMark) => Promise<CachedResponse>
  /** Forgets every answer of these scopes, at once, when something they show changes. */
  invalidate: (scopes: readonly string[]) => Promise<void>
  close: () => Promise<void>
}

export function cachedResponse({ body: json, headers }: FreshAnswer, storedAt = Date.now()): CachedResponse {
  const body = Buffer.from(json)
  return { body, headers, etag: `"${crypto.createHash('sha1').update(body).digest('base64url')}"`, storedAt }
}
