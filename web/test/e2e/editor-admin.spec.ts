import type { RunningProcess } from '@agency/test-support/processes'
import type { Page } from 'playwright-core'
import type { Browser } from '../support/browser'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { DEV_ASSESSMENT_API_TOKEN } from '@agency/shared'
import { cmsRequest, createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsWithAdmin } from '@agency/test-support/cms-server'
import { freePort } from '@agency/test-support/ports'
import { eventually } from '@agency/test-support/wait'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { screenshotPath } from '../support/browser'
import { describeInBrowser } from '../support/browser-suite'
import { confirmed, EDITOR, inviteEditor } from '../support/editor'
import { startTestSite } from '../support/stack'

const REVALIDATE_SECRET = 'e2e-editor-revalidate-secret'
const PREVIEW_SECRET = 'e2e-editor-preview-secret'
const SUBMISSIONS = 'api::assessment-submission.assessment-submission'

/** A 1×1 PNG: the cover an editor uploads from their computer. */
const COVER = { name: 'landing-page-cover.png', mimeType: 'image/png', buffer: Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64') }

/**
 * An editor's day in the real admin, signed in with the Editor role: write and publish an article,
 * follow up a lead, export the leads. The CMS runs with its built admin panel and a site whose cache
 * the publish webhook purges.
 */
describeInBrowser('the editor\'s day in the admin, in Chromium', (browser: () => Browser) => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-editor-'))
  const slug = `landing-pages-that-convert-${crypto.randomUUID().slice(0, 6)}`
  const title = 'Landing pages that convert'
  let cms: RunningProcess
  let site: RunningProcess
  let page: Page
  let fullAccess = ''
  let leadId = ''

  beforeAll(async () => {
    const [cmsPort, sitePort] = [await freePort(), await freePort()]
    const cmsUrl = `http://127.0.0.1:${cmsPort}`
    const siteUrl = `http://127.0.0.1:${sitePort}`
    cms = await startCmsWithAdmin({
      database: { client: 'sqlite', file: path.join(dataDir, 'data.db') },
      port: cmsPort,
      env: { SITE_URL: siteUrl, SITE_REVALIDATE_URL: `${siteUrl}/api/revalidate`, REVALIDATE_SECRET, PREVIEW_SECRET },
    })
    site = await startTestSite({
      cmsUrl,
      port: sitePort,
      outboxDir: path.join(dataDir, 'outbox'),
      env: { NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET, NUXT_PREVIEW_SECRET: PREVIEW_SECRET, NUXT_CMS_PUBLIC_URL: cmsUrl },
    })
    fullAccess = await createFullAccessToken(cms.url)
    await inviteEditor(cms.url)
    const lead = await cmsRequest<{ data: { documentId: string } }>(`${cms.url}/api/assessment-submissions`, {
      method: 'POST',
      token: DEV_ASSESSMENT_API_TOKEN,
      body: JSON.stringify({ data: { name: 'Ada Baker', email: 'ada@harbor-bakery.example', company: 'Harbor Bakery', websiteUrl: 'https://harbor-bakery.example/', consent: true, services: ['web-design'], idempotencyKey: crypto.randomUUID() } }),
    })
    leadId = lead.data.documentId
    page = await browser().newPage('desktop')
  }, 420_000)

  afterAll(async () => {
    await page?.close()
    await site?.stop()
    await cms?.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('signs the editor in, with no tour or announcement in the way, and greets them with the lead and draft widgets', async () => {
    await page.goto(`${cms.url}/admin/auth/login`)
    await page.getByLabel('Email').fill(EDITOR.email)
    await page.getByLabel('Password').fill(EDITOR.password)
    await page.getByRole('button', { name: 'Login' }).click()
    await page.getByRole('heading', { name: /Hello Eda/ }).waitFor()
    for (const widget of ['New leads this week', 'Latest website audits', 'Drafts waiting to be published'])
      await page.getByText(widget, { exact: true }).waitFor()
    expect(await page.getByText('Introducing the new Media Library').count()).toBe(0)
    expect(await page.getByText('Discover your application!').count()).toBe(0)
    await page.screenshot({ path: screenshotPath('admin-editor-home') })
  })

  it('writes an article with a category and an uploaded cover, previews it, publishes it and sees it on the site within a second', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::article.article/create`)
    await page.getByRole('textbox', { name: 'Title' }).fill(title)
    await page.getByRole('textbox', { name: 'Address (slug)' }).fill(slug)
    await page.getByRole('textbox', { name: 'Summary' }).fill('What we change first on a landing page that does not convert.')
    await page.locator('.CodeMirror').click()
    await page.keyboard.type('Start with the headline: say what the visitor gets.')
    await page.getByRole('textbox', { name: 'Name' }).first().fill(`${EDITOR.firstname} ${EDITOR.lastname}`)
    await page.getByRole('combobox', { name: 'Categories' }).click()
    await page.getByRole('option', { name: 'Content' }).click()
    await page.getByRole('combobox', { name: 'Date shown' }).fill('12/05/2026')
    await page.keyboard.press('Tab')

    await page.getByRole('region', { name: 'Cover image' }).getByRole('button', { name: /Click to add an asset/ }).click()
    const assets = page.getByRole('dialog', { name: 'Add new assets' })
    await assets.getByRole('button', { name: 'Add more assets' }).click()
    await assets.locator('input[type="file"]').setInputFiles(COVER)
    await assets.getByRole('button', { name: 'Upload 1 asset to the library' }).click()
    await assets.getByRole('button', { name: 'Finish' }).click()
    await page.getByRole('region', { name: 'Cover image' }).getByRole('img', { name: COVER.name }).waitFor()

    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.screenshot({ path: screenshotPath('admin-editor-article') })

    await page.getByRole('link', { name: 'Open preview' }).click()
    const preview = page.frameLocator('iframe')
    await preview.getByRole('heading', { level: 1, name: title }).waitFor({ timeout: 15_000 })
    await preview.getByText('you are seeing unpublished changes').waitFor()
    expect((await fetch(`${site.url}/blog/${slug}`)).status).toBe(404)
    await page.goBack()

    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    const publishedAt = Date.now()
    const html = await eventually(async () => {
      const response = await fetch(`${site.url}/blog/${slug}`)
      return response.status === 200 ? response.text() : null
    }, { timeoutMs: 1_000, intervalMs: 50, awaiting: `/blog/${slug} on the site within a second of publishing` })
    expect(Date.now() - publishedAt).toBeLessThanOrEqual(1_000)
    expect(html).toContain(title)
    expect(html).not.toContain('you are seeing unpublished changes')

    const { data: [article] } = await cmsRequest<{ data: Array<{ cover: { url: string } | null, categories: Array<{ slug: string }> }> }>(
      `${cms.url}/api/articles?filters[slug][$eq]=${slug}`,
      { token: fullAccess },
    )
    expect(article?.cover).toMatchObject({ url: expect.stringMatching(/^\/uploads\/landing_page_cover_\w+\.png$/), mime: 'image/png', width: 1, height: 1 })
    expect(article?.categories.map(category => category.slug)).toEqual(['content'])
  })

  it('renames the published article: the old address stays until the new one is published, then answers 301 to it within a second', async () => {
    const renamed = `${slug}-renamed`
    await page.getByRole('textbox', { name: 'Address (slug)' }).fill(renamed)
    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    expect((await fetch(`${site.url}/blog/${slug}`, { redirect: 'manual' })).status).toBe(200)

    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    const publishedAt = Date.now()
    const location = await eventually(async () => {
      const response = await fetch(`${site.url}/blog/${slug}`, { redirect: 'manual' })
      return response.status === 301 ? response.headers.get('location') : null
    }, { timeoutMs: 1_000, intervalMs: 50, awaiting: `a 301 from /blog/${slug} within a second of publishing` })
    expect(Date.now() - publishedAt).toBeLessThanOrEqual(1_000)
    expect(location).toBe(`/blog/${renamed}`)
    expect((await fetch(`${site.url}/blog/${renamed}`)).status).toBe(200)
  })

  it('is told why a redirect over a published page is refused, and confirms it', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::redirect.redirect/create`)
    await page.getByRole('textbox', { name: 'Old address' }).fill('/blog/category/social-media')
    await page.getByRole('textbox', { name: 'New address' }).fill('/blog')
    await page.getByRole('button', { name: 'Save' }).click()
    await page.getByText('is the address of the published category "Social Media"', { exact: false }).first().waitFor()
    await page.screenshot({ path: screenshotPath('admin-editor-redirect-refused') })

    await page.getByRole('checkbox', { name: 'Replace a live page' }).click()
    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    const location = await eventually(async () => {
      const answer = await fetch(`${site.url}/blog/category/social-media`, { redirect: 'manual' })
      return answer.status === 301 ? answer.headers.get('location') : null
    }, { timeoutMs: 1_000, intervalMs: 50, awaiting: 'the redirect on the site' })
    expect(location).toBe('/blog')
  })

  it('changes the home page: a new headline, sections reordered, an FAQ and a testimonial added; previews it and sees it on the site within a second of publishing', async () => {
    const headline = 'Websites that keep the phone ringing'
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::testimonial.testimonial/create`)
    await page.getByRole('textbox', { name: 'Quote' }).fill('They rebuilt our site in six weeks and the phone has not stopped ringing.')
    await page.getByRole('textbox', { name: 'Name' }).fill('Maria Lopez')
    await page.getByRole('textbox', { name: 'Company' }).fill('Harbor Bakery')
    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')

    const { data: [home] } = await cmsRequest<{ data: Array<{ documentId: string }> }>(`${cms.url}/api/pages?${new URLSearchParams({ 'filters[slug][$eq]': 'home' })}`)
    await page.goto(`${cms.url}/admin/content-manager/collection-types/api::page.page/${home?.documentId}`)
    const sections = page.getByRole('list').filter({ has: page.getByRole('button', { name: /^Hero - / }) }).getByRole('listitem')
    await page.getByRole('button', { name: /^Hero - / }).click()
    await page.getByRole('region', { name: /^Hero - / }).getByRole('textbox', { name: 'Heading', exact: true }).fill(headline)

    // Latest articles moves above the selected work and the process steps, with the keyboard as the admin describes.
    await sections.nth(4).getByRole('button', { name: 'Drag' }).focus()
    await page.keyboard.press('Space')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('ArrowUp')
    await page.keyboard.press('Space')

    await page.getByRole('button', { name: 'Add a component to Sections' }).click()
    await page.getByRole('button', { name: 'FAQ', exact: true }).click()
    const faq = page.getByRole('region', { name: 'FAQ' })
    await faq.getByRole('textbox', { name: 'Heading', exact: true }).fill('Questions we hear')
    await faq.getByRole('heading', { level: 3 }).getByRole('button').first().click()
    await faq.getByRole('textbox', { name: 'Question', exact: true }).fill('How long does a new website take?')
    await faq.locator('.CodeMirror').click()
    await page.keyboard.type('Most sites launch six to ten weeks after the first call.')

    await page.getByRole('button', { name: 'Add a component to Sections' }).click()
    await page.getByRole('button', { name: 'Testimonials', exact: true }).click()
    const testimonials = page.getByRole('region', { name: 'Testimonials' })
    await testimonials.getByRole('textbox', { name: 'Heading', exact: true }).fill('What clients say')
    await testimonials.getByRole('combobox', { name: 'Testimonials shown' }).click()
    await page.getByRole('option', { name: /Maria Lopez/ }).click()

    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.screenshot({ path: screenshotPath('admin-editor-home-page'), fullPage: true })

    await page.getByRole('link', { name: 'Open preview' }).click()
    const preview = page.frameLocator('iframe')
    await preview.getByRole('heading', { level: 1, name: headline }).waitFor({ timeout: 15_000 })
    await preview.getByRole('heading', { name: 'Questions we hear' }).waitFor()
    expect(await (await fetch(`${site.url}/`)).text()).not.toContain(headline)
    await page.goBack()

    await page.getByRole('button', { name: 'Publish' }).click()
    await confirmed(page, 'Published document')
    const publishedAt = Date.now()
    const html = await eventually(async () => {
      const text = await (await fetch(`${site.url}/`)).text()
      return text.includes(headline) ? text : null
    }, { timeoutMs: 1_000, intervalMs: 50, awaiting: 'the new headline on the home page within a second of publishing' })
    expect(Date.now() - publishedAt).toBeLessThanOrEqual(1_000)
    const order = ['From the blog', 'A simple process, with no surprises', 'Find out what your website could be doing better', 'Questions we hear', 'What clients say'].map(text => html.indexOf(text))
    expect(order.every(index => index > 0)).toBe(true)
    expect(order).toEqual([...order].sort((a, b) => a - b))
    expect(html).toContain('Most sites launch six to ten weeks after the first call.')
    expect(html).toContain('They rebuilt our site in six weeks and the phone has not stopped ringing.')
  })

  it('reads the lead\'s audit as a report and moves the lead to contacted with a note', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${SUBMISSIONS}/${leadId}`)
    await page.getByText('Website audit', { exact: true }).waitFor()
    await page.getByRole('list', { name: 'Checks' }).waitFor({ timeout: 15_000 })
    await page.getByRole('combobox', { name: 'Stage' }).click()
    await page.getByRole('option', { name: 'contacted' }).click()
    await page.getByRole('textbox', { name: 'Team notes' }).fill('Called Ada; sending a proposal on Friday.')
    await page.getByRole('button', { name: 'Save' }).click()
    await confirmed(page, 'Saved document')
    await page.screenshot({ path: screenshotPath('admin-editor-lead'), fullPage: true })

    const { data: lead } = await cmsRequest<{ data: { stage: string, notes: string } }>(`${cms.url}/api/assessment-submissions/${leadId}`, { token: fullAccess })
    expect(lead).toMatchObject({ stage: 'contacted', notes: 'Called Ada; sending a proposal on Friday.' })
  })

  it('exports the contacted leads to a CSV file', async () => {
    await page.goto(`${cms.url}/admin/content-manager/collection-types/${SUBMISSIONS}`)
    await page.getByRole('button', { name: 'Export to CSV' }).click()
    await page.getByRole('checkbox', { name: 'Contacted' }).click()
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Download CSV' }).click()])
    expect(download.suggestedFilename()).toMatch(/^leads-\d{4}-\d{2}-\d{2}\.csv$/)
    const rows = parse(fs.readFileSync(await download.path(), 'utf8'), { bom: true, columns: true }) as Array<Record<string, string>>
    expect(rows).toEqual([expect.objectContaining({ Name: 'Ada Baker', Company: 'Harbor Bakery', Stage: 'contacted', Services: 'Web Design', Notes: 'Called Ada; sending a proposal on Friday.' })])
  })
})
