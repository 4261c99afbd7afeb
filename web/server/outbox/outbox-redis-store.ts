import type { ChainableCommander } from 'ioredis'
import type { OutboxEntry, OutboxStore } from './outbox-store'
import { parseOutboxEntry } from './outbox-store'
import { openRedisConnection } from '../cache/redis-connection'

/**
 * Replaces an entry only if it still holds the JSON it was read as, so an update never brings back
 * an entry removed meanwhile nor overwrites a concurrent change. Returns 1 when it wrote.
 * KEYS: entries hash, schedule sorted set. ARGV: id, expected JSON, new JSON, new nextAttemptAt.
 */
const COMPARE_AND_SET = `
if redis.call('HGET', KEYS[1], ARGV[1]) ~= ARGV[2] then return 0 end
redis.call('HSET', KEYS[1], ARGV[1], ARGV[3])
redis.call('ZADD', KEYS[2], ARGV[4], ARGV[1])
return 1`

/**
 * Keeps entries in Redis: a hash of id → JSON and a sorted set of ids by nextAttemptAt. Every change
 * writes both in one transaction, so they never disagree about which entries exist.
 */
export function createRedisOutboxStore(redisUrl: string, keyPrefix: string): OutboxStore {
  const connection = openRedisConnection(redisUrl, 'outbox')
  const entriesKey = `${keyPrefix}:entries`
  const scheduleKey = `${keyPrefix}:schedule`
  const corruptKey = `${keyPrefix}:corrupt`

  async function client() {
    await connection.firstAttempt
    return connection.client
  }

  async function setAside(id: string, json: string): Promise<void> {
    console.warn(`[outbox] entry ${id} in ${entriesKey} is not valid; moved to ${corruptKey}`)
    await execAll((await client()).multi().hset(corruptKey, id, json).hdel(entriesKey, id).zrem(scheduleKey, id))
  }

  return {
    async insert(entry) {
      // HSETNX and ZADD NX each leave an existing entry alone, so a repeated insert changes nothing.
      const redis = await client()
      await execAll(redis.multi()
        .hsetnx(entriesKey, entry.id, JSON.stringify(entry))
        .zadd(scheduleKey, 'NX', entry.nextAttemptAt, entry.id))
    },
    async update(id, change) {
      const redis = await client()
      for (;;) {
        const json = await redis.hget(entriesKey, id)
        const entry = json === null ? undefined : parseOutboxEntry(json)
        if (json === null || !entry)
          return
        const next = change(entry)
        if (await redis.eval(COMPARE_AND_SET, 2, entriesKey, scheduleKey, id, json, JSON.stringify(next), next.nextAttemptAt) === 1)
          return
      }
    },
    async due(now) {
      const redis = await client()
      const ids = await redis.zrangebyscore(scheduleKey, '-inf', now)
      if (ids.length === 0)
        return []
      const jsons = await redis.hmget(entriesKey, ...ids)
      const entries: OutboxEntry[] = []
      for (const [index, json] of jsons.entries()) {
        const id = ids[index]
        // A null is an entry removed between the two reads.
        if (json === null || id === undefined)
          continue
        const entry = parseOutboxEntry(json)
        if (entry)
          entries.push(entry)
        else
          await setAside(id, json)
      }
      return entries
    },
    async remove(id) {
      await execAll((await client()).multi().hdel(entriesKey, id).zrem(scheduleKey, id))
    },
    size: async () => (await client()).hlen(entriesKey),
    close: () => connection.close(),
  }
}

/** Runs a MULTI and fails if any of its commands failed, which EXEC itself reports only per command. */
async function execAll(transaction: ChainableCommander): Promise<void> {
  const results = await transaction.exec()
  const failure = results?.find(([error]) => error !== null)?.[0]
  if (failure)
    throw failure
}
