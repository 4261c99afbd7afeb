/** One service with its rendered body and the other services; a 404 when the slug is unknown. */
export async function useServicePage(slug: string) {
  const declareTags = useCacheTags()
  const page = requireData(await useSiteRead(`cms:service:${slug}`, reads => reads.servicePage(slug)))
  declareTags(...readTags.servicePage(slug, page.value.service.documentId))
  return page
}
