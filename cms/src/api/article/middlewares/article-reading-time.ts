import type { Core } from '@strapi/strapi'
import { readingTimeMinutes } from '@agency/shared'

/** Bodies whose reading time is known: every list read counts the words of ten bodies that rarely change. */
const readingTimes = new Map<string, number>()
const REMEMBERED_BODIES = 500

function remembered(body: string): number {
  let minutes = readingTimes.get(body)
  if (minutes === undefined) {
    minutes = readingTimeMinutes(body)
    if (readingTimes.size >= REMEMBERED_BODIES)
      readingTimes.delete(readingTimes.keys().next().value!)
    readingTimes.set(body, minutes)
  }
  return minutes
}

function withReadingTime(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || !('body' in entry) || typeof entry.body !== 'string')
    return entry
  return { ...entry, readingTimeMinutes: remembered(entry.body) }
}

/** Adds the derived reading time to article responses, so editors never type it and it never drifts. */
const articleReadingTime: Core.MiddlewareFactory = () => async (ctx, next) => {
  await next()
  const body: unknown = ctx.body
  if (typeof body !== 'object' || body === null || !('data' in body))
    return
  const { data } = body
  ctx.body = { ...body, data: Array.isArray(data) ? data.map(withReadingTime) : withReadingTime(data) }
}

export default articleReadingTime
