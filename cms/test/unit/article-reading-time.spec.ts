import type { Core } from '@strapi/strapi'
import { readingTimeMinutes } from '@agency/shared'
import { describe, expect, it } from 'vitest'
import articleReadingTime from '../../src/api/article/middlewares/article-reading-time'

type Context = Parameters<Core.MiddlewareHandler>[0]

/** What the middleware leaves as the data of a response whose controller answered `data`. */
async function answered(data: unknown): Promise<unknown> {
  const ctx = { body: undefined as unknown }
  const middleware = articleReadingTime({}, { strapi: {} as Core.Strapi }) as Core.MiddlewareHandler
  await middleware(ctx as Context, async () => {
    ctx.body = { data, meta: {} }
  })
  return (ctx.body as { data: unknown }).data
}

const words = (count: number) => Array.from({ length: count }, (_, index) => `word${index}`).join(' ')

describe('an article\'s reading time', () => {
  it('is its body\'s, in a list and alone', async () => {
    const short = { id: 1, updatedAt: '2026-12-07T06:00:00.000Z', body: words(100) }
    const long = { id: 2, updatedAt: '2026-12-07T06:00:00.000Z', body: words(2000) }
    expect(await answered([short, long])).toEqual([
      { ...short, readingTimeMinutes: readingTimeMinutes(short.body) },
      { ...long, readingTimeMinutes: readingTimeMinutes(long.body) },
    ])
    expect(readingTimeMinutes(long.body)).toBeGreaterThan(readingTimeMinutes(short.body))
    expect(await answered(long)).toMatchObject({ readingTimeMinutes: readingTimeMinutes(long.body) })
  })

  it('follows a body that changes, and a read that leaves out when it changed', async () => {
    const before = { id: 3, updatedAt: '2026-12-07T06:00:00.000Z', body: words(100) }
    expect(await answered([before])).toMatchObject([{ readingTimeMinutes: readingTimeMinutes(before.body) }])
    const after = { ...before, updatedAt: '2026-12-07T06:05:00.000Z', body: words(3000) }
    expect(await answered([after])).toMatchObject([{ readingTimeMinutes: readingTimeMinutes(after.body) }])
    const published = { ...after, id: 4 }
    expect(await answered([published])).toMatchObject([{ readingTimeMinutes: readingTimeMinutes(after.body) }])
    expect(await answered([{ body: before.body }, { body: after.body }])).toEqual([
      { body: before.body, readingTimeMinutes: readingTimeMinutes(before.body) },
      { body: after.body, readingTimeMinutes: readingTimeMinutes(after.body) },
    ])
  })

  it('leaves answers without articles as they are', async () => {
    expect(await answered(null)).toBeNull()
    expect(await answered([{ id: 5, title: 'No body' }])).toEqual([{ id: 5, title: 'No body' }])
  })
})
