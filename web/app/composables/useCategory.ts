/** One blog category; a 404 when the slug is unknown. */
export async function useCategory(slug: string) {
  return requireData(await useFetch(`/api/cms/categories/${encodeURIComponent(slug)}`, { key: `cms:category:${slug}` }))
}
