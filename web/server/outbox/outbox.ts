import { createFileOutboxStore } from './outbox-file-store'
import { createRedisOutboxStore } from './outbox-redis-store'
import type { OutboxEntry } from './outbox-store'

export interface OutboxOptions {
  /** Keeps the outbox in Redis, shared by every instance of the site; otherwise in files in `directory`. */
  redisUrl?: string
  /** Where the file store keeps one JSON file per entry. */
  directory: string
  /** Namespaces the Redis keys (default `outbox`). */
  keyPrefix?: string
}

/** Work that must not be lost: entries stay until they are removed, and failures are retried with backoff. */
export interface Outbox {
  /** Stores a new entry, due at once. Adding an id that is already stored keeps the stored entry. */
  add(entry: { id: string, payload: unknown }): Promise<void>
  due(now?: number): Promise<OutboxEntry[]>
  /** Records a failed attempt and schedules the next one after a growing delay. */
  markFailed(id: string, error: string, now?: number): Promise<void>
  remove(id: string): Promise<void>
  size(): Promise<number>
  close(): Promise<void>
}

/** Ids become file names and Redis fields: nothing that could climb out of a directory or be blank. */
const ID_PATTERN = /^[\w-]{1,128}$/

const FIRST_RETRY_MS = 1_000
const MAX_RETRY_MS = 5 * 60_000
/** Spreads retries, so entries that failed together (the CMS went down) do not all come back together. */
const JITTER = 0.2
/** An error can carry a whole HTML error page; its start says enough. */
const MAX_ERROR_LENGTH = 1_000

export function createOutbox({ redisUrl, directory, keyPrefix = 'outbox' }: OutboxOptions): Outbox {
  const store = redisUrl ? createRedisOutboxStore(redisUrl, keyPrefix) : createFileOutboxStore(directory)
  return {
    async add({ id, payload }) {
      assertValidId(id)
      const now = Date.now()
      await store.insert({ id, payload, attempts: 0, nextAttemptAt: now, createdAt: now })
    },
    due: (now = Date.now()) => store.due(now),
    async markFailed(id, error, now = Date.now()) {
      assertValidId(id)
      await store.update(id, entry => ({
        ...entry,
        attempts: entry.attempts + 1,
        nextAttemptAt: now + outboxRetryDelayMs(entry.attempts + 1),
        lastError: error.slice(0, MAX_ERROR_LENGTH),
      }))
    },
    async remove(id) {
      assertValidId(id)
      await store.remove(id)
    },
    size: () => store.size(),
    close: () => store.close(),
  }
}

/** The wait after the given number of failed attempts: 1 s, doubling up to 5 min, each ±20 %. */
export function outboxRetryDelayMs(attempts: number, random = Math.random): number {
  const base = Math.min(FIRST_RETRY_MS * 2 ** (attempts - 1), MAX_RETRY_MS)
  return Math.round(base * (1 + JITTER * (2 * random() - 1)))
}

function assertValidId(id: string): void {
  if (!ID_PATTERN.test(id))
    throw new Error(`Invalid outbox id ${JSON.stringify(id)}: use 1 to 128 letters, digits, "-" or "_"`)
}
