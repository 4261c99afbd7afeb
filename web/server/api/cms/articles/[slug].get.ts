import type { MDCRoot } from '@nuxtjs/mdc'
import type { Article, CmsClient } from '@agency/shared'

const RELATED_COUNT = 3

interface ArticlePage {
  article: Article & { bodyTree: MDCRoot }
  related: Article[]
}

/** The article with its body rendered, and up to three related articles (same first category, else newest). */
async function articlePage(cms: CmsClient, slug: string, draft: boolean): Promise<ArticlePage> {
  const article = await cms.articles.bySlug(slug, { draft })
  const category = article.categories[0]?.slug
  const candidates = await cms.articles.list({ category, pageSize: RELATED_COUNT + 1 })
  let related = candidates.items.filter(other => other.slug !== slug)
  if (related.length === 0 && category) {
    const latest = await cms.articles.list({ pageSize: RELATED_COUNT + 1 })
    related = latest.items.filter(other => other.slug !== slug)
  }
  return {
    article: { ...article, bodyTree: await renderMarkdown(article.body) },
    related: related.slice(0, RELATED_COUNT),
  }
}

/** One article, rendered; the draft in preview. */
export default defineEventHandler((event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  if (isPreviewRequest(event))
    return readDraft(event, cms => articlePage(cms, slug, true))
  return readCms<ArticlePage>({
    key: `article:${slug}`,
    tags: page => ['articles', `article:${slug}`, `article-doc:${page.article.documentId}`],
    read: cms => articlePage(cms, slug, false),
  })
})
