import type { BrowserContext, Page } from 'playwright-core'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@agency/test-support/chromium'
import { chromium } from 'playwright-core'

export const VIEWPORTS = {
  phone: { width: 375, height: 812 },
  desktop: { width: 1440, height: 900 },
} as const

export type ViewportName = keyof typeof VIEWPORTS

export interface Browser {
  context: BrowserContext
  /** Every URL the browser requested, for the no-third-party-requests check. */
  requests: string[]
  newPage: (viewport: ViewportName) => Promise<Page>
  close: () => Promise<void>
}

/**
 * Debian's Chromium, headless, with a fresh profile and every background connection switched off;
 * `javaScriptEnabled: false` for the visitors who browse without scripts.
 */
export async function launchBrowser({ javaScriptEnabled = true } = {}): Promise<Browser> {
  const profile = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-chromium-'))
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH,
    headless: true,
    javaScriptEnabled,
    // Every name but this machine's resolves to nothing, so no request can leave it.
    args: ['--headless', ...CHROMIUM_FLAGS, '--host-resolver-rules=MAP * ~NOTFOUND, EXCLUDE 127.0.0.1'],
  })
  const requests: string[] = []
  context.on('request', request => requests.push(request.url()))
  return {
    context,
    requests,
    async newPage(viewport) {
      const page = await context.newPage()
      await page.setViewportSize(VIEWPORTS[viewport])
      return page
    },
    async close() {
      await context.close()
      fs.rmSync(profile, { recursive: true, force: true })
    },
  }
}

export function screenshotPath(name: string): string {
  const dir = path.resolve(import.meta.dirname, '..', '..', 'test-results', 'screenshots')
  fs.mkdirSync(dir, { recursive: true })
  return path.join(dir, `${name}.png`)
}
