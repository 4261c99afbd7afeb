import type { CmsClient } from '@agency/shared'
import type { CacheTag } from '../../shared/utils/cache-tags'
import { isCmsError } from '@agency/shared'
import { cmsClient } from './clients'

/** Turns a failed CMS read into the HTTP error a visitor should get: 404 for missing content, else 503. */
export function toHttpError(error: unknown) {
  if (isCmsError(error) && error.kind === 'not-found')
    return createError({ statusCode: 404, statusMessage: 'Page not found' })
  console.error('[cms]', isCmsError(error) ? error.message : error)
  return createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' })
}

export interface CmsRead<T> {
  /** Identifies the read; the same key returns the same data. */
  key: string
  /** What the data shows, purged when the CMS reports a change to it (see shared/utils/cache-tags.ts). */
  tags: (result: T) => CacheTag[]
  read: (cms: CmsClient) => Promise<T>
}

/**
 * A cached CMS read. The result is kept until a tag it depends on is purged; while the CMS cannot be
 * reached, the last copy is served instead of an error. Failures become the visitor's HTTP error
 * (404 for content that does not exist, 503 otherwise); details go to the log, never to the page.
 */
export async function readCms<T>({ key, tags, read }: CmsRead<T>): Promise<T> {
  if (!useRuntimeConfig().cms.cacheReads)
    return read(cmsClient('read')).catch((error) => { throw toHttpError(error) })
  const cacheKey = `cms:${key}`
  const found = await useSiteCache().get<T>(cacheKey)
  if (found?.current)
    return found.entry.value
  try {
    const result = await read(cmsClient('read'))
    await useSiteCache().set(cacheKey, result, tags(result))
    return result
  }
  catch (error) {
    if (found && !(isCmsError(error) && error.kind === 'not-found'))
      return found.entry.value
    throw toHttpError(error)
  }
}
