import type { SiteReads } from '~~/shared/types/site-reads'

/**
 * One read of a page's content, under `key`, in the server process that renders the page
 * (server/plugins/site-reads.ts). Pages ship no JavaScript (config/route-rules.ts), so no content is
 * ever read from a browser.
 */
export function useSiteRead<T>(key: string, read: (reads: SiteReads) => Promise<T>) {
  const reads = useRequestEvent()?.context.siteReads
  return useAsyncData(key, () => {
    if (!reads)
      throw createError({ statusCode: 500, statusMessage: 'Content is read while rendering on the server only' })
    return read(reads)
  })
}
