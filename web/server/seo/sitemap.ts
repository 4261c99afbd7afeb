import type { ArticleIndexEntry, CaseStudyIndexEntry, Category, Global, PageIndexEntry, Seo, Service } from '@agency/shared'
import { articlePath, assessmentPath, blogPath, caseStudyPath, categoryPath, hasOwnAddress, HOME_PAGE_SLUG, homePath, pagePath, servicePath, servicesPath, workPath } from '@agency/shared'
import { escapeMarkup } from '../markup/escape'
import { siteUrlFor } from './site-url'

/** A page of the site as the sitemap lists it. */
export interface SitemapPage {
  path: string
  /** W3C datetime: `YYYY-MM`, `YYYY-MM-DD` or a full ISO timestamp. */
  lastmod?: string
}

/** A markdown page from web/content, with the `updated` its frontmatter may give. */
export interface ContentPageRef {
  path: string
  updated?: string
}

export interface SitemapSources {
  global: Pick<Global, 'updatedAt'>
  services: Array<Pick<Service, 'slug' | 'updatedAt' | 'seo'>>
  articles: ArticleIndexEntry[]
  caseStudies: CaseStudyIndexEntry[]
  categories: Array<Pick<Category, 'slug' | 'updatedAt' | 'seo'>>
  pages: ContentPageRef[]
  /** Pages built from blocks in the CMS; the home page among them is the site's root. */
  blockPages: Array<Pick<PageIndexEntry, 'slug' | 'updatedAt' | 'seo'>>
}

const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december']

/**
 * A content page's `updated` frontmatter as a W3C datetime: ISO dates pass, "November 2026" becomes
 * `2026-11` (a month is all it claims), anything else is left out rather than guessed.
 */
export function contentLastmod(updated: string | undefined): string | undefined {
  const text = updated?.trim() ?? ''
  if (/^\d{4}-(?:0[1-9]|1[0-2])(?:-(?:0[1-9]|[12]\d|3[01]))?$/.test(text))
    return text
  const [, monthName = '', year] = /^([a-z]+)\s+(\d{4})$/i.exec(text) ?? []
  const month = MONTHS.indexOf(monthName.toLowerCase())
  return year && month >= 0 ? `${year}-${String(month + 1).padStart(2, '0')}` : undefined
}

/** The latest of some ISO timestamps, as one; undefined when there is none. */
function newest(dates: Iterable<string | undefined>): string | undefined {
  let latest: number | undefined
  for (const date of dates) {
    const time = date ? Date.parse(date) : Number.NaN
    if (!Number.isNaN(time) && (latest === undefined || time > latest))
      latest = time
  }
  return latest === undefined ? undefined : new Date(latest).toISOString()
}

/** The path a canonical URL points to; relative ones are read as paths on this site. */
function canonicalPath(canonicalUrl: string): string | undefined {
  try {
    return new URL(canonicalUrl, 'http://site.invalid').pathname
  }
  catch {
    return undefined
  }
}

/** Entries an editor marked noindex, or whose canonical address is another page, stay out of the sitemap. */
function indexable(page: SitemapPage, seo: Seo | null | undefined): boolean {
  return !seo?.noIndex && (!seo?.canonicalUrl || canonicalPath(seo.canonicalUrl) === page.path)
}

/** The page of an entry, when it belongs in the sitemap. */
function entryPage(path: string, lastmod: string | undefined, seo: Seo | null | undefined): SitemapPage[] {
  const page = { path, lastmod }
  return indexable(page, seo) ? [page] : []
}

/**
 * Every page a search engine should know, with when it last changed: an entry's own `updatedAt`, and
 * for a list the newest of what it shows.
 */
export function sitemapPages({ global, services, articles, caseStudies, categories, pages, blockPages }: SitemapSources): SitemapPage[] {
  const home = blockPages.find(page => page.slug === HOME_PAGE_SLUG)
  const servicesChanged = newest(services.map(service => service.updatedAt))
  const articlesChanged = newest(articles.map(article => article.updatedAt))
  const caseStudiesChanged = newest(caseStudies.map(study => study.updatedAt))
  const workPage = blockPages.find(page => pagePath(page.slug) === workPath())
  const categoryArticlesChanged = new Map<string, string | undefined>()
  for (const article of articles) {
    for (const { slug } of article.categories)
      categoryArticlesChanged.set(slug, newest([categoryArticlesChanged.get(slug), article.updatedAt]))
  }

  const all: SitemapPage[] = [
    { path: homePath(), lastmod: newest([global.updatedAt, servicesChanged, articlesChanged, home?.updatedAt]) },
    { path: servicesPath(), lastmod: servicesChanged },
    { path: blogPath(), lastmod: newest([articlesChanged, ...categories.map(category => category.updatedAt)]) },
    // The list of case studies; its filtered views are the same work, so only the list is listed.
    { path: workPath(), lastmod: newest([caseStudiesChanged, workPage?.updatedAt]) },
    // The form offers every service as a choice.
    { path: assessmentPath(), lastmod: servicesChanged },
    // Before the markdown pages: a page built in the CMS wins at the same address, as on the site.
    ...blockPages.flatMap(page => page.slug === HOME_PAGE_SLUG || !hasOwnAddress(page.slug) ? [] : entryPage(pagePath(page.slug), page.updatedAt, page.seo)),
    ...pages.map(page => ({ path: page.path, lastmod: contentLastmod(page.updated) })),
    ...services.flatMap(service => entryPage(servicePath(service.slug), service.updatedAt, service.seo)),
    ...categories.flatMap(category => entryPage(
      categoryPath(category.slug),
      newest([category.updatedAt, categoryArticlesChanged.get(category.slug)]),
      category.seo,
    )),
    ...caseStudies.flatMap(study => entryPage(caseStudyPath(study.slug), study.updatedAt, study.seo)),
    ...articles.flatMap(article => entryPage(articlePath(article.slug), article.updatedAt, article.seo)),
  ]
  const seen = new Set<string>()
  return all.filter(page => !seen.has(page.path) && seen.add(page.path))
}

/** The sitemap document (sitemaps.org 0.9) with absolute, escaped addresses. */
export function sitemapXml(siteUrl: string, pages: SitemapPage[]): string {
  const urls = pages.map(({ path, lastmod }) => {
    const lastmodTag = lastmod ? `<lastmod>${escapeMarkup(lastmod)}</lastmod>` : ''
    return `  <url><loc>${escapeMarkup(siteUrlFor(siteUrl, path))}</loc>${lastmodTag}</url>\n`
  })
  return `<?xml version="1.0" encoding="UTF-8"?>\n<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${urls.join('')}</urlset>\n`
}
