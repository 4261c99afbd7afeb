// Redis helpers without the test runner, for the tests and the benchmarks.
import { Redis } from 'ioredis'

/** The Redis tests and benchmarks use: TEST_REDIS_URL, or the one on this machine. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

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
