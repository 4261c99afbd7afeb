import { Redis } from 'ioredis'
import { describe, it } from 'vitest'

/** The Redis the unit tests use: TEST_REDIS_URL, or the one on this machine. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

const unreachableBecause = await probe(TEST_REDIS_URL)

/**
 * Declares tests that need a real Redis. Without one they are skipped with the reason in the suite's
 * name, except on CI, which must provide Redis: there a missing one fails instead of passing unseen.
 */
export function describeWithRedis(name: string, tests: () => void): void {
  if (unreachableBecause === undefined) {
    describe(name, tests)
  }
  else if (process.env.CI === 'true') {
    describe(name, () => {
      it('finds the Redis that CI provides', () => {
        throw new Error(`${TEST_REDIS_URL} is unreachable: ${unreachableBecause}`)
      })
    })
  }
  else {
    const reason = `${TEST_REDIS_URL} is unreachable (${unreachableBecause})`
    console.warn(`Skipping "${name}": ${reason}`)
    describe.skip(`${name} (skipped: ${reason})`, tests)
  }
}

/** Runs `use` with a plain client to the test Redis, for set-up and checks behind a module's back. */
export async function withTestRedis<T>(use: (redis: Redis) => Promise<T>): Promise<T> {
  const redis = new Redis(TEST_REDIS_URL)
  try {
    return await use(redis)
  }
  finally {
    await redis.quit()
  }
}

/** Deletes every key that starts with `prefix`, so a test leaves Redis as it found it. */
export function deleteRedisKeys(prefix: string): Promise<void> {
  return withTestRedis(async (redis) => {
    let cursor = '0'
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}*`, 'COUNT', 1000)
      if (keys.length > 0)
        await redis.del(...keys)
      cursor = next
    } while (cursor !== '0')
  })
}

async function probe(url: string): Promise<string | undefined> {
  const redis = new Redis(url, { lazyConnect: true, connectTimeout: 1_000, retryStrategy: () => null, enableOfflineQueue: false })
  // connect() rejects with a bare "Connection is closed"; the error event says why.
  let cause: string | undefined
  redis.on('error', (error: Error) => {
    cause ??= error.message
  })
  try {
    await redis.connect()
    await redis.ping()
    return undefined
  }
  catch (error) {
    return cause ?? (error instanceof Error ? error.message : String(error))
  }
  finally {
    redis.disconnect()
  }
}
