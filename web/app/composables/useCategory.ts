/** One blog category; a 404 when the slug is unknown. */
export async function useCategory(slug: string) {
  const tag = useCacheTags('categories', `category:${slug}`)
  const category = requireData(await useFetch(`/api/cms/categories/${encodeURIComponent(slug)}`, { key: `cms:category:${slug}` }))
  tag(`category-doc:${category.value.documentId}`)
  return category
}
