import type { z } from 'zod'
import type { Article, ArticleIndexEntry } from '../schemas/article'
import type { AssessmentSubmission } from '../schemas/assessment'
import type { AssessmentInput } from '../schemas/assessment-input'
import type { CaseStudy, CaseStudyIndexEntry } from '../schemas/case-study'
import type { Category } from '../schemas/category'
import type { Pagination } from '../schemas/common'
import type { Global } from '../schemas/global'
import type { PageDocument } from '../schemas/page'
import type { Redirect } from '../schemas/redirect'
import type { Service } from '../schemas/service'
import type { CmsClientOptions, CmsRequest } from './http'
import { articleIndexEntrySchema, articleSchema } from '../schemas/article'
import { assessmentSubmissionSchema } from '../schemas/assessment'
import { caseStudyIndexEntrySchema, caseStudySchema } from '../schemas/case-study'
import { categorySchema } from '../schemas/category'
import { listResponseSchema, singleResponseSchema } from '../schemas/common'
import { globalSchema } from '../schemas/global'
import { pageSchema } from '../schemas/page'
import { redirectSchema } from '../schemas/redirect'
import { serviceSchema } from '../schemas/service'
import { CmsError } from './errors'
import { createHttp } from './http'

export interface Page<T> {
  items: T[]
  pagination: Pagination
}

/** What a sitemap and the search need of a page: its address, title, SEO and when it changed. */
export const pageIndexEntrySchema = pageSchema.pick({ documentId: true, title: true, slug: true, updatedAt: true, seo: true })

export type PageIndexEntry = z.infer<typeof pageIndexEntrySchema>

export interface ArticleListQuery {
  page?: number
  pageSize?: number
  /** Only articles in the category with this slug. */
  category?: string
}

export interface CaseStudyListQuery {
  page?: number
  pageSize?: number
  /** Only case studies of the service with this slug. */
  service?: string
}

/** A page of a list that has no other filter. */
export interface PageQuery {
  page?: number
  pageSize?: number
}

/** Finds documents that contain every term, each in any of the searched fields, ignoring case. */
export interface SearchQuery extends PageQuery {
  /** Matched literally: Strapi escapes `%`, `_` and backslashes in `$containsi`. */
  terms: string[]
}

export interface ReadOptions {
  /** Read the latest draft instead of the published version; needs a token allowed to read drafts. */
  draft?: boolean
}

/** Reads one document by slug through the list endpoint, which is how Strapi filters by a field. */
async function findBySlug<S extends z.ZodType>(request: CmsRequest, resource: string, path: string, item: S, slug: string, { draft = false }: ReadOptions = {}): Promise<z.output<S>> {
  const { data } = await request(resource, listResponseSchema(item), {
    url: path,
    params: { filters: { slug: { $eq: slug } }, pagination: { page: 1, pageSize: 1 }, ...(draft ? { status: 'draft' } : {}) },
  })
  const [first] = data
  if (first === undefined)
    throw new CmsError(resource, 'not-found', `no entry with slug "${slug}"`, { status: 404 })
  return first
}

/** Strapi filters for {@link SearchQuery}: `$and` over the terms, `$or` over the fields. */
function searchFilters(terms: string[], fields: readonly string[]) {
  return { $and: terms.map(term => ({ $or: fields.map(field => ({ [field]: { $containsi: term } })) })) }
}

const SERVICE_SEARCH_FIELDS = ['title', 'summary', 'body'] as const
const ARTICLE_SEARCH_FIELDS = ['title', 'excerpt', 'body'] as const
const CASE_STUDY_SEARCH_FIELDS = ['title', 'client', 'industry', 'summary', 'challenge', 'approach', 'outcome'] as const

/**
 * The typed client of the CMS REST API. Each method returns parsed, typed data or throws a
 * {@link CmsError}. Response shapes (populated relations, default sort) are fixed by the CMS itself.
 */
export function createCmsClient(options: CmsClientOptions) {
  const { request } = createHttp(options)

  return {
    services: {
      /** All services in display order. */
      async list(): Promise<Service[]> {
        const { data } = await request('services', listResponseSchema(serviceSchema), {
          url: '/services',
          params: { pagination: { page: 1, pageSize: 100 } },
        })
        return data
      },
      bySlug: (slug: string, options?: ReadOptions): Promise<Service> => findBySlug(request, `service "${slug}"`, '/services', serviceSchema, slug, options),
      /** Services whose title, summary or body contain every term, in display order. */
      async search({ terms, page = 1, pageSize = 10 }: SearchQuery): Promise<Page<Service>> {
        const { data, meta } = await request('service search', listResponseSchema(serviceSchema), {
          url: '/services',
          params: { filters: searchFilters(terms, SERVICE_SEARCH_FIELDS), pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
    },

    articles: {
      /** Published articles, newest first. */
      async list(query: ArticleListQuery = {}): Promise<Page<Article>> {
        const { data, meta } = await request('articles', listResponseSchema(articleSchema), {
          url: '/articles',
          params: {
            pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? 10 },
            ...(query.category ? { filters: { categories: { slug: { $eq: query.category } } } } : {}),
          },
        })
        return { items: data, pagination: meta.pagination }
      },
      bySlug: (slug: string, options?: ReadOptions): Promise<Article> => findBySlug(request, `article "${slug}"`, '/articles', articleSchema, slug, options),
      /** Published articles, newest first, with only what a sitemap needs (see {@link articleIndexEntrySchema}). */
      async index({ page = 1, pageSize = 100 }: PageQuery = {}): Promise<Page<ArticleIndexEntry>> {
        const { data, meta } = await request('article index', listResponseSchema(articleIndexEntrySchema), {
          url: '/articles',
          params: { fields: ['slug', 'publishedDate', 'updatedAt'], pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
      /** Published articles whose title, excerpt or body contain every term, newest first. */
      async search({ terms, page = 1, pageSize = 10 }: SearchQuery): Promise<Page<Article>> {
        const { data, meta } = await request('article search', listResponseSchema(articleSchema), {
          url: '/articles',
          params: { filters: searchFilters(terms, ARTICLE_SEARCH_FIELDS), pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
    },

    caseStudies: {
      /** Published case studies, newest first, optionally of one service. */
      async list(query: CaseStudyListQuery = {}): Promise<Page<CaseStudy>> {
        const { data, meta } = await request('case studies', listResponseSchema(caseStudySchema), {
          url: '/case-studies',
          params: {
            pagination: { page: query.page ?? 1, pageSize: query.pageSize ?? 10 },
            ...(query.service ? { filters: { services: { slug: { $eq: query.service } } } } : {}),
          },
        })
        return { items: data, pagination: meta.pagination }
      },
      bySlug: (slug: string, options?: ReadOptions): Promise<CaseStudy> => findBySlug(request, `case study "${slug}"`, '/case-studies', caseStudySchema, slug, options),
      /** Published case studies, newest first, with only their address, services and dates (see {@link caseStudyIndexEntrySchema}). */
      async index({ page = 1, pageSize = 100 }: PageQuery = {}): Promise<Page<CaseStudyIndexEntry>> {
        const { data, meta } = await request('case study index', listResponseSchema(caseStudyIndexEntrySchema), {
          url: '/case-studies',
          params: { fields: ['slug', 'year', 'updatedAt'], pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
      /** Published case studies whose title, client, industry, summary or story contain every term, newest first. */
      async search({ terms, page = 1, pageSize = 10 }: SearchQuery): Promise<Page<CaseStudy>> {
        const { data, meta } = await request('case study search', listResponseSchema(caseStudySchema), {
          url: '/case-studies',
          params: { filters: searchFilters(terms, CASE_STUDY_SEARCH_FIELDS), pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
    },

    categories: {
      async list(): Promise<Category[]> {
        const { data } = await request('categories', listResponseSchema(categorySchema), {
          url: '/categories',
          params: { pagination: { page: 1, pageSize: 100 } },
        })
        return data
      },
      bySlug: (slug: string): Promise<Category> => findBySlug(request, `category "${slug}"`, '/categories', categorySchema, slug),
    },

    pages: {
      /**
       * A page with its sections in the editor's order. Each section is checked only for its
       * `__component` here: the reader decides what to do with a block it does not know.
       */
      bySlug: (slug: string, options?: ReadOptions): Promise<PageDocument> => findBySlug(request, `page "${slug}"`, '/pages', pageSchema, slug, options),
      /** Published pages with only what a sitemap and the search need (see {@link pageIndexEntrySchema}). */
      async index({ page = 1, pageSize = 100 }: PageQuery = {}): Promise<Page<PageIndexEntry>> {
        const { data, meta } = await request('page index', listResponseSchema(pageIndexEntrySchema), {
          url: '/pages',
          params: { fields: ['title', 'slug', 'updatedAt'], pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
    },

    redirects: {
      /** Enabled redirects in the order they were written; the CMS leaves out disabled rules and the team's notes. */
      async list({ page = 1, pageSize = 100 }: PageQuery = {}): Promise<Page<Redirect>> {
        const { data, meta } = await request('redirects', listResponseSchema(redirectSchema), {
          url: '/redirects',
          params: { pagination: { page, pageSize } },
        })
        return { items: data, pagination: meta.pagination }
      },
    },

    global: {
      /** The agency's settings: name, contact, navigation, footer and default SEO. */
      async get(): Promise<Global> {
        const { data } = await request('global settings', singleResponseSchema(globalSchema), { url: '/global' })
        return data
      },
    },

    assessments: {
      /** Stores a FREE Website Assessment request; needs a token allowed to create submissions. */
      async create(input: AssessmentInput): Promise<AssessmentSubmission> {
        const { data } = await request('assessment submission', singleResponseSchema(assessmentSubmissionSchema), {
          url: '/assessment-submissions',
          method: 'POST',
          data: { data: input },
        })
        return data
      },
    },
  }
}

export type CmsClient = ReturnType<typeof createCmsClient>
