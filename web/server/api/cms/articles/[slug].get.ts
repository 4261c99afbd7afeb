import type { MDCRoot } from '@nuxtjs/mdc'
import type { Article } from '@agency/shared'

const RELATED_COUNT = 3

interface ArticlePage {
  article: Article & { bodyTree: MDCRoot }
  related: Article[]
}

/** One article with its body rendered, and up to three related articles (same first category, else newest). */
export default defineEventHandler(async (event) => {
  const slug = getRouterParam(event, 'slug') ?? ''
  const article = await readCms(cms => cms.articles.bySlug(slug))
  const category = article.categories[0]?.slug
  const candidates = await readCms(cms => cms.articles.list({ category, pageSize: RELATED_COUNT + 1 }))
  let related = candidates.items.filter(other => other.slug !== slug)
  if (related.length === 0 && category) {
    const latest = await readCms(cms => cms.articles.list({ pageSize: RELATED_COUNT + 1 }))
    related = latest.items.filter(other => other.slug !== slug)
  }
  return {
    article: { ...article, bodyTree: await renderMarkdown(article.body) },
    related: related.slice(0, RELATED_COUNT),
  } satisfies ArticlePage
})
