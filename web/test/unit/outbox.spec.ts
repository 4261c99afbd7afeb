import { randomUUID } from 'node:crypto'
import { mkdtemp, readdir, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { deleteRedisKeys, TEST_REDIS_URL, withTestRedis } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { afterEach, beforeEach, describe, expect, it, onTestFinished, vi } from 'vitest'
import type { Outbox } from '../../server/outbox/outbox'
import { createOutbox, outboxRetryDelayMs } from '../../server/outbox/outbox'
import type { OutboxEntry } from '../../server/outbox/outbox-store'
import type { OutboxDeliveryResult, OutboxWorker } from '../../server/outbox/outbox-worker'
import { startOutboxWorker } from '../../server/outbox/outbox-worker'

const LEAD = { name: 'Ada', email: 'ada@example.com', website: 'https://example.com' }
const SECOND = 1_000
const FAR_FUTURE = Number.MAX_SAFE_INTEGER
/** Long enough that no test sees the worker's own timer fire unless it asks for it. */
const NO_TIMER = { intervalMs: 60 * 60 * SECOND }

function ids(entries: OutboxEntry[]): string[] {
  return entries.map(entry => entry.id).sort()
}

async function entry(outbox: Outbox, id: string): Promise<OutboxEntry | undefined> {
  return (await outbox.due(FAR_FUTURE)).find(candidate => candidate.id === id)
}

/** What every store must do; `open` opens an outbox over the current test's directory or key prefix. */
function behavesAsADurableOutbox(openAt: () => Outbox) {
  const outboxes: Outbox[] = []
  const workers: OutboxWorker[] = []
  const open = () => {
    const outbox = openAt()
    outboxes.push(outbox)
    return outbox
  }
  const start = (...args: Parameters<typeof startOutboxWorker>) => {
    const worker = startOutboxWorker(...args)
    workers.push(worker)
    return worker
  }
  afterEach(async () => {
    await Promise.all(workers.splice(0).map(worker => worker.stop()))
    await Promise.all(outboxes.splice(0).map(outbox => outbox.close()))
  })

  describe('createOutbox', () => {
    it('hands out an added entry once it is due, and forgets it once removed', async () => {
      const outbox = open()
      const before = Date.now()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const [added] = await outbox.due()
      expect(added).toEqual({ id: 'lead-1', payload: LEAD, attempts: 0, nextAttemptAt: added?.createdAt, createdAt: expect.any(Number) })
      expect(added?.createdAt).toBeGreaterThanOrEqual(before)
      expect(await outbox.size()).toBe(1)

      await outbox.remove('lead-1')
      expect(await outbox.due(FAR_FUTURE)).toEqual([])
      expect(await outbox.size()).toBe(0)
    })

    it('keeps the first entry when the same id is added again, even at the same time', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      await outbox.add({ id: 'lead-1', payload: { ...LEAD, name: 'Someone else' } })
      await Promise.all(Array.from({ length: 10 }, (_, index) => outbox.add({ id: 'lead-2', payload: { index } })))
      expect(await outbox.size()).toBe(2)
      expect((await entry(outbox, 'lead-1'))?.payload).toEqual(LEAD)
    })

    it('stores each of 100 concurrent adds exactly once', async () => {
      const outbox = open()
      const added = Array.from({ length: 100 }, (_, index) => `lead-${index}`)
      await Promise.all(added.map(id => outbox.add({ id, payload: LEAD })))
      expect(await outbox.size()).toBe(100)
      expect(ids(await outbox.due())).toEqual([...added].sort())
    })

    it('holds a failed entry back until its retry is due, with the error that made it fail', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const failedAt = Date.now()
      await outbox.markFailed('lead-1', 'CMS answered 503', failedAt)

      expect(await outbox.due(failedAt)).toEqual([])
      const failed = await entry(outbox, 'lead-1')
      expect(failed).toMatchObject({ attempts: 1, lastError: 'CMS answered 503', payload: LEAD })
      expect(ids(await outbox.due(failed?.nextAttemptAt))).toEqual(['lead-1'])
    })

    it('waits from one second, doubling, up to five minutes between retries, give or take a fifth', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const now = Date.now()
      for (let attempts = 1; attempts <= 12; attempts++) {
        await outbox.markFailed('lead-1', 'CMS unreachable', now)
        const expected = Math.min(SECOND * 2 ** (attempts - 1), 5 * 60 * SECOND)
        const delay = ((await entry(outbox, 'lead-1'))?.nextAttemptAt ?? Number.NaN) - now
        expect(delay, `after ${attempts} attempts`).toBeGreaterThanOrEqual(expected * 0.8)
        expect(delay, `after ${attempts} attempts`).toBeLessThanOrEqual(expected * 1.2)
      }
    })

    it('ignores a failure reported for an entry that is gone, rather than bringing it back', async () => {
      const outbox = open()
      await outbox.markFailed('never-added', 'CMS answered 503')
      await outbox.add({ id: 'lead-1', payload: LEAD })
      await outbox.remove('lead-1')
      await outbox.markFailed('lead-1', 'CMS answered 503')
      expect(await outbox.size()).toBe(0)
    })

    it('finds every entry, as it was left, after a restart', async () => {
      const first = open()
      await first.add({ id: 'lead-1', payload: LEAD })
      await first.add({ id: 'lead-2', payload: { ...LEAD, name: 'Grace' } })
      await first.markFailed('lead-2', 'CMS answered 502')
      const before = await first.due(FAR_FUTURE)
      await first.close()

      expect(await open().due(FAR_FUTURE)).toEqual(before)
    })

    it('refuses ids that are not safe as a file name', async () => {
      const outbox = open()
      for (const id of ['', '../escape', 'a/b', 'lead.json', 'lead 1', 'x'.repeat(129)])
        await expect(outbox.add({ id, payload: LEAD }), JSON.stringify(id)).rejects.toThrow('Invalid outbox id')
      await expect(outbox.remove('../escape')).rejects.toThrow('Invalid outbox id')
      expect(await outbox.size()).toBe(0)
    })
  })

  describe('startOutboxWorker', () => {
    it('delivers every due entry and removes it', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      await outbox.add({ id: 'lead-2', payload: LEAD })
      const deliver = vi.fn(async (_entry: OutboxEntry): Promise<OutboxDeliveryResult> => 'delivered')

      expect(await start(outbox, deliver, NO_TIMER).flush()).toBe(2)
      expect(ids(deliver.mock.calls.map(([delivered]) => delivered))).toEqual(['lead-1', 'lead-2'])
      expect(await outbox.size()).toBe(0)
    })

    it('keeps an entry whose delivery threw, and delivers it once its retry is due', async () => {
      // Only the clock is faked: file and Redis I/O keep their real timers.
      vi.useFakeTimers({ toFake: ['Date'] })
      onTestFinished(() => {
        vi.useRealTimers()
      })
      vi.setSystemTime(Date.UTC(2025, 0, 1))
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const cmsDown = new Error('CMS answered 503')
      const deliver = vi.fn<(entry: OutboxEntry) => Promise<OutboxDeliveryResult>>()
        .mockRejectedValueOnce(cmsDown)
        .mockResolvedValue('delivered')
      const onError = vi.fn()
      const worker = start(outbox, deliver, { ...NO_TIMER, onError })

      expect(await worker.flush()).toBe(0)
      expect(onError).toHaveBeenCalledWith(cmsDown, expect.objectContaining({ id: 'lead-1' }))
      expect(await entry(outbox, 'lead-1')).toMatchObject({ attempts: 1, lastError: 'CMS answered 503' })
      expect(await worker.flush()).toBe(0)
      expect(deliver).toHaveBeenCalledOnce()

      vi.setSystemTime(Date.now() + 2 * SECOND)
      expect(await worker.flush()).toBe(1)
      expect(await outbox.size()).toBe(0)
    })

    it('reschedules an entry whose delivery asked for a retry', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const onError = vi.fn()

      expect(await start(outbox, async () => 'retry', { ...NO_TIMER, onError }).flush()).toBe(0)
      expect(await entry(outbox, 'lead-1')).toMatchObject({ attempts: 1, lastError: 'delivery asked for a retry' })
      expect(onError).not.toHaveBeenCalled()
    })

    it('delivers on its own timer', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const delivered = new Promise<OutboxEntry>((resolve) => {
        start(outbox, async (entry) => {
          resolve(entry)
          return 'delivered'
        }, { intervalMs: 10 })
      })
      expect((await delivered).id).toBe('lead-1')
    })

    it('delivers what is left when it stops', async () => {
      const outbox = open()
      const deliver = vi.fn(async (): Promise<OutboxDeliveryResult> => 'delivered')
      const worker = start(outbox, deliver, NO_TIMER)
      await outbox.add({ id: 'lead-1', payload: LEAD })

      await worker.stop()
      expect(deliver).toHaveBeenCalledOnce()
      expect(await outbox.size()).toBe(0)
    })

    it('never delivers an entry twice when flushes overlap', async () => {
      const outbox = open()
      const added = Array.from({ length: 5 }, (_, index) => `lead-${index}`)
      await Promise.all(added.map(id => outbox.add({ id, payload: LEAD })))
      const delivered: string[] = []
      const worker = start(outbox, async (entry) => {
        delivered.push(entry.id)
        await new Promise(resolve => setImmediate(resolve))
        return 'delivered'
      }, NO_TIMER)

      const counts = await Promise.all([worker.flush(), worker.flush(), worker.flush()])
      expect(counts.reduce((sum, count) => sum + count, 0)).toBe(5)
      expect(delivered.sort()).toEqual(added)
      expect(await outbox.size()).toBe(0)
    })

    it('picks up, after a running flush, what was added while it ran', async () => {
      const outbox = open()
      await outbox.add({ id: 'lead-1', payload: LEAD })
      const worker = start(outbox, async (entry) => {
        if (entry.id === 'lead-1')
          await outbox.add({ id: 'lead-2', payload: LEAD })
        return 'delivered'
      }, NO_TIMER)

      const [first, second] = await Promise.all([worker.flush(), worker.flush()])
      expect([first, second]).toEqual([1, 1])
      expect(await outbox.size()).toBe(0)
    })
  })
}

describe('outbox in files', () => {
  let directory: string
  beforeEach(async () => {
    directory = await mkdtemp(join(tmpdir(), 'outbox-test-'))
  })
  afterEach(async () => {
    await rm(directory, { recursive: true, force: true })
  })

  behavesAsADurableOutbox(() => createOutbox({ directory }))

  it('keeps one file per entry and no temporary file behind', async () => {
    const outbox = createOutbox({ directory })
    await Promise.all(Array.from({ length: 100 }, (_, index) => outbox.add({ id: `lead-${index}`, payload: LEAD })))
    await Promise.all(Array.from({ length: 100 }, (_, index) => outbox.markFailed(`lead-${index}`, 'CMS answered 503')))
    await outbox.remove('lead-0')
    await outbox.close()

    const files = await readdir(directory)
    expect(files).toHaveLength(99)
    expect(files.every(file => /^lead-\d+\.json$/.test(file))).toBe(true)
  })

  it('creates its directory when it first needs it', async () => {
    const nested = join(directory, 'data', 'outbox')
    const outbox = createOutbox({ directory: nested })
    await outbox.add({ id: 'lead-1', payload: LEAD })
    expect(await readdir(nested)).toEqual(['lead-1.json'])
  })

  it('sets a file that is not an entry aside, for a person to recover, and carries on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    onTestFinished(() => {
      warn.mockRestore()
    })
    const outbox = createOutbox({ directory })
    await outbox.add({ id: 'lead-1', payload: LEAD })
    await writeFile(join(directory, 'lead-2.json'), '{"id":"lead-2","payl')

    expect(ids(await outbox.due())).toEqual(['lead-1'])
    expect((await readdir(directory)).sort()).toEqual(['lead-1.json', 'lead-2.json.corrupt'])
    expect(warn).toHaveBeenCalledOnce()
  })
})

await describeWithServices(['redis'], 'outbox in Redis', () => {
  let keyPrefix: string
  beforeEach(() => {
    keyPrefix = `test:outbox:${randomUUID()}`
  })
  afterEach(() => deleteRedisKeys(keyPrefix))

  // With Redis the file store is never used, so its directory is never created.
  const openAt = () => createOutbox({ redisUrl: TEST_REDIS_URL, keyPrefix, directory: join(tmpdir(), 'unused-outbox') })
  const open = () => {
    const outbox = openAt()
    onTestFinished(() => outbox.close())
    return outbox
  }

  behavesAsADurableOutbox(openAt)

  it('keeps its entries and their schedule in step', async () => {
    const outbox = open()
    await Promise.all(Array.from({ length: 20 }, (_, index) => outbox.add({ id: `lead-${index}`, payload: LEAD })))
    await Promise.all(Array.from({ length: 10 }, (_, index) => outbox.remove(`lead-${index}`)))
    await outbox.markFailed('lead-15', 'CMS answered 503')

    await withTestRedis(async (redis) => {
      const hashed = (await redis.hkeys(`${keyPrefix}:entries`)).sort()
      const scheduled = (await redis.zrange(`${keyPrefix}:schedule`, 0, -1)).sort()
      expect(hashed).toHaveLength(10)
      expect(scheduled).toEqual(hashed)
    })
  })

  it('sets an entry that is not valid aside, for a person to recover, and carries on', async () => {
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => {})
    onTestFinished(() => {
      warn.mockRestore()
    })
    const outbox = open()
    await outbox.add({ id: 'lead-1', payload: LEAD })
    await withTestRedis(async (redis) => {
      await redis.multi().hset(`${keyPrefix}:entries`, 'lead-2', 'not json').zadd(`${keyPrefix}:schedule`, 0, 'lead-2').exec()
    })

    expect(ids(await outbox.due())).toEqual(['lead-1'])
    expect(await outbox.size()).toBe(1)
    await withTestRedis(async (redis) => {
      expect(await redis.hget(`${keyPrefix}:corrupt`, 'lead-2')).toBe('not json')
    })
    expect(warn).toHaveBeenCalledOnce()
  })
})

describe('outboxRetryDelayMs', () => {
  it('starts at one second and doubles after each failure, up to five minutes', () => {
    const middle = () => 0.5
    expect([1, 2, 3, 4, 9, 10, 50, 5000].map(attempts => outboxRetryDelayMs(attempts, middle)))
      .toEqual([1_000, 2_000, 4_000, 8_000, 256_000, 300_000, 300_000, 300_000])
  })

  it('spreads each delay by up to a fifth either way', () => {
    expect(outboxRetryDelayMs(1, () => 0)).toBe(800)
    expect(outboxRetryDelayMs(1, () => 0.999_999_9)).toBe(1_200)
    expect(outboxRetryDelayMs(10, () => 0)).toBe(240_000)
  })
})
