import type { SitemapSources } from '../../server/seo/sitemap'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import { describe, expect, it } from 'vitest'
import { contentLastmod, sitemapPages, sitemapXml } from '../../server/seo/sitemap'

const category = (slug: string, updatedAt: string) => ({ id: 1, documentId: `doc-${slug}`, name: slug, slug, updatedAt })

const sources: SitemapSources = {
  global: { updatedAt: '2025-01-01T00:00:00.000Z' },
  services: [
    { slug: 'web-design', updatedAt: '2025-03-01T00:00:00.000Z', seo: null },
    { slug: 'hidden-service', updatedAt: '2025-09-01T00:00:00.000Z', seo: { noIndex: true } },
  ],
  categories: [
    { slug: 'content', updatedAt: '2025-02-01T00:00:00.000Z', seo: null },
    { slug: 'empty', updatedAt: '2025-02-02T00:00:00.000Z', seo: null },
  ],
  articles: [
    { id: 1, documentId: 'a1', slug: 'newest', publishedDate: '2025-06-01', updatedAt: '2025-06-02T10:00:00.000Z', categories: [category('content', '2025-02-01T00:00:00.000Z')], seo: null },
    { id: 2, documentId: 'a2', slug: 'moved', publishedDate: '2025-05-01', updatedAt: '2025-05-01T00:00:00.000Z', categories: [], seo: { canonicalUrl: 'https://elsewhere.example/moved' } },
    { id: 3, documentId: 'a3', slug: 'self-canonical', publishedDate: '2025-04-01', updatedAt: '2025-04-01T00:00:00.000Z', categories: [], seo: { canonicalUrl: 'https://www.kestrel.example/blog/self-canonical' } },
  ],
  caseStudies: [
    { id: 1, documentId: 'k1', slug: 'loaf-and-ladle', year: 2026, updatedAt: '2025-08-01T00:00:00.000Z', services: [], seo: null },
    { id: 2, documentId: 'k2', slug: 'confidential', year: 2025, updatedAt: '2025-08-02T00:00:00.000Z', services: [], seo: { noIndex: true } },
  ],
  pages: [{ path: '/about' }, { path: '/privacy', updated: 'November 2026' }, { path: '/terms', updated: '2026-10-05' }],
  blockPages: [
    { slug: 'home', updatedAt: '2025-01-15T00:00:00.000Z', seo: null },
    { slug: 'pricing', updatedAt: '2025-07-01T00:00:00.000Z', seo: null },
    { slug: 'landing-test', updatedAt: '2025-07-02T00:00:00.000Z', seo: { noIndex: true } },
  ],
}

describe('the sitemap', () => {
  it('lists the static pages, markdown pages, services, categories, case studies and articles, each once', () => {
    expect(sitemapPages(sources).map(page => page.path)).toEqual([
      '/',
      '/services',
      '/blog',
      '/work',
      '/free-website-assessment',
      '/pricing',
      '/about',
      '/privacy',
      '/terms',
      '/services/web-design',
      '/blog/category/content',
      '/blog/category/empty',
      '/work/loaf-and-ladle',
      '/blog/newest',
      '/blog/self-canonical',
    ])
  })

  it('lists pages built from blocks at their slug, except the home page (the root) and those marked noindex', () => {
    const paths = sitemapPages(sources).map(page => page.path)
    expect(paths).toContain('/pricing')
    expect(paths).not.toContain('/home')
    expect(paths).not.toContain('/landing-test')
  })

  it('dates the root by the home page too, when it changed last', () => {
    const home = { slug: 'home', updatedAt: '2026-01-01T00:00:00.000Z', seo: null }
    const lastmod = Object.fromEntries(sitemapPages({ ...sources, blockPages: [home] }).map(page => [page.path, page.lastmod]))
    expect(lastmod['/']).toBe('2026-01-01T00:00:00.000Z')
  })

  it('lists a page built in the CMS once, with its date, where a markdown page has the same address', () => {
    const about = { slug: 'about', updatedAt: '2025-08-01T00:00:00.000Z', seo: null }
    const pages = sitemapPages({ ...sources, blockPages: [about] })
    expect(pages.filter(page => page.path === '/about')).toEqual([{ path: '/about', lastmod: '2025-08-01T00:00:00.000Z' }])
  })

  it('dates entries by their update and lists by the newest of what they show', () => {
    const lastmod = Object.fromEntries(sitemapPages(sources).map(page => [page.path, page.lastmod]))
    expect(lastmod['/blog/newest']).toBe('2025-06-02T10:00:00.000Z')
    expect(lastmod['/services/web-design']).toBe('2025-03-01T00:00:00.000Z')
    expect(lastmod['/services']).toBe('2025-09-01T00:00:00.000Z')
    expect(lastmod['/blog']).toBe('2025-06-02T10:00:00.000Z')
    expect(lastmod['/']).toBe('2025-09-01T00:00:00.000Z')
    expect(lastmod['/blog/category/content']).toBe('2025-06-02T10:00:00.000Z')
    expect(lastmod['/blog/category/empty']).toBe('2025-02-02T00:00:00.000Z')
    expect(lastmod['/privacy']).toBe('2026-11')
    expect(lastmod['/terms']).toBe('2026-10-05')
    expect(lastmod['/about']).toBeUndefined()
    expect(lastmod['/work/loaf-and-ladle']).toBe('2025-08-01T00:00:00.000Z')
    expect(lastmod['/work']).toBe('2025-08-02T00:00:00.000Z')
  })

  it('lists the work page once, dated by its case studies or its own words, whichever changed last', () => {
    const work = { slug: 'work', updatedAt: '2026-02-01T00:00:00.000Z', seo: null }
    const pages = sitemapPages({ ...sources, blockPages: [work] })
    expect(pages.filter(page => page.path === '/work')).toEqual([{ path: '/work', lastmod: '2026-02-01T00:00:00.000Z' }])
    expect(pages.map(page => page.path)).not.toContain('/work/confidential')
  })

  it.each([
    ['2026-11-05', '2026-11-05'],
    ['2026-11', '2026-11'],
    ['November 2026', '2026-11'],
    ['  march 2025 ', '2025-03'],
    ['Last spring', undefined],
    ['2026-13-01', undefined],
    [undefined, undefined],
  ])('reads a content page\'s updated "%s" as %s', (updated, expected) => {
    expect(contentLastmod(updated)).toBe(expected)
  })

  it('writes absolute, escaped addresses whether or not the site URL ends in a slash', () => {
    const pages = [{ path: '/' }, { path: '/blog/a&b', lastmod: '2025-01-01T00:00:00.000Z' }]
    for (const siteUrl of ['https://www.kestrel.example', 'https://www.kestrel.example/']) {
      const xml = sitemapXml(siteUrl, pages)
      expect(XMLValidator.validate(xml)).toBe(true)
      expect(xml).toContain('<loc>https://www.kestrel.example/</loc>')
      expect(xml).toContain('<url><loc>https://www.kestrel.example/blog/a&amp;b</loc><lastmod>2025-01-01T00:00:00.000Z</lastmod></url>')
    }
  })

  it('lists 10,000 articles in well under a second', () => {
    const articles = Array.from({ length: 10_000 }, (_, index) => ({
      id: index,
      documentId: `doc-${index}`,
      slug: `article-${index}`,
      publishedDate: '2025-01-01',
      updatedAt: new Date(Date.UTC(2025, 0, 1) + index * 60_000).toISOString(),
      categories: [category('content', '2025-01-01T00:00:00.000Z')],
      seo: null,
    }))
    const started = performance.now()
    const xml = sitemapXml('https://www.kestrel.example', sitemapPages({ ...sources, articles }))
    expect(performance.now() - started).toBeLessThan(1000)
    const parsed = new XMLParser().parse(xml)
    expect(parsed.urlset.url).toHaveLength(10_000 + 13)
  })
})
