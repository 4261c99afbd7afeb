/*
 * Every cache tag of the site. Rendered pages and CMS reads are stored under the tags of what they
 * show; the CMS's webhook purges the tags of what changed. Both sides build their tags here, so a
 * page and the purge that should reach it cannot drift apart.
 */

/** The kinds of CMS entry that have pages of their own. */
type EntryKind = 'article' | 'service' | 'category' | 'page' | 'case-study'

export type CacheTag
  = | 'global' | 'content' | 'sitemap' | 'feeds' | 'articles' | 'services' | 'categories' | 'pages' | 'redirects' | 'redirect-targets' | 'case-studies'
    | `${EntryKind}:${string}` | `${EntryKind}-doc:${string}`

function bySlug<K extends EntryKind>(kind: K) {
  return (slug: string): `${K}:${string}` => `${kind}:${slug}`
}

/** An entry keeps its document id when its slug changes, so this tag still reaches its old address. */
function byDocument<K extends EntryKind>(kind: K) {
  return (documentId: string): `${K}-doc:${string}` => `${kind}-doc:${documentId}`
}

export const tags = {
  /** The global settings: every page's header, footer and SEO defaults, and the feeds' titles. */
  global: 'global',
  /** The markdown pages in web/content. */
  content: 'content',
  sitemap: 'sitemap',
  feeds: 'feeds',
  /** Whatever shows some article: the lists, the home page, an article's related articles. */
  articles: 'articles',
  /** Whatever shows some service: the list, the home page, a service's page (it lists the others). */
  services: 'services',
  /**
   * Whatever shows some case study: the work pages, a case study's page (it points to others), the
   * service pages and the pages with a selected work block.
   */
  caseStudies: 'case-studies',
  /** Whatever shows some category by name. */
  categories: 'categories',
  /** Every page built from blocks: any of them may show articles, services or testimonials. */
  pages: 'pages',
  /**
   * The redirect rules, and every cached page: a rule may now claim any address, and a cached page is
   * answered before the rules are consulted.
   */
  redirects: 'redirects',
  /**
   * The entries redirects may send visitors to: a rule that names one follows its slug, and has nowhere
   * to go once it is unpublished. Only the rules' read carries it; no page changes with it.
   */
  redirectTargets: 'redirect-targets',
  article: bySlug('article'),
  articleDocument: byDocument('article'),
  service: bySlug('service'),
  serviceDocument: byDocument('service'),
  category: bySlug('category'),
  categoryDocument: byDocument('category'),
  page: bySlug('page'),
  pageDocument: byDocument('page'),
  caseStudy: bySlug('case-study'),
  caseStudyDocument: byDocument('case-study'),
} as const

/** Blocks that show case studies, so a page holding one is purged when any case study changes. */
const CASE_STUDY_BLOCKS = new Set(['blocks.selected-work'])

/** What each read of the site shows: the page that renders it and the cached read both carry these. */
export const readTags = {
  global: (): CacheTag[] => [tags.global],
  services: (): CacheTag[] => [tags.services],
  /** A service's page lists the case studies of that service. */
  servicePage: (slug: string, documentId: string): CacheTag[] => [tags.services, tags.service(slug), tags.serviceDocument(documentId), tags.caseStudies],
  /** The work pages: case studies, and the services they filter by. */
  caseStudies: (): CacheTag[] => [tags.caseStudies, tags.services],
  caseStudyPage: (slug: string, documentId: string): CacheTag[] => [tags.caseStudies, tags.caseStudy(slug), tags.caseStudyDocument(documentId)],
  articles: (category?: string): CacheTag[] => [tags.articles, ...(category ? [tags.category(category)] : [])],
  articlePage: (slug: string, documentId: string): CacheTag[] => [tags.articles, tags.article(slug), tags.articleDocument(documentId)],
  category: (slug: string, documentId: string): CacheTag[] => [tags.categories, tags.category(slug), tags.categoryDocument(documentId)],
  contentPage: (): CacheTag[] => [tags.content],
  /** What a page's address shows before it is read: a page published there later replaces a 404 or a markdown page. */
  pageAddress: (slug: string): CacheTag[] => [tags.pages, tags.page(slug)],
  page: (slug: string, documentId: string, sections: ReadonlyArray<{ __component: string }> = []): CacheTag[] => [
    tags.pages,
    tags.page(slug),
    tags.pageDocument(documentId),
    ...(sections.some(section => CASE_STUDY_BLOCKS.has(section.__component)) ? [tags.caseStudies] : []),
  ],
  /** A feed names the agency and lists articles; one category's feed shows that category too. */
  feed: (category?: { slug: string, documentId: string }): CacheTag[] => [
    tags.feeds,
    tags.articles,
    tags.global,
    ...(category ? readTags.category(category.slug, category.documentId) : []),
    // A feed leaves out what a redirect sends elsewhere.
    tags.redirects,
  ],
  redirects: (): CacheTag[] => [tags.redirects, tags.redirectTargets],
  /** The sitemap lists every page but those a redirect sends elsewhere or marks gone. */
  sitemap: (): CacheTag[] => [tags.sitemap, tags.global, tags.services, tags.articles, tags.categories, tags.content, tags.pages, tags.caseStudies, tags.redirects],
}

/** What the CMS's webhook posts: the event, the content type's name and the entry as it is now. */
export interface CmsWebhookEvent {
  event?: string
  model?: string
  entry?: { documentId?: string, slug?: string }
}

/** An entry's own tags: by document id, which reaches its page even at an old slug, and by slug. */
function entryTags(slug: (slug: string) => CacheTag, document: (documentId: string) => CacheTag, entry: NonNullable<CmsWebhookEvent['entry']>): CacheTag[] {
  return [
    ...(entry.documentId ? [document(entry.documentId)] : []),
    ...(entry.slug ? [slug(entry.slug)] : []),
  ]
}

/** The tags a CMS change affects; a model without pages on the site (assessment submissions) affects none. */
export function tagsForCmsEvent({ event, model, entry = {} }: CmsWebhookEvent): CacheTag[] {
  // A file replaced or described again in the media library: every read that can show an image, so
  // pages get its new description and the new version in its image URLs (shared/utils/images.ts).
  if (event === 'media.update')
    return [tags.global, tags.articles, tags.services, tags.pages, tags.caseStudies]
  switch (model) {
    case 'article':
      return [tags.articles, ...entryTags(tags.article, tags.articleDocument, entry), tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets]
    case 'service':
      // Case studies name their services, and the work page filters by them.
      return [tags.services, ...entryTags(tags.service, tags.serviceDocument, entry), tags.pages, tags.caseStudies, tags.sitemap, tags.redirectTargets]
    case 'case-study':
      // Its page, the work pages, the service pages and the pages with a selected work block.
      return [tags.caseStudies, ...entryTags(tags.caseStudy, tags.caseStudyDocument, entry), tags.sitemap, tags.redirectTargets]
    case 'category':
      // Articles show their categories, so their pages and lists change with a category's name.
      return [tags.categories, tags.articles, ...entryTags(tags.category, tags.categoryDocument, entry), tags.pages, tags.sitemap, tags.feeds, tags.redirectTargets]
    case 'page':
      return [...entryTags(tags.page, tags.pageDocument, entry), tags.sitemap, tags.redirectTargets]
    case 'testimonial':
      // Testimonials have no page of their own; they show in pages' blocks and on case studies.
      return [tags.pages, tags.caseStudies]
    case 'global':
      return [tags.global]
    case 'redirect':
      return [tags.redirects]
    default:
      return []
  }
}
