export interface ArticleListOptions {
  page: number
  category?: string
  pageSize?: number
}

/** A page of articles, newest first, optionally in one category. */
export async function useArticleList({ page, category, pageSize }: ArticleListOptions) {
  useCacheTags(...readTags.articles(category))
  const query = { page, category, pageSize }
  const key = `cms:articles:${category ?? 'all'}:${page}:${pageSize ?? 'default'}`
  return requireData(await useSiteRead(key, reads => reads.articles(query)))
}
