/** One article with its rendered body and related articles; a 404 when the slug is unknown. */
export async function useArticlePage(slug: string) {
  return requireData(await useFetch(`/api/cms/articles/${encodeURIComponent(slug)}`, { key: `cms:article:${slug}` }))
}
