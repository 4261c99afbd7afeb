import { Redis } from 'ioredis'
import { describe, it } from 'vitest'
import { TEST_REDIS_URL } from './redis-keys'

export { deleteRedisKeys, TEST_REDIS_URL, withTestRedis } from './redis-keys'

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
