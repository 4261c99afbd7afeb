import type { CmsWebhookEvent } from '../../shared/utils/cache-tags'
import crypto from 'node:crypto'
import { tagsForCmsEvent } from '../../shared/utils/cache-tags'
import { siteSecret } from '../security/site-secrets'

function authorized(header: string | undefined, secret: string): boolean {
  const given = Buffer.from(header ?? '')
  const expected = Buffer.from(`Bearer ${secret}`)
  return given.length === expected.length && crypto.timingSafeEqual(given, expected)
}

/**
 * The CMS's webhook: purges the cached pages and reads a content change affects, on every instance
 * sharing the cache. 401 without the shared secret, and then nothing is purged.
 */
export default defineEventHandler(async (event) => {
  if (!authorized(getRequestHeader(event, 'authorization'), siteSecret('revalidateSecret')))
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'Missing or wrong webhook secret.' })
  const payload = await readBody<CmsWebhookEvent>(event)
  const purged = tagsForCmsEvent(payload ?? {})
  await useSiteCache().purge(purged)
  return { purged }
})
