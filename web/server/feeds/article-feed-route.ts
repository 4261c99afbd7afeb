import type { CmsClient, FeedFormat } from '@agency/shared'
import type { ArticleFeedSource } from './article-feed'
import { articlePath, slugSchema } from '@agency/shared'
import { readTags } from '../../shared/utils/cache-tags'
import { FEED_FILES } from '../../shared/utils/feeds'
import { articleFeed, FEED_ARTICLE_COUNT } from './article-feed'
import { readCms } from '../cms/read'
import { withoutRedirected } from '../redirects/redirect-rules'
import { sendDocument } from '../markup/document-response'
import { renderMarkdown } from '../markup/markdown'
import { mdcToHtml } from '../markup/mdc-html'

async function readFeedSource(cms: CmsClient, siteUrl: string, categorySlug: string | undefined): Promise<ArticleFeedSource> {
  const [global, category, latest] = await Promise.all([
    cms.global.get(),
    categorySlug ? cms.categories.bySlug(categorySlug) : undefined,
    cms.articles.list({ pageSize: FEED_ARTICLE_COUNT, category: categorySlug }),
  ])
  const listed = await withoutRedirected(latest.items, article => articlePath(article.slug))
  const articles = await Promise.all(listed.map(async ({ title, slug, excerpt, publishedDate, updatedAt, categories, author, body }) => ({
    title,
    slug,
    excerpt,
    publishedDate,
    updatedAt,
    categories,
    author: { name: author.name },
    contentHtml: mdcToHtml(await renderMarkdown(body), siteUrl),
  })))
  return {
    global: { agencyName: global.agencyName, tagline: global.tagline, contactEmail: global.contactEmail, updatedAt: global.updatedAt, footer: { copyright: global.footer.copyright } },
    category: category && { documentId: category.documentId, name: category.name, slug: category.slug, description: category.description },
    articles,
  }
}

/**
 * The handler of one feed format: every article at the site's root, one category's under its page
 * (`/blog/category/<slug>/feed.xml`, a 404 for an unknown category). The three formats share one
 * cached read, dropped when an article, a category or the global settings change.
 */
export function defineArticleFeedRoute(format: FeedFormat) {
  return defineEventHandler(async (event) => {
    const slug = getRouterParam(event, 'slug')
    if (slug !== undefined && !slugSchema.safeParse(slug).success)
      throw createError({ statusCode: 404, statusMessage: 'Page not found' })
    const { siteUrl } = useRuntimeConfig().public
    const source = await readCms<ArticleFeedSource>({
      key: `feed:${slug ?? 'all'}`,
      tags: ({ category }) => readTags.feed(category),
      read: cms => readFeedSource(cms, siteUrl, slug),
    })
    return sendDocument(event, articleFeed(source, siteUrl, format), `${FEED_FILES[format].type}; charset=utf-8`)
  })
}
