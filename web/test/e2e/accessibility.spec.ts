import { AxeBuilder } from '@axe-core/playwright'
import { PAGES } from '@agency/test-support/site-pages'
import { beforeAll, expect, inject, it } from 'vitest'
import { VIEWPORTS, screenshotPath } from '../support/browser'
import { describeInBrowser } from '../support/browser-suite'
import { publishEveryBlockPage } from '../support/cms-fixtures'

const webUrl = inject('webUrl')

/** A page editors could build, with one block of every kind. */
const EVERY_BLOCK = { name: 'every-block', path: '/every-block' }

describeInBrowser('accessibility and looks, in Chromium', (browser) => {
  const cells = [...PAGES, EVERY_BLOCK].flatMap(page => Object.keys(VIEWPORTS).map(viewport => ({ ...page, viewport: viewport as keyof typeof VIEWPORTS })))

  beforeAll(async () => {
    await publishEveryBlockPage(inject('cmsUrl'), inject('cmsToken'), EVERY_BLOCK.path.slice(1))
  })

  it.each(cells)('$name at $viewport: no axe violations, screenshot saved', async ({ name, path, viewport }) => {
    const page = await browser().newPage(viewport)
    try {
      await page.goto(`${webUrl}${path}`, { waitUntil: 'networkidle' })
      const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice']).analyze()
      const violations = results.violations.map(violation => `${violation.id}: ${violation.nodes.map(node => node.target.join(' ')).join(', ')}`)
      expect(violations).toEqual([])
      // Pictures below the fold load lazily, so a full-page screenshot would show them blank.
      await page.evaluate(() => Promise.all([...document.images].map((image) => {
        image.loading = 'eager'
        return image.decode().catch(() => undefined)
      })))
      await page.screenshot({ path: screenshotPath(`${name}-${viewport}`), fullPage: true })
    }
    finally {
      await page.close()
    }
  })

  it('requested nothing outside this machine', () => {
    const outside = browser().requests.filter(url => !/^(?:https?:\/\/127\.0\.0\.1[:/]|data:|about:)/.test(url))
    expect(browser().requests.length).toBeGreaterThan(PAGES.length)
    expect(outside).toEqual([])
  })
})
