import { expect, inject, it } from 'vitest'
import { describeInBrowser } from '../support/browser-suite'

const webUrl = inject('webUrl')

describeInBrowser('markdown from the CMS is rendered safely', (browser) => {
  it('hostile markdown runs nothing and keeps the harmless content', async () => {
    const page = await browser().newPage('desktop')
    try {
      const dialogs: string[] = []
      page.on('dialog', (dialog) => {
        dialogs.push(dialog.message())
        void dialog.dismiss()
      })
      await page.goto(`${webUrl}/blog/markdown-safety-check`, { waitUntil: 'networkidle' })
      const body = page.locator('.prose')
      const report = await body.evaluate((element) => {
        const all = [...element.querySelectorAll('*')]
        return {
          scripts: element.querySelectorAll('script').length,
          iframes: element.querySelectorAll('iframe, object, embed, form, input').length,
          handlers: all.flatMap(node => [...node.attributes].filter(attribute => attribute.name.startsWith('on')).map(attribute => attribute.name)),
          styles: all.filter(node => node.hasAttribute('style')).length,
          scriptUrls: [...element.querySelectorAll('a')].map(link => link.getAttribute('href') ?? '').filter(href => /^\s*javascript:/i.test(href)),
          externalRel: element.querySelector('a[href="https://example.org/page"]')?.getAttribute('rel'),
          pwned: (window as { __pwned?: boolean }).__pwned ?? false,
        }
      })
      expect(report).toEqual({ scripts: 0, iframes: 0, handlers: [], styles: 0, scriptUrls: [], externalRel: 'noopener noreferrer', pwned: false })
      expect(dialogs).toEqual([])
      expect(await body.locator('strong').textContent()).toBe('bold')
      expect(await body.getByRole('heading', { name: 'A heading that stays' }).count()).toBe(1)
      await body.getByText('click me').click()
      expect(await page.evaluate(() => (window as { __pwned?: boolean }).__pwned ?? false)).toBe(false)
    }
    finally {
      await page.close()
    }
  })
})
