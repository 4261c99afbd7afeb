import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createCmsClient } from '@agency/shared'
import { freePort } from '@agency/test-support/ports'
import { SCRIPT_FREE_PAGES, SEED_ARTICLE_SLUG } from '@agency/test-support/site-pages'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { startTestSite } from '../support/stack'

const webUrl = inject('webUrl')
const cms = createCmsClient({ baseURL: inject('cmsUrl') })

async function get(path: string): Promise<{ status: number, html: string, text: string }> {
  const response = await fetch(`${webUrl}${path}`, { headers: { Accept: 'text/html' } })
  const html = await response.text()
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, '\'').replace(/&amp;/g, '&').replace(/\s+/g, ' ')
  return { status: response.status, html, text }
}

describe('pages render their CMS content with a real status', () => {
  it('home: the promise, the six services, the latest articles and the assessment call to action', async () => {
    const [global, services, latest] = await Promise.all([cms.global.get(), cms.services.list(), cms.articles.list({ pageSize: 3 })])
    const { status, text } = await get('/')
    expect(status).toBe(200)
    expect(text).toContain(global.tagline)
    for (const service of services)
      expect(text).toContain(service.title)
    for (const article of latest.items)
      expect(text).toContain(article.title)
    expect(text).toContain('FREE Website Assessment')
  })

  it('services: every service with its summary', async () => {
    const services = await cms.services.list()
    const { status, text } = await get('/services')
    expect(status).toBe(200)
    for (const service of services)
      expect(text).toContain(service.summary)
  })

  it('a service page: body, highlights, call to action and the other services', async () => {
    for (const service of await cms.services.list()) {
      const { status, text, html } = await get(`/services/${service.slug}`)
      expect(status, service.slug).toBe(200)
      expect(text).toContain(service.title)
      for (const highlight of service.highlights)
        expect(text).toContain(highlight.title)
      expect(text).toContain(service.ctaText)
      expect(html).toContain('href="/free-website-assessment"')
      expect(html).toMatch(/<h2[^>]*>/)
    }
  })

  it('the article: full body rendered from markdown, author, date, reading time and category links', async () => {
    const article = await cms.articles.bySlug(SEED_ARTICLE_SLUG)
    const { status, text, html } = await get(`/blog/${SEED_ARTICLE_SLUG}`)
    expect(status).toBe(200)
    expect(text).toContain(article.title)
    expect(text).toContain('gunfight at the OK Corral')
    expect(text).toContain('rock-solid, efficient social presence that delivers the best results for your company')
    const paragraphs = article.body.trim().split(/\n{2,}/).length
    expect(html.match(/<p>/g)?.length ?? 0).toBeGreaterThanOrEqual(paragraphs)
    expect(text).toContain(article.author.name)
    expect(text).toContain('September 18, 2025')
    expect(text).toContain(`${article.readingTimeMinutes} min read`)
    for (const category of article.categories)
      expect(html).toContain(`href="/blog/category/${category.slug}"`)
    expect(text).toContain('Keep reading')
  })

  it('a category page lists its articles', async () => {
    const category = await cms.categories.bySlug('social-media')
    const { status, text } = await get('/blog/category/social-media')
    expect(status).toBe(200)
    expect(text).toContain(category.name)
    expect(text).toContain('Social media marketing: to outsource, or not to outsource?')
  })

  it('the assessment page offers every service as a choice', async () => {
    const { status, html } = await get('/free-website-assessment')
    expect(status).toBe(200)
    for (const service of await cms.services.list())
      expect(html).toContain(`value="${service.slug}"`)
  })

  it.each([
    { path: '/about', heading: 'A small studio that treats your website as a business tool' },
    { path: '/privacy', heading: 'Privacy policy' },
    { path: '/terms', heading: 'Terms of use' },
  ])('$path renders its markdown page', async ({ path, heading }) => {
    const { status, text } = await get(path)
    expect(status).toBe(200)
    expect(text).toContain(heading)
  })

  it.each([
    '/no-such-page',
    '/services/no-such-service',
    '/blog/no-such-article',
    '/blog/category/no-such-category',
    '/blog?page=999',
    '/blog?page=0',
    '/blog?page=two',
  ])('%s answers 404 with the designed page', async (path) => {
    const { status, text } = await get(path)
    expect(status).toBe(404)
    expect(text).toContain('We can\'t find that page')
    expect(text).not.toMatch(/H3Error|at \w+ \(/)
  })

  it('the assessment page loads only its small form script', async () => {
    const { html } = await get('/free-website-assessment')
    const scripts = [...html.matchAll(/<script[^>]+src="([^"]+)"/g)].map(([, src]) => src)
    expect(scripts).toHaveLength(1)
    expect(scripts[0]).toMatch(/^\/_scripts\/assessment-form-\w+\.js$/)
    expect(html).not.toMatch(/rel="modulepreload"/)
  })

  it('pages ship no JavaScript bundle', async () => {
    for (const page of SCRIPT_FREE_PAGES) {
      const { html } = await get(page.path)
      expect(html, page.path).not.toMatch(/<script[^>]+src=|rel="modulepreload"/)
    }
  })
})

describe('when the CMS is unreachable', () => {
  let downSite: { url: string, stop: () => Promise<void> }
  const outboxDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-outbox-'))

  beforeAll(async () => {
    downSite = await startTestSite({
      cmsUrl: `http://127.0.0.1:${await freePort()}`,
      outboxDir,
      env: { NUXT_CMS_TIMEOUT_MS: '1000' },
    })
  })

  afterAll(async () => {
    await downSite.stop()
    fs.rmSync(outboxDir, { recursive: true, force: true })
  })

  it.each(['/', '/blog', `/blog/${SEED_ARTICLE_SLUG}`])('%s answers 503 with a friendly page and no stack trace', async (route) => {
    const response = await fetch(`${downSite.url}${route}`, { headers: { Accept: 'text/html' } })
    const html = await response.text()
    expect(response.status).toBe(503)
    expect(html).toContain('We&#x27;ll be right back')
    expect(html).not.toMatch(/ECONNREFUSED|CmsError|H3Error|node_modules|at \w+ \(/)
  })
})
