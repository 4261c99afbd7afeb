import type { Page } from 'playwright-core'
import crypto from 'node:crypto'
import { TEST_NOTIFY_EMAIL } from '@agency/test-support/cms-server'
import { droppedMail } from '@agency/test-support/smtp'
import { eventually } from '@agency/test-support/wait'
import { expect, inject, it } from 'vitest'
import { countSubmissions } from '../support/assessments'
import { launchBrowser, screenshotPath } from '../support/browser'
import { describeInBrowser } from '../support/browser-suite'

const webUrl = inject('webUrl')
const cmsUrl = inject('cmsUrl')
const cmsToken = inject('cmsToken')
const mailDir = inject('mailDir')
const fixtureSiteUrl = inject('fixtureSiteUrl')

/** After storing a request the CMS audits the website and sends two emails; on a busy machine that takes a while. */
const PIPELINE_TIMEOUT_MS = 20_000

interface StoredSubmission {
  email: string
  websiteUrl: string
  sourcePage: string | null
  score: number | null
  auditReport: { checks: unknown[] } | null
  services: Array<{ slug: string }>
}

async function storedSubmission(company: string): Promise<StoredSubmission | undefined> {
  const query = new URLSearchParams({ 'filters[company][$eq]': company })
  const response = await fetch(`${cmsUrl}/api/assessment-submissions?${query}`, { headers: { Authorization: `Bearer ${cmsToken}` } })
  const { data } = await response.json() as { data: StoredSubmission[] }
  return data[0]
}

async function fillValid(page: Page, company: string, email: string): Promise<void> {
  await page.fill('#field-name', 'Mary Jackson')
  await page.fill('#field-email', email)
  await page.fill('#field-company', company)
  await page.fill('#field-websiteUrl', fixtureSiteUrl)
  // Leaving the last field fires its change event, which clears its error and moves the layout;
  // do that before clicking, or the click lands where the checkbox used to be.
  await page.keyboard.press('Tab')
  await page.check('input[name="services"][value="web-design"]')
  await page.check('#field-consent')
}

describeInBrowser('the FREE Website Assessment form, in Chromium', (browser) => {
  it('with JavaScript: inline errors first, then the thank-you page, the stored and audited request, and both emails', async () => {
    const page = await browser().newPage('phone')
    const company = `Wind Tunnel ${crypto.randomUUID().slice(0, 8)}`
    const email = `mary.${crypto.randomUUID().slice(0, 8)}@wind-tunnel.example`
    try {
      await page.goto(`${webUrl}/services/web-design`)
      await page.getByRole('link', { name: /Website Assessment/ }).first().click()
      await page.waitForURL(`${webUrl}/free-website-assessment`)
      await page.fill('#field-email', 'mary@')
      await page.click('button[type="submit"]')

      await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('field-name')
      expect(await page.getAttribute('#field-email', 'aria-invalid')).toBe('true')
      const describedBy = await page.getAttribute('#field-email', 'aria-describedby') ?? ''
      expect(await page.locator(`#${describedBy.split(' ').pop()}`).textContent()).toContain('name@example.com')
      expect(await page.getByRole('alert').textContent()).toContain('Some details need another look.')
      await page.screenshot({ path: screenshotPath('assessment-errors-phone'), fullPage: true })
      expect(await countSubmissions(cmsUrl, cmsToken, { company })).toBe(0)

      await fillValid(page, company, email)
      await page.waitForTimeout(1000)
      await page.click('button[type="submit"]')
      await page.waitForURL(`${webUrl}/free-website-assessment/thank-you`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Thank you')
      await page.screenshot({ path: screenshotPath('assessment-thank-you-phone'), fullPage: true })

      const stored = await eventually(async () => {
        const submission = await storedSubmission(company)
        return submission?.auditReport ? submission : undefined
      }, { timeoutMs: PIPELINE_TIMEOUT_MS, awaiting: 'the audited submission' })
      expect(stored).toMatchObject({ email, websiteUrl: fixtureSiteUrl, sourcePage: '/services/web-design' })
      expect(stored.services.map(service => service.slug)).toEqual(['web-design'])
      expect(stored.score).toBeGreaterThan(0)
      expect(stored.auditReport?.checks.length).toBeGreaterThanOrEqual(12)

      const team = await eventually(() => droppedMail(mailDir).find(mail => mail.to.includes(TEST_NOTIFY_EMAIL) && mail.subject.includes(company)), { timeoutMs: PIPELINE_TIMEOUT_MS, awaiting: 'the notification to the team' })
      expect(team.text).toContain(email)
      const visitor = await eventually(() => droppedMail(mailDir).find(mail => mail.to.includes(email)), { timeoutMs: PIPELINE_TIMEOUT_MS, awaiting: 'the confirmation to the visitor' })
      expect(visitor.subject).toContain('FREE Website Assessment')
      expect(visitor.text).toContain('Mary Jackson')
    }
    finally {
      await page.close()
    }
  })

  it('without JavaScript: the page comes back with messages and input, then the thank-you page', async () => {
    const noScripts = await launchBrowser({ javaScriptEnabled: false })
    const page = await noScripts.newPage('desktop')
    const company = `No Script ${crypto.randomUUID().slice(0, 8)}`
    try {
      await page.goto(`${webUrl}/free-website-assessment`)
      await page.fill('#field-name', 'Dorothy Vaughan')
      await page.fill('#field-company', company)
      // Give the form the minimum fill time, so it is judged on its fields rather than its speed.
      await page.waitForTimeout(1000)
      const [refused] = await Promise.all([
        page.waitForResponse(response => response.request().method() === 'POST' && response.url() === `${webUrl}/free-website-assessment`),
        page.click('button[type="submit"]'),
      ])
      expect(refused.status()).toBe(400)
      expect(await page.inputValue('#field-name')).toBe('Dorothy Vaughan')
      expect(await page.inputValue('#field-company')).toBe(company)
      expect(await page.locator('#field-email-error').textContent()).toContain('email address')
      expect(await page.getAttribute('#field-email', 'aria-describedby')).toContain('field-email-error')
      expect(await page.getByRole('alert').textContent()).toContain('Some details need another look.')
      await page.screenshot({ path: screenshotPath('assessment-errors-nojs-desktop'), fullPage: true })

      await fillValid(page, company, `dorothy.${crypto.randomUUID().slice(0, 8)}@example.com`)
      await page.waitForTimeout(1000)
      await Promise.all([page.waitForURL(`${webUrl}/free-website-assessment/thank-you`), page.click('button[type="submit"]')])
      await expect.poll(() => countSubmissions(cmsUrl, cmsToken, { company })).toBe(1)
    }
    finally {
      await noScripts.close()
    }
  })
})
