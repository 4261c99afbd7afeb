import type { ArticleIndexEntry, CaseStudyIndexEntry, CmsClient } from '@agency/shared'
import type { H3Event } from 'h3'
import type { SitemapSources } from './sitemap'
// Imported, not auto-imported: the app's type check also reads this file, where queryCollection is the client's.
import { queryCollection } from '@nuxt/content/server'
import { publishedPages } from '../pages/page-index'

/** Strapi's largest page; 10,000 articles take a hundred small requests. */
const INDEX_PAGE_SIZE = 100
/** Pages read at once: quick for a large blog without queueing a burst at the CMS. */
const PARALLEL_PAGES = 4

/** Every published article's address data, newest first, page by page. */
async function allArticles(cms: CmsClient): Promise<ArticleIndexEntry[]> {
  const first = await cms.articles.index({ page: 1, pageSize: INDEX_PAGE_SIZE })
  const { pageCount } = first.pagination
  const articles = [...first.items]
  for (let start = 2; start <= pageCount; start += PARALLEL_PAGES) {
    const pages = Array.from({ length: Math.min(PARALLEL_PAGES, pageCount - start + 1) }, (_, offset) => start + offset)
    const batch = await Promise.all(pages.map(page => cms.articles.index({ page, pageSize: INDEX_PAGE_SIZE })))
    articles.push(...batch.flatMap(page => page.items))
  }
  // An article published while the pages were read shifts the rest by one; list each once.
  const seen = new Set<string>()
  return articles.filter(article => !seen.has(article.documentId) && seen.add(article.documentId))
}

/** Every published case study's address data; an agency shows tens of them, so pages are read one by one. */
async function allCaseStudies(cms: CmsClient): Promise<CaseStudyIndexEntry[]> {
  const entries: CaseStudyIndexEntry[] = []
  for (let page = 1, pageCount = 1; page <= pageCount; page++) {
    const batch = await cms.caseStudies.index({ page, pageSize: INDEX_PAGE_SIZE })
    entries.push(...batch.items)
    pageCount = batch.pagination.pageCount
  }
  return entries
}

/** What the sitemap is made from: the CMS's content and the markdown pages in web/content. */
export async function readSitemapSources(event: H3Event, cms: CmsClient): Promise<SitemapSources> {
  const [global, services, categories, articles, caseStudies, pages, blockPages] = await Promise.all([
    cms.global.get(),
    cms.services.list(),
    cms.categories.list(),
    allArticles(cms),
    allCaseStudies(cms),
    queryCollection(event, 'pages').select('path', 'updated').all(),
    publishedPages(cms),
  ])
  return {
    global: { updatedAt: global.updatedAt },
    services: services.map(({ slug, updatedAt, seo }) => ({ slug, updatedAt, seo })),
    categories: categories.map(({ slug, updatedAt, seo }) => ({ slug, updatedAt, seo })),
    articles,
    caseStudies,
    pages: pages.map(({ path, updated }) => ({ path, updated })),
    blockPages: blockPages.map(({ slug, updatedAt, seo }) => ({ slug, updatedAt, seo })),
  }
}
