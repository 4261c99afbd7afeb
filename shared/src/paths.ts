import type { PreviewLink } from './preview'

/*
 * The site's addresses. Its pages, links, structured data, sitemap, feeds and search results, and the
 * CMS's preview links, webhook and seeded navigation, all build them here, so that an address changes
 * in one place. Browser-safe: the site's Vue code imports this module as `@agency/shared/paths`.
 */

/** The address of one page of a paginated list: the list itself for the first page, `?page=n` after. */
export function listPagePath(path: string, page = 1): string {
  return page > 1 ? `${path}?page=${page}` : path
}

export function homePath(): string {
  return '/'
}

/** The page built from blocks that the site shows at `/`; editors find it in the Pages list under this slug. */
export const HOME_PAGE_SLUG = 'home'

/**
 * Pages built from blocks that the site shows in a place of their own rather than at their slug: the
 * thank-you page after an assessment request, and the page of an address the site does not have.
 */
export const SYSTEM_PAGE_SLUGS = { assessmentThankYou: 'assessment-thank-you', notFound: 'not-found' } as const

/** Whether a page built from blocks is shown at its own address: every page but the system pages. */
export function hasOwnAddress(slug: string): boolean {
  return !Object.values<string>(SYSTEM_PAGE_SLUGS).includes(slug)
}

/** A page built from blocks: the home page at `/`, any other at its slug. */
export function pagePath(slug: string): string {
  return slug === HOME_PAGE_SLUG ? homePath() : contentPagePath(slug)
}

export function servicesPath(): string {
  return '/services'
}

export function servicePath(slug: string): string {
  return `/services/${slug}`
}

/**
 * The agency's work: every case study, newest first, or those of one service; a page of either. The
 * filter is a plain query, so a visitor without JavaScript filters by following a link.
 */
export function workPath({ service, page = 1 }: { service?: string, page?: number } = {}): string {
  const query = new URLSearchParams({ ...(service ? { service } : {}), ...(page > 1 ? { page: String(page) } : {}) }).toString()
  return query ? `/work?${query}` : '/work'
}

export function caseStudyPath(slug: string): string {
  return `/work/${slug}`
}

/** The blog: its newest articles, or an older page of them. */
export function blogPath(page?: number): string {
  return listPagePath('/blog', page)
}

export function articlePath(slug: string): string {
  return `/blog/${slug}`
}

/** A category's page of the blog, or an older page of its articles. */
export function categoryPath(slug: string, page?: number): string {
  return listPagePath(`/blog/category/${slug}`, page)
}

/** A page written in the site's markdown content (about, privacy, terms), by the segments of its path. */
export function contentPagePath(segments: string | readonly string[]): string {
  return `/${[segments].flat().join('/')}`
}

/** The search page, with a query when one is given. */
export function searchPath(query?: string): string {
  return query === undefined ? '/search' : `/search?${new URLSearchParams({ q: query })}`
}

/** The FREE Website Assessment form; a post without JavaScript goes back to it. */
export function assessmentPath(): string {
  return '/free-website-assessment'
}

export function assessmentThankYouPath(): string {
  return '/free-website-assessment/thank-you'
}

export function sitemapPath(): string {
  return '/sitemap.xml'
}

export type FeedFormat = 'rss' | 'atom' | 'json'

/** A feed's file name under the page whose articles it lists. */
export const FEED_FILE_NAMES: Record<FeedFormat, string> = {
  rss: 'feed.xml',
  atom: 'atom.xml',
  json: 'feed.json',
}

/** Where an article feed lives: at the site's root for every article, under the category's page for one category. */
export function feedPath(format: FeedFormat, category?: string): string {
  const file = FEED_FILE_NAMES[format]
  return category ? `${categoryPath(category)}/${file}` : `/${file}`
}

/** The site's entry to draft preview, carrying a link signed by the CMS (see preview.ts). */
export function previewPath({ path, expiresAt, signature }: PreviewLink): string {
  return `/api/preview?${new URLSearchParams({ path, expiresAt: String(expiresAt), signature })}`
}

/** Leaves draft preview and returns to `back`, the published page. */
export function previewExitPath(back: string): string {
  return `/api/preview/exit?path=${encodeURIComponent(back)}`
}

/** Where the CMS's webhook reports content changes to the site. */
export function revalidatePath(): string {
  return '/api/revalidate'
}
