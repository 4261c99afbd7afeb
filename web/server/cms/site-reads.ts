import type { H3Event } from 'h3'
import type { CmsClient, ServiceSummary } from '@agency/shared'
import type { ArticlePage, CaseStudyPage, ServicePage, SiteReads } from '../../shared/types/site-reads'
import type { PageView } from '../../shared/types/page-view'
import type { CmsRead } from './read'
import { z } from 'zod'
import { readTags } from '../../shared/utils/cache-tags'
import { renderPageMarkdown } from '../markup/prose-images'
import { headingsFrom } from '../pages/markdown-headings'
import { pageView } from '../pages/page-view'
import { isPreviewRequest, readDraft } from './preview'
import { readCms } from './read'

const RELATED_COUNT = 3
/** Case studies a service's page shows, newest first. */
const SERVICE_CASE_STUDIES = 3
/** Other case studies a case study's page points to. */
const OTHER_CASE_STUDIES = 2

const caseStudyListSchema = z.object({
  page: z.coerce.number().int().min(1).max(10_000).default(1),
  service: z.string().regex(/^[a-z0-9-]{1,120}$/).optional(),
})

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
    article: { ...article, bodyTree: await renderPageMarkdown(article.body) },
    related: related.slice(0, RELATED_COUNT),
  }
}

async function servicePage(cms: CmsClient, slug: string, draft: boolean): Promise<ServicePage> {
  const [service, all, caseStudies] = await Promise.all([
    cms.services.bySlug(slug, { draft }),
    cms.services.list(),
    cms.caseStudies.list({ service: slug, pageSize: SERVICE_CASE_STUDIES }),
  ])
  return {
    service: { ...service, bodyTree: await renderPageMarkdown(service.body) },
    caseStudies: caseStudies.items,
    others: all.filter(other => other.slug !== service.slug),
  }
}

/** The case study with its story rendered, and up to two others: of its first service, else the newest. */
async function caseStudyPage(cms: CmsClient, slug: string, draft: boolean): Promise<CaseStudyPage> {
  const caseStudy = await cms.caseStudies.bySlug(slug, { draft })
  const service = caseStudy.services[0]?.slug
  const [sameService, newest, challengeTree, approachTree, outcomeTree] = await Promise.all([
    service ? cms.caseStudies.list({ service, pageSize: OTHER_CASE_STUDIES + 1 }) : undefined,
    cms.caseStudies.list({ pageSize: OTHER_CASE_STUDIES * 2 + 1 }),
    // Each part sits under its own h2 on the page; headings an editor writes inside it come below.
    renderPageMarkdown(caseStudy.challenge).then(tree => headingsFrom(tree, 3)),
    renderPageMarkdown(caseStudy.approach).then(tree => headingsFrom(tree, 3)),
    renderPageMarkdown(caseStudy.outcome).then(tree => headingsFrom(tree, 3)),
  ])
  const others = [...(sameService?.items ?? []), ...newest.items].filter(other => other.slug !== slug)
  const seen = new Set<string>()
  return {
    caseStudy: { ...caseStudy, challengeTree, approachTree, outcomeTree },
    others: others.filter(other => !seen.has(other.documentId) && seen.add(other.documentId)).slice(0, OTHER_CASE_STUDIES),
  }
}

/** Services with at least one published case study, in the services' display order. */
async function workServices(cms: CmsClient): Promise<ServiceSummary[]> {
  const [services, index] = await Promise.all([cms.services.list(), cms.caseStudies.index()])
  const used = new Set(index.items.flatMap(study => study.services.map(service => service.slug)))
  return services.filter(service => used.has(service.slug)).map(({ documentId, slug, title }) => ({ documentId, slug, title }))
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
      tags: page => readTags.page(slug, page.documentId, page.sections),
    }),

    caseStudies: async (request) => {
      const query = caseStudyListSchema.safeParse(request)
      if (!query.success)
        throw createError({ statusCode: 400, statusMessage: 'Invalid page or service' })
      const { page, service } = query.data
      const pageSize = useRuntimeConfig().work.pageSize
      return readCms({
        key: `case-studies:${service ?? 'all'}:${page}:${pageSize}`,
        tags: readTags.caseStudies,
        read: cms => cms.caseStudies.list({ page, service, pageSize }),
      })
    },

    caseStudyPage: slug => readPreviewable(event, (cms, draft) => caseStudyPage(cms, slug, draft), {
      key: `case-study:${slug}`,
      tags: page => readTags.caseStudyPage(slug, page.caseStudy.documentId),
    }),

    workServices: () => readCms({ key: 'work-services', tags: readTags.caseStudies, read: workServices }),

    category: slug => readCms({
      key: `category:${slug}`,
      tags: category => readTags.category(slug, category.documentId),
      read: cms => cms.categories.bySlug(slug),
    }),
  }
}
