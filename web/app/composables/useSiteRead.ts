import type { SiteReads } from '~~/shared/types/site-reads'

/**
 * One read of a page's content, under `key`. Rendering on the server it runs in the same process
 * (server/plugins/site-reads.ts); elsewhere it asks the API route that answers with the same read.
 */
export function useSiteRead<T>(key: string, read: (reads: SiteReads) => Promise<T>, route: string, query?: Record<string, unknown>) {
  const reads = useRequestEvent()?.context.siteReads
  return useAsyncData(key, () => reads ? read(reads) : $fetch<T>(route, { query }))
}
