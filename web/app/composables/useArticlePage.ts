/** One article with its rendered body and related articles; a 404 when the slug is unknown. */
export async function useArticlePage(slug: string) {
  const tag = useCacheTags('articles', `article:${slug}`)
  const page = requireData(await useSiteRead(`cms:article:${slug}`, reads => reads.articlePage(slug), `/api/cms/articles/${encodeURIComponent(slug)}`))
  tag(`article-doc:${page.value.article.documentId}`)
  return page
}
