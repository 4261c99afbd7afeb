import { Redis } from 'ioredis'

/** The Redis the tests and benchmarks use; each run keeps to keys under a prefix of its own. */
export const TEST_REDIS_URL = process.env.TEST_REDIS_URL ?? 'redis://127.0.0.1:6379'

/** The server, without a password, for messages that end up in logs. */
function serverName(): string {
  return new URL(TEST_REDIS_URL).host
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

/** Deletes every key that starts with `prefix`, so a run leaves Redis as it found it. */
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

/** Why tests that need Redis cannot run here, or null when it answers. */
export async function redisUnavailableReason(): Promise<string | null> {
  const redis = new Redis(TEST_REDIS_URL, { lazyConnect: true, connectTimeout: 1_000, retryStrategy: () => null, enableOfflineQueue: false })
  // connect() rejects with a bare "Connection is closed"; the error event says why.
  let cause: string | undefined
  redis.on('error', (error: Error) => {
    cause ??= error.message
  })
  try {
    await redis.connect()
    await redis.ping()
    return null
  }
  catch (error) {
    return `Redis is not reachable at ${serverName()} (${cause ?? (error instanceof Error ? error.message : String(error))})`
  }
  finally {
    redis.disconnect()
  }
}
