/** One article with its rendered body and related articles; a 404 when the slug is unknown. */
export async function useArticlePage(slug: string) {
  const tag = useCacheTags('articles', `article:${slug}`)
  const page = requireData(await useFetch(`/api/cms/articles/${encodeURIComponent(slug)}`, { key: `cms:article:${slug}` }))
  tag(`article-doc:${page.value.article.documentId}`)
  return page
}
