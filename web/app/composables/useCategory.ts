/** One blog category; a 404 when the slug is unknown. */
export async function useCategory(slug: string) {
  const tag = useCacheTags('categories', `category:${slug}`)
  const category = requireData(await useSiteRead(`cms:category:${slug}`, reads => reads.category(slug), `/api/cms/categories/${encodeURIComponent(slug)}`))
  tag(`category-doc:${category.value.documentId}`)
  return category
}
