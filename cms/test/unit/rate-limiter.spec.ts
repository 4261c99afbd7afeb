import type { RateLimiter, RateLimiterOptions } from '../../src/public-api/rate-limiter'
import { randomUUID } from 'node:crypto'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, afterEach, describe, expect, it } from 'vitest'
import { createRateLimiter } from '../../src/public-api/rate-limiter'

const RUN_PREFIX = `test:rate-limit:${randomUUID()}:`

function limiters(redis?: { url: string }) {
  const opened: RateLimiter[] = []
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(limiter => limiter.close()))
  })
  return (keyPrefix = `${RUN_PREFIX}${randomUUID()}:`, options: Partial<RateLimiterOptions> = {}) => {
    const limiter = createRateLimiter({ points: 3, durationSeconds: 60, warn: () => {}, ...(redis ? { redis: { ...redis, keyPrefix } } : {}), ...options })
    opened.push(limiter)
    return limiter
  }
}

async function consumeTimes(limiter: RateLimiter, key: string, times: number) {
  const decisions = []
  for (let attempt = 0; attempt < times; attempt++)
    decisions.push(await limiter.consume(key))
  return decisions
}

describe('rate limiter of anonymous callers in memory', () => {
  const open = limiters()

  it('allows the points of a window, then refuses with the seconds until the next one', async () => {
    const decisions = await consumeTimes(open(), '203.0.113.1', 4)
    expect(decisions.slice(0, 3)).toEqual([{ allowed: true }, { allowed: true }, { allowed: true }])
    expect(decisions[3]).toMatchObject({ allowed: false })
    const [refused] = decisions.slice(3)
    expect(refused?.allowed === false && refused.retryAfterSeconds).toBeGreaterThan(55)
  })

  it('counts each address on its own', async () => {
    const limiter = open()
    await consumeTimes(limiter, '203.0.113.1', 3)
    expect(await limiter.consume('203.0.113.2')).toEqual({ allowed: true })
  })
})

await describeWithServices(['redis'], 'rate limiter of anonymous callers in Redis', () => {
  const open = limiters({ url: TEST_REDIS_URL })
  afterAll(async () => {
    await deleteRedisKeys(RUN_PREFIX)
  })

  it('shares the count of an address between instances', async () => {
    const prefix = `${RUN_PREFIX}${randomUUID()}:`
    const [one, other] = [open(prefix), open(prefix)]
    await consumeTimes(one, '203.0.113.1', 2)
    expect(await other.consume('203.0.113.1')).toEqual({ allowed: true })
    expect(await one.consume('203.0.113.1')).toMatchObject({ allowed: false })
  })

  it('counts in memory while Redis is unreachable, neither refusing everyone nor letting everyone through', async () => {
    const limiter = createRateLimiter({ points: 3, durationSeconds: 60, warn: () => {}, redis: { url: 'redis://127.0.0.1:1', keyPrefix: RUN_PREFIX } })
    try {
      const decisions = await consumeTimes(limiter, '203.0.113.1', 4)
      expect(decisions.map(decision => decision.allowed)).toEqual([true, true, true, false])
    }
    finally {
      await limiter.close()
    }
  })
})
