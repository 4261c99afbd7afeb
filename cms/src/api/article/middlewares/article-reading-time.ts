import type { Core } from '@strapi/strapi'
import { readingTimeMinutes } from '@agency/shared'

/** Bodies whose reading time is known: every list read counts the words of ten bodies that rarely change. */
const readingTimes = new Map<string, number>()
const REMEMBERED_BODIES = 500

type Entry = Record<string, unknown> & { body: string }

/**
 * What names an entry's body: its row and when the row last changed, as any change to a body changes
 * both or the second (publishing writes a new row). Looking a body up by its text would hash all of it
 * on every read; a read whose fields leave those out names the body by its text.
 */
function bodyKey(entry: Entry): string {
  return typeof entry.id === 'number' && typeof entry.updatedAt === 'string' ? `row ${entry.id} at ${entry.updatedAt}` : `body ${entry.body}`
}

function remembered(entry: Entry): number {
  const key = bodyKey(entry)
  let minutes = readingTimes.get(key)
  if (minutes === undefined) {
    minutes = readingTimeMinutes(entry.body)
    if (readingTimes.size >= REMEMBERED_BODIES)
      readingTimes.delete(readingTimes.keys().next().value!)
    readingTimes.set(key, minutes)
  }
  return minutes
}

function withReadingTime(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || !('body' in entry) || typeof entry.body !== 'string')
    return entry
  return { ...entry, readingTimeMinutes: remembered(entry as Entry) }
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
