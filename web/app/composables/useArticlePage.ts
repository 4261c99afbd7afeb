/** One article with its rendered body and related articles; a 404 when the slug is unknown. */
export async function useArticlePage(slug: string) {
  const declareTags = useCacheTags()
  const page = requireData(await useSiteRead(`cms:article:${slug}`, reads => reads.articlePage(slug)))
  declareTags(...readTags.articlePage(slug, page.value.article.documentId))
  return page
}
