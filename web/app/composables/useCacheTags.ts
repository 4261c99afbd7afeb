import type { CacheTag } from '~~/shared/utils/cache-tags'

/**
 * Declares what the page being rendered shows (see shared/utils/cache-tags.ts), so the page cache can
 * drop it when the CMS reports a change to any of it. Data composables call this before they await
 * anything (Nuxt's context is lost after an await); the returned function adds tags known only once
 * the data has arrived.
 */
export function useCacheTags(...tags: CacheTag[]): (...more: CacheTag[]) => void {
  const event = import.meta.server ? useRequestEvent() : undefined
  const add = (...more: CacheTag[]) => {
    if (event)
      event.context.cacheTags = [...new Set([...(event.context.cacheTags ?? []), ...more])]
  }
  add(...tags)
  return add
}
