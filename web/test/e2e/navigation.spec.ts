import { expect, inject, it } from 'vitest'
import { describeInBrowser } from '../support/browser-suite'
import { E2E_PAGE_SIZE } from '../support/stack'

const webUrl = inject('webUrl')

describeInBrowser('navigation, in Chromium', (browser) => {
  it('the phone menu works by keyboard alone', async () => {
    const page = await browser().newPage('phone')
    try {
      await page.goto(`${webUrl}/blog`, { waitUntil: 'networkidle' })
      const menuButton = page.getByRole('button', { name: 'Menu', exact: true })
      const menu = page.locator('#phone-menu')

      await expect.poll(async () => {
        await page.keyboard.press('Tab')
        return page.evaluate(() => document.activeElement?.textContent?.trim())
      }, { timeout: 10_000 }).toBe('Menu')
      expect(await menuButton.getAttribute('aria-expanded')).toBe('false')

      await page.keyboard.press('Enter')
      await expect.poll(() => menu.isVisible()).toBe(true)
      await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('true')

      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      const focusedLink = await page.evaluate(() => document.activeElement?.closest('#phone-menu') ? document.activeElement.textContent?.trim() : null)
      expect(focusedLink).toBe('Web Design')

      await page.keyboard.press('Escape')
      await expect.poll(() => menu.isVisible()).toBe(false)
      await expect.poll(() => menuButton.getAttribute('aria-expanded')).toBe('false')
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe('Menu')

      await page.keyboard.press('Enter')
      await expect.poll(() => menu.isVisible()).toBe(true)
      await page.keyboard.press('Tab')
      await page.keyboard.press('Tab')
      await page.keyboard.press('Enter')
      await page.waitForURL(`${webUrl}/services/web-design`)
      expect(await page.getByRole('heading', { level: 1 }).textContent()).toContain('Web Design')
    }
    finally {
      await page.close()
    }
  })

  it('the desktop "I need" menu opens by keyboard and lists the six services', async () => {
    const page = await browser().newPage('desktop')
    try {
      await page.goto(webUrl, { waitUntil: 'networkidle' })
      await page.getByRole('button', { name: 'I need' }).focus()
      await page.keyboard.press('Enter')
      const links = page.locator('#menu-group-0 a')
      await expect.poll(() => links.count()).toBe(6)
      expect(await links.first().isVisible()).toBe(true)
      await page.keyboard.press('Escape')
      await expect.poll(() => links.first().isVisible()).toBe(false)
    }
    finally {
      await page.close()
    }
  })

  it('marks the link to the page being shown as current, and that one alone, highlighted', async () => {
    const page = await browser().newPage('desktop')
    try {
      await page.goto(`${webUrl}/services/web-design`, { waitUntil: 'networkidle' })
      const current = page.locator('.header__nav [aria-current="page"]')
      expect(await current.count()).toBe(1)
      expect(await current.getAttribute('href')).toBe('/services/web-design')
      await page.goto(`${webUrl}/blog`, { waitUntil: 'networkidle' })
      const blog = page.locator('.header__nav a[href="/blog"]')
      expect(await blog.getAttribute('aria-current')).toBe('page')
      const about = page.locator('.header__nav a[href="/about"]')
      expect(await about.getAttribute('aria-current')).toBeNull()
      const background = (link: typeof blog) => link.evaluate(element => getComputedStyle(element).backgroundColor)
      expect(await background(blog)).not.toBe(await background(about))
      await page.goto(`${webUrl}/blog?page=2`, { waitUntil: 'networkidle' })
      expect(await page.locator('.pagination a[aria-current]').count()).toBe(0)
      expect(await page.locator('.pagination [aria-current="page"]').innerText()).toContain('2')
      await page.goto(`${webUrl}/search?q=branding`, { waitUntil: 'networkidle' })
      expect(await page.locator('.header__search').getAttribute('aria-current')).toBe('page')
    }
    finally {
      await page.close()
    }
  })

  it('pagination links lead through every article, newest first', async () => {
    const page = await browser().newPage('desktop')
    try {
      await page.goto(`${webUrl}/blog`, { waitUntil: 'networkidle' })
      const seen: string[] = []
      for (let visited = 1; visited <= 10; visited++) {
        const titles = await page.locator('main article h2').allTextContents()
        expect(titles.length).toBeLessThanOrEqual(E2E_PAGE_SIZE)
        seen.push(...titles.map(title => title.trim()))
        const older = page.getByRole('link', { name: 'Older' })
        if (await older.count() === 0)
          break
        await older.click()
        await page.waitForURL(`${webUrl}/blog?page=${visited + 1}`)
      }
      expect(seen).toEqual([
        'Social media marketing: to outsource, or not to outsource?',
        'Field notes 4',
        'Field notes 3',
        'Field notes 2',
        'Field notes 1',
        'Markdown safety check',
      ])
      expect(page.url()).toBe(`${webUrl}/blog?page=3`)
      await page.getByRole('link', { name: 'Page 1' }).click()
      await page.waitForURL(`${webUrl}/blog`)
    }
    finally {
      await page.close()
    }
  })
})
