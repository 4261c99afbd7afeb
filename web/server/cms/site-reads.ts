import type { H3Event } from 'h3'
import type { CmsClient } from '@agency/shared'
import type { ArticlePage, ServicePage, SiteReads } from '../../shared/types/site-reads'
import type { PageView } from '../../shared/types/page-view'
import type { CmsRead } from './read'
import { z } from 'zod'
import { readTags } from '../../shared/utils/cache-tags'
import { renderMarkdown } from '../markup/markdown'
import { pageView } from '../pages/page-view'
import { isPreviewRequest, readDraft } from './preview'
import { readCms } from './read'

const RELATED_COUNT = 3

const articleListSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  category: z.string().regex(/^[a-z0-9-]{1,120}$/).optional(),
  pageSize: z.coerce.number().int().min(1).max(24).optional(),
})

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

async function servicePage(cms: CmsClient, slug: string, draft: boolean): Promise<ServicePage> {
  const [service, all] = await Promise.all([cms.services.bySlug(slug, { draft }), cms.services.list()])
  return {
    service: { ...service, bodyTree: await renderMarkdown(service.body) },
    others: all.filter(other => other.slug !== service.slug),
  }
}

/** A page built from blocks, its blocks made ready to render. */
async function blockPage(cms: CmsClient, slug: string, draft: boolean): Promise<PageView> {
  return pageView(cms, await cms.pages.bySlug(slug, { draft }))
}

/** A page with drafts: the draft in preview, else the published version through the cache. */
function readPreviewable<T>(event: H3Event, read: (cms: CmsClient, draft: boolean) => Promise<T>, cached: Omit<CmsRead<T>, 'read'>): Promise<T> {
  if (isPreviewRequest(event))
    return readDraft(event, cms => read(cms, true))
  return readCms({ ...cached, read: cms => read(cms, false) })
}

/** Everything the site's pages read from the CMS, through the cache, as this request may see it. */
export function siteReads(event: H3Event): SiteReads {
  return {
    global: () => readCms({ key: 'global', tags: readTags.global, read: cms => cms.global.get() }),

    services: () => readCms({ key: 'services', tags: readTags.services, read: cms => cms.services.list() }),

    servicePage: slug => readPreviewable(event, (cms, draft) => servicePage(cms, slug, draft), {
      key: `service:${slug}`,
      tags: page => readTags.servicePage(slug, page.service.documentId),
    }),

    articles: async (request) => {
      const query = articleListSchema.safeParse(request)
      if (!query.success)
        throw createError({ statusCode: 400, statusMessage: 'Invalid page or category' })
      const { page, category, pageSize = useRuntimeConfig().blog.pageSize } = query.data
      return readCms({
        key: `articles:${category ?? 'all'}:${page}:${pageSize}`,
        tags: () => readTags.articles(category),
        read: cms => cms.articles.list({ page, category, pageSize }),
      })
    },

    articlePage: slug => readPreviewable(event, (cms, draft) => articlePage(cms, slug, draft), {
      key: `article:${slug}`,
      tags: page => readTags.articlePage(slug, page.article.documentId),
    }),

    page: slug => readPreviewable(event, (cms, draft) => blockPage(cms, slug, draft), {
      key: `page:${slug}`,
      tags: page => readTags.page(slug, page.documentId),
    }),

    category: slug => readCms({
      key: `category:${slug}`,
      tags: category => readTags.category(slug, category.documentId),
      read: cms => cms.categories.bySlug(slug),
    }),
  }
}
