/** The page number of a paginated list from `?page=`; a 404 for anything but a plain positive integer. */
export function useListPage(): number {
  const page = parsePageParam(useRoute().query.page)
  if (page === null)
    throw createError({ statusCode: 404, statusMessage: 'Page not found', fatal: import.meta.client })
  return page
}
