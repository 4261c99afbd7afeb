import { createCmsClient, DEV_REVALIDATE_SECRET } from '@agency/shared'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { SEED_ARTICLE_SLUG } from '@agency/test-support/site-pages'
import { XMLParser, XMLValidator } from 'fast-xml-parser'
import Parser from 'rss-parser'
import { describe, expect, inject, it } from 'vitest'
import { publishArticle } from '../support/cms-fixtures'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cms = createCmsClient({ baseURL: cmsUrl })
/** The site's public origin in the tests (runtimeConfig.public.siteUrl's default). */
const SITE = 'http://localhost:3000'
const SEED_TITLE = 'Social media marketing: to outsource, or not to outsource?'

const rss = new Parser()

async function get(path: string, accept = '*/*'): Promise<{ status: number, type: string, body: string }> {
  const response = await fetch(`${webUrl}${path}`, { headers: { Accept: accept } })
  return { status: response.status, type: response.headers.get('content-type') ?? '', body: await response.text() }
}

/** The addresses a sitemap lists. */
function sitemapLocations(xml: string): Array<{ loc: string, lastmod?: string }> {
  const parsed = new XMLParser().parse(xml)
  return [parsed.urlset.url].flat()
}

/** Every `<link rel="alternate">` of a page, as type → href. */
function alternates(html: string): Array<{ type?: string, href?: string }> {
  return [...html.matchAll(/<link\b[^>]*\brel="alternate"[^>]*>/g)].map(([tag]) => ({
    type: tag.match(/\btype="([^"]+)"/)?.[1],
    href: tag.match(/\bhref="([^"]+)"/)?.[1],
  }))
}

describe('sitemap and robots.txt', () => {
  it('the sitemap lists every page with an absolute address, and each one answers 200', async () => {
    const { status, type, body } = await get('/sitemap.xml')
    expect(status).toBe(200)
    expect(type).toBe('application/xml; charset=utf-8')
    expect(XMLValidator.validate(body)).toBe(true)

    const urls = sitemapLocations(body)
    const locations = urls.map(url => url.loc)
    const [services, categories] = await Promise.all([cms.services.list(), cms.categories.list()])
    expect(locations).toEqual(expect.arrayContaining([
      `${SITE}/`,
      `${SITE}/services`,
      `${SITE}/blog`,
      `${SITE}/free-website-assessment`,
      `${SITE}/about`,
      `${SITE}/privacy`,
      `${SITE}/terms`,
      `${SITE}/blog/${SEED_ARTICLE_SLUG}`,
      `${SITE}/blog/field-notes-4`,
      ...services.map(service => `${SITE}/services/${service.slug}`),
      ...categories.map(category => `${SITE}/blog/category/${category.slug}`),
    ]))
    expect(new Set(locations).size).toBe(locations.length)
    const article = urls.find(url => url.loc.endsWith(`/blog/${SEED_ARTICLE_SLUG}`))
    expect(article?.lastmod).toBe((await cms.articles.bySlug(SEED_ARTICLE_SLUG)).updatedAt)

    for (const location of locations) {
      expect(location.startsWith(`${SITE}/`), location).toBe(true)
      const page = await get(location.slice(SITE.length), 'text/html')
      expect(page.status, location).toBe(200)
    }
  })

  it('robots.txt keeps every crawler out outside production, and still names the sitemap', async () => {
    const { status, type, body } = await get('/robots.txt')
    expect(status).toBe(200)
    expect(type).toBe('text/plain; charset=utf-8')
    expect(body).toBe(`User-agent: *\nDisallow: /\n\nSitemap: ${SITE}/sitemap.xml\n`)
  })

  it('answers a repeated request for an unchanged sitemap with 304', async () => {
    const first = await fetch(`${webUrl}/sitemap.xml`)
    const etag = first.headers.get('etag')
    expect(etag).toBeTruthy()
    const again = await fetch(`${webUrl}/sitemap.xml`, { headers: { 'If-None-Match': etag ?? '' } })
    expect(again.status).toBe(304)
  })
})

describe('article feeds', () => {
  it('RSS 2.0 at /feed.xml carries the latest articles with their full text', async () => {
    const { status, type, body } = await get('/feed.xml')
    expect(status).toBe(200)
    expect(type).toBe('application/rss+xml; charset=utf-8')
    const feed = await rss.parseString(body)
    const item = feed.items.find(entry => entry.title === SEED_TITLE)
    expect(item?.link).toBe(`${SITE}/blog/${SEED_ARTICLE_SLUG}`)
    expect(item?.pubDate).toBe('Thu, 18 Sep 2025 00:00:00 GMT')
    expect(item?.['content:encoded']).toContain('gunfight at the OK Corral')
  })

  it('Atom at /atom.xml carries the same articles', async () => {
    const { status, type, body } = await get('/atom.xml')
    expect(status).toBe(200)
    expect(type).toBe('application/atom+xml; charset=utf-8')
    const feed = await rss.parseString(body)
    expect(feed.items.map(entry => entry.title)).toContain(SEED_TITLE)
    expect(feed.items.find(entry => entry.title === SEED_TITLE)?.content).toContain('gunfight at the OK Corral')
  })

  it('JSON Feed 1.1 at /feed.json carries the same articles', async () => {
    const { status, type, body } = await get('/feed.json')
    expect(status).toBe(200)
    expect(type).toBe('application/feed+json; charset=utf-8')
    const feed = JSON.parse(body)
    expect(feed.version).toBe('https://jsonfeed.org/version/1.1')
    expect(feed.items.length).toBeGreaterThanOrEqual(5)
    expect(feed.items.map((item: { title: string }) => item.title)).toContain(SEED_TITLE)
  })

  it('the hostile-markdown article reaches feed readers without anything active', async () => {
    const { body } = await get('/feed.json')
    const item = JSON.parse(body).items.find((entry: { url: string }) => entry.url.endsWith('/blog/markdown-safety-check'))
    expect(item.content_html).toContain('<strong>bold</strong>')
    expect(item.content_html).not.toMatch(/<(?:script|iframe|form|input|svg)\b/i)
    expect(item.content_html).not.toMatch(/<[^>]+\s(?:on\w+|style)=/i)
    expect(item.content_html).not.toMatch(/(?:href|src)="\s*javascript:/i)
  })

  it.each(['feed.xml', 'atom.xml', 'feed.json'])('a category has its own %s with only its articles', async (file) => {
    const { status, body } = await get(`/blog/category/social-media/${file}`)
    expect(status).toBe(200)
    const titles = file === 'feed.json'
      ? JSON.parse(body).items.map((item: { title: string }) => item.title)
      : (await rss.parseString(body)).items.map(item => item.title)
    expect(titles).toEqual([SEED_TITLE])
  })

  it('an unknown category has no feed', async () => {
    expect((await get('/blog/category/no-such-category/feed.xml')).status).toBe(404)
    expect((await get('/blog/category/Not_A_Slug/atom.xml')).status).toBe(404)
  })

  it('every page announces the blog\'s feeds, and a category page its own as well', async () => {
    const blogFeeds = [
      { type: 'application/rss+xml', href: '/feed.xml' },
      { type: 'application/atom+xml', href: '/atom.xml' },
      { type: 'application/feed+json', href: '/feed.json' },
    ]
    for (const path of ['/', '/about', `/blog/${SEED_ARTICLE_SLUG}`, '/search'])
      expect(alternates((await get(path, 'text/html')).body), path).toEqual(blogFeeds)
    expect(alternates((await get('/blog/category/content', 'text/html')).body)).toEqual([
      ...blogFeeds,
      { type: 'application/rss+xml', href: '/blog/category/content/feed.xml' },
      { type: 'application/atom+xml', href: '/blog/category/content/atom.xml' },
      { type: 'application/feed+json', href: '/blog/category/content/feed.json' },
    ])
  })

  it('a newly published article reaches the sitemap and feeds once the CMS reports it, and leaves when deleted', async () => {
    const token = await createFullAccessToken(cmsUrl)
    const slug = `discovery-check-${Date.now()}`
    const revalidate = (entry: { documentId: string, slug: string }) => fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${DEV_REVALIDATE_SECRET}` },
      body: JSON.stringify({ event: 'entry.publish', model: 'article', entry }),
    })
    const shows = async () => ({
      sitemap: (await get('/sitemap.xml')).body.includes(`${SITE}/blog/${slug}`),
      feed: (await get('/feed.xml')).body.includes(`${SITE}/blog/${slug}`),
      categoryFeed: (await get('/blog/category/content/feed.json')).body.includes(`${SITE}/blog/${slug}`),
    })
    await get('/sitemap.xml')

    await publishArticle(cmsUrl, token, { title: 'Discovery check', slug, body: 'Checks the sitemap.', publishedDate: '2019-05-01', categories: ['content'] })
    const { documentId } = await cms.articles.bySlug(slug)
    try {
      expect((await revalidate({ documentId, slug })).status).toBe(200)
      expect(await shows()).toEqual({ sitemap: true, feed: true, categoryFeed: true })
    }
    finally {
      await fetch(`${cmsUrl}/api/articles/${documentId}`, { method: 'DELETE', headers: { Authorization: `Bearer ${token}` } })
      await revalidate({ documentId, slug })
    }
    expect(await shows()).toEqual({ sitemap: false, feed: false, categoryFeed: false })
  })
})

describe('search', () => {
  it('finds the seed article by a word only its body contains, with the match highlighted', async () => {
    const { status, body } = await get('/search?q=Corral', 'text/html')
    expect(status).toBe(200)
    expect(body).toContain(`href="/blog/${SEED_ARTICLE_SLUG}"`)
    expect(body).toContain('<mark>Corral</mark>')
    expect(body).toMatch(/<title>Search results for “Corral”/)
    expect(body).toMatch(/<meta name="robots" content="noindex/)
  })

  it('finds services and articles, and puts those with the word in their title first', async () => {
    const response = await fetch(`${webUrl}/api/search?q=social`)
    expect(response.status).toBe(200)
    const results = await response.json()
    expect(results.services[0].path).toBe('/services/social-media')
    expect(results.services[0].titleHtml).toBe('<mark>Social</mark> Media')
    expect(results.articles.map((result: { path: string }) => result.path)).toContain(`/blog/${SEED_ARTICLE_SLUG}`)
  })

  it('shows a designed page before anything is searched, and when nothing matches', async () => {
    const empty = await get('/search', 'text/html')
    expect(empty.status).toBe(200)
    expect(empty.body).toContain('What are you looking for?')
    expect(empty.body).toMatch(/<form[^>]*role="search"[^>]*action="\/search"[^>]*method="get"/)

    const none = await get('/search?q=xylophonequartz', 'text/html')
    expect(none.status).toBe(200)
    expect(none.body).toContain('No results for “xylophonequartz”')
  })

  it('escapes what the visitor typed wherever the page shows it', async () => {
    const { status, body } = await get(`/search?q=${encodeURIComponent('<script>alert(1)</script>')}`, 'text/html')
    expect(status).toBe(200)
    // Inside a quoted attribute value (the page's meta tags) `<` is plain text; anywhere else it must be escaped.
    expect(body.replace(/="[^"]*"/g, '=""')).not.toContain('<script>alert(1)')
    expect(body).toContain('No results for “&lt;script&gt;alert(1)&lt;/script&gt;”')
    expect(body).toContain('value="&lt;script&gt;alert(1)&lt;/script&gt;"')
  })

  it.each([
    ['a quote', encodeURIComponent('"')],
    ['a percent sign', encodeURIComponent('%')],
    ['a raw percent sign', '%'],
    ['a broken escape', '%E0%A4%A'],
    ['an underscore', '_'],
    ['a backslash', encodeURIComponent('\\')],
    ['an umlaut', encodeURIComponent('ü')],
    ['a repeated parameter', 'a&q=b'],
    ['10,000 characters', 'x'.repeat(10_000)],
  ])('%s gives a clean page or a clear 400, quickly', async (_name, query) => {
    const started = Date.now()
    for (const path of [`/search?q=${query}`, `/api/search?q=${query}`]) {
      const { status, body } = await get(path, path.startsWith('/api') ? 'application/json' : 'text/html')
      expect([200, 400], `${path.slice(0, 60)} → ${status}`).toContain(status)
      if (status === 400 && !path.startsWith('/api'))
        expect(body).toContain('Please shorten your search to 200 characters or fewer.')
    }
    expect(Date.now() - started).toBeLessThan(3000)
  })

  it('refuses a query longer than 200 characters with 400 and says why', async () => {
    const { status, body } = await get(`/search?q=${'word '.repeat(60)}`, 'text/html')
    expect(status).toBe(400)
    expect(body).toContain('That search is too long')
    expect(body).toContain('Please shorten your search to 200 characters or fewer.')
  })
})
