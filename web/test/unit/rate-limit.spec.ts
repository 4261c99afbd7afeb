import { randomUUID } from 'node:crypto'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, afterEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { RateLimitDecision, RateLimiter } from '../../server/assessment/rate-limit'
import { createRateLimiter } from '../../server/assessment/rate-limit'

const RUN_PREFIX = `test:rate-limit:${randomUUID()}`
const WINDOW_SECONDS = 60

async function consumeTimes(limiter: RateLimiter, key: string, times: number): Promise<RateLimitDecision[]> {
  const decisions: RateLimitDecision[] = []
  for (let i = 0; i < times; i++)
    decisions.push(await limiter.consume(key))
  return decisions
}

/** Tests every limiter must pass; `open` makes one with a fresh key prefix unless given one. */
function behavesAsARateLimiter(redisUrl?: string) {
  const opened: RateLimiter[] = []
  const open = (points: number, keyPrefix = `${RUN_PREFIX}:${randomUUID()}`) => {
    const limiter = createRateLimiter({ points, durationSeconds: WINDOW_SECONDS, keyPrefix, redisUrl })
    opened.push(limiter)
    return limiter
  }
  afterEach(async () => {
    await Promise.all(opened.splice(0).map(limiter => limiter.close()))
  })

  it('allows as many requests as it has points, then refuses until the window ends', async () => {
    expect(await consumeTimes(open(3), 'visitor', 4)).toEqual([
      { allowed: true, remaining: 2 },
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: WINDOW_SECONDS },
    ])
  })

  it('counts each key on its own', async () => {
    const limiter = open(1)
    expect(await limiter.consume('first visitor')).toEqual({ allowed: true, remaining: 0 })
    expect(await limiter.consume('second visitor')).toEqual({ allowed: true, remaining: 0 })
    expect(await limiter.consume('first visitor')).toMatchObject({ allowed: false })
  })

  return { open }
}

describe('createRateLimiter in memory', () => {
  behavesAsARateLimiter()
})

await describeWithServices(['redis'], 'createRateLimiter in Redis', () => {
  afterAll(() => deleteRedisKeys(RUN_PREFIX))

  const { open } = behavesAsARateLimiter(TEST_REDIS_URL)

  it('shares the count between instances from their very first request', async () => {
    const keyPrefix = `${RUN_PREFIX}:${randomUUID()}`
    expect(await open(2, keyPrefix).consume('visitor')).toEqual({ allowed: true, remaining: 1 })
    expect(await open(2, keyPrefix).consume('visitor')).toEqual({ allowed: true, remaining: 0 })
  })
})

describe('createRateLimiter with Redis down', () => {
  it('falls back to counting in memory at once, and says so once', { timeout: 2_000 }, async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    const limiter = createRateLimiter({ points: 2, durationSeconds: WINDOW_SECONDS, keyPrefix: RUN_PREFIX, redisUrl: 'redis://127.0.0.1:1' })
    onTestFinished(async () => {
      await limiter.close()
      warn.mockRestore()
    })

    expect(await consumeTimes(limiter, 'visitor', 3)).toEqual([
      { allowed: true, remaining: 1 },
      { allowed: true, remaining: 0 },
      { allowed: false, retryAfterSeconds: WINDOW_SECONDS },
    ])
    expect(warn).toHaveBeenCalledOnce()
  })
})
