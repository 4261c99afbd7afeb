import type { Redis } from 'ioredis'
import type { CachedResponse, ReadMark, ResponseStore, ResponseStoreOptions } from './response-store'
import crypto from 'node:crypto'
import { closeRedisConnection, openRedisConnection } from '../redis/redis-connection'
import { cachedResponse } from './response-store'

export interface RedisResponseStoreOptions extends ResponseStoreOptions {
  url: string
  /** Namespaces the keys, so two deployments can share one Redis. */
  keyPrefix: string
  warn: (message: string) => void
}

/** What an entry keeps besides its body, on the line before it. */
interface EntryHead {
  scope: string
  generation: number
  etag: string
  headers: CachedResponse['headers']
  storedAt: number
}

/** Stores the entry only if its scope's generation is still the one the read started at. */
const STORE_IF_CURRENT = `
if (redis.call('GET', KEYS[1]) or '0') ~= ARGV[1] then return 0 end
redis.call('SET', KEYS[2], ARGV[2], 'PX', ARGV[3])
return 1`

/**
 * The response cache in Redis, shared by every CMS instance: an answer one stores, all serve, and a
 * write on any of them moves its scopes' generation counters (INCR), which every read compares with
 * the generation its entry was stored at. Entries expire after the maximum age; Redis's own memory
 * policy bounds the rest, which must be a `volatile-*` one (or none): counters have no expiry, and one
 * evicted would read as 0 again and revive the entries stored at 0. When Redis fails, reads count as
 * misses and are answered from the database.
 */
export function createRedisResponseStore({ url, keyPrefix, warn, maxBytes, maxAgeMs, scopes }: RedisResponseStoreOptions): ResponseStore {
  const generationKey = (scope: string) => `${keyPrefix}api-cache:generation:${scope}`
  const entryKey = (key: string) => `${keyPrefix}api-cache:answer:${crypto.createHash('sha256').update(key).digest('base64url')}`
  const generationKeys = scopes.map(generationKey)

  const bumpAll = (client: Redis) => scopes.reduce((pipeline, scope) => pipeline.incr(generationKey(scope)), client.pipeline()).exec()
  const { client, firstAttempt } = openRedisConnection({
    url,
    label: 'api-cache',
    warn,
    // A write made here while Redis was away could not be announced: every scope starts afresh.
    onRecovery: () => void bumpAll(client).catch(() => {}),
  })

  const generationsOf = (values: Array<string | null>): Map<string, number> =>
    new Map(scopes.map((scope, index) => [scope, Number(values[index] ?? 0)]))

  return {
    async get(key) {
      await firstAttempt
      const values = await client.mget(entryKey(key), ...generationKeys).catch(() => undefined)
      const [raw, ...generations] = values ?? []
      if (!raw)
        return undefined
      const newline = raw.indexOf('\n')
      const head = JSON.parse(raw.slice(0, newline)) as EntryHead
      if (generationsOf(generations).get(head.scope) !== head.generation)
        return undefined
      return { body: Buffer.from(raw.slice(newline + 1)), etag: head.etag, headers: head.headers, storedAt: head.storedAt }
    },
    async readStarted(): Promise<ReadMark> {
      await firstAttempt
      const values = await client.mget(...generationKeys).catch(() => undefined)
      // Without the generations, nothing read now may be stored.
      return values ? generationsOf(values) : new Map()
    },
    async set(key, scope, answer, readAt) {
      const response = cachedResponse(answer)
      const generation = readAt.get(scope)
      if (generation === undefined || response.body.length > maxBytes / 4)
        return response
      await firstAttempt
      const head: EntryHead = { scope, generation, etag: response.etag, headers: response.headers, storedAt: response.storedAt }
      await client.eval(STORE_IF_CURRENT, 2, generationKey(scope), entryKey(key), String(generation), `${JSON.stringify(head)}\n${answer.body}`, String(maxAgeMs))
        .catch(() => {})
      return response
    },
    async invalidate(changed) {
      if (changed.length === 0)
        return
      await firstAttempt
      // A write never fails for the cache's sake; the scopes this one missed move on when Redis is back.
      await changed.reduce((pipeline, scope) => pipeline.incr(generationKey(scope)), client.pipeline()).exec().catch(() => {})
    },
    close: () => closeRedisConnection(client),
  }
}
