import type { ComputedRef, Ref } from 'vue'

interface FetchResult<D> {
  data: Ref<D>
  error: Ref<{ statusCode?: number, statusMessage?: string } | null | undefined>
}

function notFound(statusCode = 404, statusMessage = 'Page not found') {
  return createError({ statusCode, statusMessage, fatal: import.meta.client })
}

/**
 * Turns a page's data fetch into its HTTP answer: the fetched data, or the error page with the same
 * status (404 for missing content, 503 when the CMS is unavailable).
 */
export function requireData<D>({ data, error }: FetchResult<D>): ComputedRef<NonNullable<D>> {
  const failure = error.value
  if (failure || data.value === null || data.value === undefined)
    throw notFound(failure?.statusCode, failure?.statusMessage)
  return computed(() => {
    const value = data.value
    if (value === null || value === undefined)
      throw notFound()
    return value
  })
}
