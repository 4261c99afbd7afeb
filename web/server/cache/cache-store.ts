import crypto from 'node:crypto'
import { openRedisConnection } from './redis-connection'

export interface CacheEntry<T> {
  value: T
  /** When it was stored, for time-based revalidation. */
  storedAt: number
  /** The tags it depends on and their versions when it was stored. */
  tags: Record<string, string>
}

export interface CacheLookup<T> {
  entry: CacheEntry<T>
  /** False once a tag it depends on was purged: it may still serve when a fresh copy cannot be made. */
  current: boolean
}

export interface CacheStore {
  get: <T>(key: string) => Promise<CacheLookup<T> | undefined>
  set: <T>(key: string, value: T, tags: readonly string[]) => Promise<void>
  /** Marks every entry that depends on any of these tags as out of date, on every instance sharing the store. */
  purge: (tags: readonly string[]) => Promise<void>
  /** Text kept as it is, with no encoding to undo on each read (rendered pages), for as long as entries. */
  readText: (key: string) => Promise<string | undefined>
  writeText: (key: string, text: string) => Promise<void>
  close: () => Promise<void>
}

export interface CacheStoreOptions {
  redisUrl?: string
  keyPrefix: string
  /** Entries kept in memory; the least recently used go first. */
  maxEntries?: number
  /** How long an entry is kept at all, to serve when the CMS is down; Redis expires it then. */
  retainSeconds?: number
}

interface Backend {
  get: (key: string) => Promise<string | undefined>
  getMany: (keys: string[]) => Promise<Array<string | undefined>>
  set: (key: string, value: string, ttlSeconds?: number) => Promise<void>
  setMany: (entries: Array<[string, string]>) => Promise<void>
  close: () => Promise<void>
}

function memoryBackend(maxEntries: number): Backend {
  const items = new Map<string, string>()
  const touch = (key: string, value: string) => {
    items.delete(key)
    items.set(key, value)
    if (items.size > maxEntries) {
      const oldest = items.keys().next()
      if (!oldest.done)
        items.delete(oldest.value)
    }
  }
  return {
    async get(key) {
      const value = items.get(key)
      if (value !== undefined)
        touch(key, value)
      return value
    },
    getMany: async keys => keys.map(key => items.get(key)),
    set: async (key, value) => touch(key, value),
    setMany: async entries => entries.forEach(([key, value]) => touch(key, value)),
    close: async () => items.clear(),
  }
}

function redisBackend(url: string): Backend {
  const connection = openRedisConnection(url, 'cache')
  const { client } = connection
  return {
    async get(key) {
      await connection.firstAttempt
      return (await client.get(key)) ?? undefined
    },
    async getMany(keys) {
      if (keys.length === 0)
        return []
      await connection.firstAttempt
      return (await client.mget(...keys)).map(value => value ?? undefined)
    },
    async set(key, value, ttlSeconds) {
      await connection.firstAttempt
      await (ttlSeconds ? client.set(key, value, 'EX', ttlSeconds) : client.set(key, value))
    },
    async setMany(entries) {
      await connection.firstAttempt
      await client.mset(...entries.flat())
    },
    close: () => connection.close(),
  }
}

/**
 * An entry read or written while Redis is unreachable counts as a miss or a skipped write: pages are
 * rendered from the CMS meanwhile, and the connection reports the outage once. A purge still fails, so
 * that its caller (the CMS's webhook) hears of it.
 */
async function softly<T>(operation: () => Promise<T>, fallback: T): Promise<T> {
  try {
    return await operation()
  }
  catch {
    return fallback
  }
}

/**
 * A cache invalidated by tags through versions: every tag has a version, every entry remembers the
 * versions of its tags, and purging a tag gives it a new version. A read costs one lookup for the
 * entry and one for its tags; a purge writes one value per tag, with no index to keep consistent
 * between instances. A purged entry is kept, marked not current, as a copy to fall back on.
 */
export function createCacheStore({ redisUrl, keyPrefix, maxEntries = 2000, retainSeconds = 86_400 }: CacheStoreOptions): CacheStore {
  const backend = redisUrl ? redisBackend(redisUrl) : memoryBackend(maxEntries)
  const entryKey = (key: string) => `${keyPrefix}:entry:${key}`
  const tagKey = (tag: string) => `${keyPrefix}:tag:${tag}`
  const textKey = (key: string) => `${keyPrefix}:text:${key}`
  const newVersion = () => crypto.randomBytes(6).toString('base64url')

  async function versionsOf(tags: readonly string[]): Promise<Record<string, string>> {
    const stored = await backend.getMany(tags.map(tagKey))
    const versions: Record<string, string> = {}
    const missing: Array<[string, string]> = []
    tags.forEach((tag, index) => {
      const version = stored[index] ?? newVersion()
      if (stored[index] === undefined)
        missing.push([tagKey(tag), version])
      versions[tag] = version
    })
    if (missing.length > 0)
      await backend.setMany(missing)
    return versions
  }

  return {
    get: <T>(key: string) => softly(async (): Promise<CacheLookup<T> | undefined> => {
      const raw = await backend.get(entryKey(key))
      if (raw === undefined)
        return undefined
      const entry = JSON.parse(raw) as CacheEntry<T>
      const tags = Object.keys(entry.tags)
      const versions = await backend.getMany(tags.map(tagKey))
      const current = tags.every((tag, index) => versions[index] === entry.tags[tag])
      return { entry, current }
    }, undefined),
    set: (key, value, tags) => softly(async () => {
      const entry: CacheEntry<typeof value> = { value, storedAt: Date.now(), tags: await versionsOf([...new Set(tags)]) }
      await backend.set(entryKey(key), JSON.stringify(entry), retainSeconds)
    }, undefined),
    async purge(tags) {
      if (tags.length > 0)
        await backend.setMany([...new Set(tags)].map(tag => [tagKey(tag), newVersion()]))
    },
    readText: key => softly(() => backend.get(textKey(key)), undefined),
    writeText: (key, text) => softly(() => backend.set(textKey(key), text, retainSeconds), undefined),
    close: () => backend.close(),
  }
}
