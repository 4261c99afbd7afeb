/**
 * The page the CMS has at this slug, built from blocks; null when it has none, so the route can fall
 * back (the markdown pages) or answer 404. Any other failure is the page's error (503).
 */
export async function useBlockPage(slug: string) {
  const declareTags = useCacheTags(...readTags.pageAddress(slug))
  const read = await useSiteRead(`cms:page:${slug}`, reads => reads.page(slug))
  if (read.error.value?.statusCode === 404)
    return null
  const page = requireData(read)
  declareTags(...readTags.page(slug, page.value.documentId, page.value.sections))
  return page
}
