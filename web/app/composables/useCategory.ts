/** One blog category; a 404 when the slug is unknown. */
export async function useCategory(slug: string) {
  const declareTags = useCacheTags()
  const category = requireData(await useSiteRead(`cms:category:${slug}`, reads => reads.category(slug)))
  declareTags(...readTags.category(slug, category.value.documentId))
  return category
}
