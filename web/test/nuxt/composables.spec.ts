import type { H3Event } from 'h3'
import type { ArticleListRequest, CaseStudyListRequest, SiteReads } from '~~/shared/types/site-reads'
import { mockNuxtImport } from '@nuxt/test-utils/runtime'
import { createError } from 'h3'
import { describe, expect, it, vi } from 'vitest'

// Every page opts out of client-side navigation (noScripts), so the router refuses to navigate in the
// browser-like test environment: the composables are given the route of the page being rendered instead.
const rendered = vi.hoisted(() => ({ path: '/' }))
mockNuxtImport('useRoute', () => () => useRouter().resolve(rendered.path))
const renderingPage = (path: string) => {
  rendered.path = path
}

const requests: ArticleListRequest[] = []
const caseStudyRequests: CaseStudyListRequest[] = []
const unexpected = () => Promise.reject(new Error('not read by these tests'))

/** The reads a request being rendered carries (server/plugins/site-reads.ts), answering as the CMS would. */
const reads: SiteReads = {
  global: unexpected,
  services: unexpected,
  category: unexpected,
  page: unexpected,
  articles: async (request) => {
    requests.push(request)
    const page = Number(request.page)
    return {
      items: [{ slug: `article-on-page-${page}-of-${String(request.category ?? 'all')}` }],
      pagination: { page, pageSize: Number(request.pageSize ?? 6), pageCount: 3, total: 13 },
    } as Awaited<ReturnType<SiteReads['articles']>>
  },
  articlePage: () => Promise.reject(createError({ statusCode: 404, statusMessage: 'Page not found' })),
  caseStudies: async (request) => {
    caseStudyRequests.push(request)
    return {
      items: [{ slug: `case-study-on-page-${Number(request.page)}-of-${String(request.service ?? 'all')}` }],
      pagination: { page: Number(request.page), pageSize: 6, pageCount: 2, total: 8 },
    } as Awaited<ReturnType<SiteReads['caseStudies']>>
  },
  caseStudyPage: () => Promise.reject(createError({ statusCode: 404, statusMessage: 'Page not found' })),
  workServices: unexpected,
  servicePage: () => Promise.reject(createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' })),
}
mockNuxtImport('useRequestEvent', () => () => ({ context: { siteReads: reads } }) as unknown as H3Event)

describe('content composables', () => {
  it('useArticleList asks for the page and category it is given', async () => {
    const list = await useArticleList({ page: 2, category: 'content', pageSize: 4 })
    expect(list.value.items[0]?.slug).toBe('article-on-page-2-of-content')
    expect(requests.at(-1)).toEqual({ page: 2, category: 'content', pageSize: 4 })
  })

  it('useArticleList keeps different pages apart', async () => {
    const first = await useArticleList({ page: 1 })
    const third = await useArticleList({ page: 3 })
    expect(first.value.pagination.page).toBe(1)
    expect(third.value.pagination.page).toBe(3)
    expect(third.value.items[0]?.slug).toBe('article-on-page-3-of-all')
  })

  it('useCaseStudyList asks for the page and service it is given, and keeps filters apart', async () => {
    const filtered = await useCaseStudyList({ page: 2, service: 'web-design' })
    const all = await useCaseStudyList({ page: 1 })
    expect(filtered.value.items[0]?.slug).toBe('case-study-on-page-2-of-web-design')
    expect(all.value.items[0]?.slug).toBe('case-study-on-page-1-of-all')
    expect(caseStudyRequests).toEqual([{ page: 2, service: 'web-design' }, { page: 1, service: undefined }])
  })

  it('turns a missing case study into a 404 error', async () => {
    await expect(useCaseStudyPage('missing')).rejects.toMatchObject({ statusCode: 404 })
  })

  it('turns missing content into a 404 error', async () => {
    await expect(useArticlePage('missing')).rejects.toMatchObject({ statusCode: 404 })
  })

  it('passes an unavailable CMS on as a 503 error', async () => {
    await expect(useServicePage('down')).rejects.toMatchObject({ statusCode: 503, statusMessage: 'Content temporarily unavailable' })
  })

  it('useListPage refuses a page number that is not a plain positive integer', () => {
    renderingPage('/blog?page=2')
    expect(useListPage()).toBe(2)
    renderingPage('/blog?page=abc')
    expect(() => useListPage()).toThrowError(expect.objectContaining({ statusCode: 404 }))
  })
})

describe('useSiteLink', () => {
  it('marks the link to the page being shown as current, and no other', () => {
    renderingPage('/blog')
    const linkTo = useSiteLink()
    expect(linkTo('/blog')).toEqual({ 'href': '/blog', 'aria-current': 'page' })
    expect(linkTo('/blog?page=2')).toEqual({ href: '/blog?page=2' })
    expect(linkTo('/blog/category/content')).toEqual({ href: '/blog/category/content' })
  })

  it('tells list pages apart by their page number, not by any other query', () => {
    renderingPage('/blog?page=2')
    const onSecondPage = useSiteLink()
    expect(onSecondPage('/blog')).toEqual({ href: '/blog' })
    expect(onSecondPage('/blog?page=2')).toEqual({ 'href': '/blog?page=2', 'aria-current': 'page' })
    renderingPage('/search?q=branding')
    expect(useSiteLink()('/search')).toEqual({ 'href': '/search', 'aria-current': 'page' })
  })

  it('keeps the referrer and the opener from other sites, and never marks them current', () => {
    const linkTo = useSiteLink()
    expect(linkTo('https://example.com/search')).toEqual({ href: 'https://example.com/search', rel: 'noopener noreferrer' })
    expect(linkTo('mailto:hello@example.com')).toEqual({ href: 'mailto:hello@example.com', rel: 'noopener noreferrer' })
  })
})
