import type { Browser } from '../support/browser'
import { createCmsClient, DEV_REVALIDATE_SECRET } from '@agency/shared'
import { chromiumUnavailableReason } from '@agency/test-support/chromium'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { SEED_CASE_STUDY_SLUG } from '@agency/test-support/site-pages'
import { describeIfAvailable } from '@agency/test-support/suites'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { launchBrowser } from '../support/browser'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cms = createCmsClient({ baseURL: cmsUrl })
/** The site's public origin in the tests (runtimeConfig.public.siteUrl's default). */
const SITE = 'http://localhost:3000'

async function get(path: string): Promise<{ status: number, html: string, text: string }> {
  const response = await fetch(`${webUrl}${path}`, { headers: { Accept: 'text/html' } })
  const html = await response.text()
  const text = html.replace(/<(script|style)[\s\S]*?<\/\1>/g, ' ').replace(/<[^>]+>/g, ' ').replace(/&#x27;/g, '\'').replace(/&amp;/g, '&').replace(/\s+/g, ' ')
  return { status: response.status, html, text }
}

const graphOf = (html: string) => [...html.matchAll(/<script type="application\/ld\+json"[^>]*>([\s\S]*?)<\/script>/g)]
  .flatMap(([, json]) => (JSON.parse(json ?? '{}') as { '@graph': Array<Record<string, unknown>> })['@graph'])

describe('the work pages', () => {
  it('/work lists every published case study, newest first, with its client, summary and results', async () => {
    const { items } = await cms.caseStudies.list({ pageSize: 100 })
    expect(items.length).toBeGreaterThanOrEqual(3)
    const { status, text, html } = await get('/work')
    expect(status).toBe(200)
    for (const study of items) {
      expect(text).toContain(study.title)
      expect(text).toContain(study.client)
      expect(html).toContain(`href="/work/${study.slug}"`)
      expect(text).toContain(study.results[0]?.figure)
    }
    expect(items.map(study => text.indexOf(study.title))).toEqual([...items.map(study => text.indexOf(study.title))].sort((a, b) => a - b))
    expect(html).toMatch(/<a href="\/work" aria-current="page" class="work-filter__link"/)
  })

  it('/work?service= lists only that service\'s case studies, and answers 404 for a filter it does not offer', async () => {
    const { items } = await cms.caseStudies.list({ service: 'web-marketing' })
    const others = (await cms.caseStudies.list({ pageSize: 100 })).items.filter(study => !items.some(item => item.slug === study.slug))
    expect(items.length).toBeGreaterThan(0)
    expect(others.length).toBeGreaterThan(0)
    const { status, text, html } = await get('/work?service=web-marketing')
    expect(status).toBe(200)
    for (const study of items)
      expect(text).toContain(study.title)
    for (const study of others)
      expect(text).not.toContain(study.title)
    expect(html).toMatch(/<a href="\/work\?service=web-marketing" aria-current="page"/)
    expect(html).toContain(`<link rel="canonical" href="${SITE}/work?service=web-marketing">`)
    expect((await get('/work?service=no-such-service')).status).toBe(404)
    expect((await get('/work?service=supporting-services')).status).toBe(404)
    expect((await get('/work?page=9')).status).toBe(404)
  })

  it('a case study: its story rendered from markdown, results, facts, testimonial, described pictures and others to read', async () => {
    const study = await cms.caseStudies.bySlug(SEED_CASE_STUDY_SLUG)
    const { status, text, html } = await get(`/work/${study.slug}`)
    expect(status).toBe(200)
    expect(html.match(/<h1[\s>]/g)).toHaveLength(1)
    for (const heading of ['The challenge', 'Our approach', 'The outcome', 'Results', 'From the project', 'More of our work'])
      expect(html).toMatch(new RegExp(`<h2[^>]*>\\s*${heading}\\s*</h2>`))
    expect(html).toMatch(/<strong>(?:<!--\[-->)?A brand that smells of bread\.(?:<!--\]-->)?<\/strong>/)
    for (const result of study.results) {
      expect(text).toContain(result.figure)
      expect(text).toContain(result.label)
    }
    expect(text).toContain(study.testimonial?.quote)
    for (const picture of [study.cover, ...study.gallery])
      expect(html).toContain(`alt="${picture.alternativeText?.replace(/&/g, '&amp;').replace(/'/g, '&#39;')}"`)
    for (const service of study.services)
      expect(html).toContain(`href="/services/${service.slug}"`)
    expect(html).toMatch(/<a href="https:\/\/loafandladle\.example" rel="noopener noreferrer"/)
    expect(html).toMatch(/<nav [^>]*aria-label="Breadcrumb"/)
    expect((await get('/work/no-such-case-study')).status).toBe(404)
  })

  it('describes a case study as a CreativeWork for its client, with breadcrumbs', async () => {
    const study = await cms.caseStudies.bySlug(SEED_CASE_STUDY_SLUG)
    const graph = graphOf((await get(`/work/${study.slug}`)).html)
    expect(graph.find(node => node['@type'] === 'CreativeWork')).toMatchObject({
      name: study.title,
      url: `${SITE}/work/${study.slug}`,
      sourceOrganization: { '@type': 'Organization', 'name': study.client, 'url': study.liveUrl },
      creator: { '@id': `${SITE}/#organization` },
      image: expect.stringMatching(/^http:\/\/localhost:3000\/uploads\/.+\.jpg$/),
    })
    const crumbs = graph.find(node => node['@type'] === 'BreadcrumbList')?.itemListElement as Array<{ name: string, item: string }>
    expect(crumbs.map(crumb => crumb.item)).toEqual([`${SITE}/`, `${SITE}/work`, `${SITE}/work/${study.slug}`])
    expect(graphOf((await get('/work')).html).find(node => node['@type'] === 'BreadcrumbList')).toBeDefined()
  })

  it('a service page shows its case studies and links to all of them', async () => {
    const { items } = await cms.caseStudies.list({ service: 'web-design' })
    const { html, text } = await get('/services/web-design')
    for (const study of items.slice(0, 3))
      expect(text).toContain(study.title)
    expect(html).toContain('href="/work?service=web-design"')
    const { text: support } = await get('/services/supporting-services')
    expect(support).not.toContain('in our work')
  })

  it('the home page shows the selected work block, and the header links to the work', async () => {
    const { items } = await cms.caseStudies.list({ pageSize: 3 })
    const { html, text } = await get('/')
    for (const study of items)
      expect(text).toContain(study.title)
    expect(html).toMatch(/<a href="\/work"[^>]*>\s*See all our work/)
    expect(html).toMatch(/<a href="\/work"[^>]*>\s*Work\s*<\/a>/)
  })

  it('the sitemap lists the work page and every case study; search finds a case study by its client', async () => {
    const { items } = await cms.caseStudies.list({ pageSize: 100 })
    const sitemap = await fetch(`${webUrl}/sitemap.xml`).then(response => response.text())
    expect(sitemap).toContain(`<loc>${SITE}/work</loc>`)
    for (const study of items)
      expect(sitemap).toContain(`<loc>${SITE}/work/${study.slug}</loc>`)
    const { html } = await get('/search?q=Tidewater')
    expect(html).toContain('href="/work/tidewater-physiotherapy-online-booking"')
    expect(html).toMatch(/Case studies <span class="search-page__count"[^>]*>1<\/span>/)
  })

  it('publishing a case study reaches the work pages, its services\' pages and the pages with selected work', async () => {
    const token = await createFullAccessToken(cmsUrl)
    const request = (path: string, init: RequestInit = {}) => fetch(`${cmsUrl}${path}`, { ...init, headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' } })
    const seeded = await cms.caseStudies.bySlug(SEED_CASE_STUDY_SLUG)
    const slug = `harbour-cafe-${Date.now()}`
    const revalidate = (documentId: string) => fetch(`${webUrl}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${DEV_REVALIDATE_SECRET}` },
      body: JSON.stringify({ event: 'entry.publish', model: 'case-study', entry: { documentId, slug } }),
    })
    const title = 'A harbour café books its tables online'
    const shown = async () => ({
      work: (await get('/work')).text.includes(title),
      filtered: (await get('/work?service=social-media')).text.includes(title),
      service: (await get('/services/social-media')).text.includes(title),
      home: (await get('/')).text.includes(title),
    })
    expect(await shown()).toEqual({ work: false, filtered: false, service: false, home: false })

    const created = await request('/api/case-studies?status=published', {
      method: 'POST',
      body: JSON.stringify({ data: {
        title,
        slug,
        client: 'Harbour Café',
        industry: 'Food and hospitality',
        year: 2099,
        summary: 'A café takes table bookings online.',
        challenge: 'Bookings by phone.',
        approach: 'A booking page.',
        outcome: 'Fewer calls.',
        services: [(await cms.services.bySlug('social-media')).documentId],
        cover: seeded.cover.id,
      } }),
    })
    expect(created.status).toBe(201)
    const { data } = await created.json() as { data: { documentId: string } }
    try {
      expect((await revalidate(data.documentId)).status).toBe(200)
      expect(await shown()).toEqual({ work: true, filtered: true, service: true, home: true })
      expect((await get(`/work/${slug}`)).status).toBe(200)
    }
    finally {
      await request(`/api/case-studies/${data.documentId}`, { method: 'DELETE' })
      await revalidate(data.documentId)
    }
    expect(await shown()).toEqual({ work: false, filtered: false, service: false, home: false })
  })
})

describeIfAvailable('the work pages in Chromium with scripts off', chromiumUnavailableReason(), () => {
  let browser: Browser | undefined
  beforeAll(async () => {
    browser = await launchBrowser({ javaScriptEnabled: false })
  })
  afterAll(async () => {
    await browser?.close()
  })

  it('filters the work by service by following its link, and back to all work', async () => {
    if (!browser)
      throw new Error('Chromium did not start')
    const page = await browser.newPage('phone')
    try {
      await page.goto(`${webUrl}/work`)
      const all = await page.locator('.case-study-card').count()
      const filter = page.getByRole('navigation', { name: 'Filter by service' })
      await filter.getByRole('link', { name: 'Web Marketing' }).click()
      await page.waitForURL(/\/work\?service=web-marketing$/)
      const { items } = await cms.caseStudies.list({ service: 'web-marketing' })
      const titles = await page.locator('.case-study-card h2').allTextContents()
      expect(titles.map(title => title.trim())).toEqual(items.map(study => study.title))
      expect(items.length).toBeLessThan(all)
      expect(await filter.getByRole('link', { name: 'Web Marketing' }).getAttribute('aria-current')).toBe('page')

      await filter.getByRole('link', { name: 'All work' }).click()
      await page.waitForURL(/\/work$/)
      expect(await page.locator('.case-study-card').count()).toBe(all)
      await page.getByRole('link', { name: items[0]?.title ?? '' }).first().click()
      await page.waitForURL(new RegExp(`/work/${items[0]?.slug}$`))
      expect(await page.locator('h1').textContent()).toContain(items[0]?.title)
    }
    finally {
      await page.close()
    }
  })
})
