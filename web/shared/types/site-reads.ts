import type { MDCRoot } from '@nuxtjs/mdc'
import type { Article, CaseStudy, Category, Global, Page, Service, ServiceSummary } from '@agency/shared'
import type { PageView } from './page-view'

/** An article with its body rendered, and up to three related articles. */
export interface ArticlePage {
  article: Article & { bodyTree: MDCRoot }
  related: Article[]
}

/** A service with its body rendered, its case studies, and the other services to point to. */
export interface ServicePage {
  service: Service & { bodyTree: MDCRoot }
  caseStudies: CaseStudy[]
  others: Service[]
}

/** A case study with its story rendered, and others to read next (of the same service first). */
export interface CaseStudyPage {
  caseStudy: CaseStudy & { challengeTree: MDCRoot, approachTree: MDCRoot, outcomeTree: MDCRoot }
  others: CaseStudy[]
}

/** A page of the work list as a visitor asks for it; checked before anything is read. */
export interface CaseStudyListRequest {
  page?: unknown
  service?: unknown
}

/** A page of the article list as a visitor asks for it; checked before anything is read. */
export interface ArticleListRequest {
  page?: unknown
  category?: unknown
  pageSize?: unknown
}

/** The content pages are rendered from, for one request (drafts only in preview): server/cms/site-reads.ts. */
export interface SiteReads {
  global: () => Promise<Global>
  services: () => Promise<Service[]>
  servicePage: (slug: string) => Promise<ServicePage>
  articles: (request: ArticleListRequest) => Promise<Page<Article>>
  articlePage: (slug: string) => Promise<ArticlePage>
  caseStudies: (request: CaseStudyListRequest) => Promise<Page<CaseStudy>>
  caseStudyPage: (slug: string) => Promise<CaseStudyPage>
  /** The services the work page filters by: those with a published case study, in display order. */
  workServices: () => Promise<ServiceSummary[]>
  category: (slug: string) => Promise<Category>
  /** A page built from blocks in the CMS; at the home slug, the site's own home while the CMS has none. */
  page: (slug: string) => Promise<PageView>
}
