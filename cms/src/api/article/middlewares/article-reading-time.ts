import type { Core } from '@strapi/strapi'
import { readingTimeMinutes } from '@agency/shared'

function withReadingTime(entry: unknown): unknown {
  if (typeof entry !== 'object' || entry === null || !('body' in entry) || typeof entry.body !== 'string')
    return entry
  return { ...entry, readingTimeMinutes: readingTimeMinutes(entry.body) }
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
