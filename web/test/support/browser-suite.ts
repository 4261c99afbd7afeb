import type { Browser } from './browser'
import { afterAll, beforeAll, describe } from 'vitest'
import { chromiumUnavailableReason, launchBrowser } from './browser'

/**
 * A `describe` with one Chromium for its tests. Skips with the reason when Chromium is absent, except
 * under CI=true, where that is a failure.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  const reason = chromiumUnavailableReason()
  if (reason && process.env.CI === 'true')
    throw new Error(`${reason}; CI=true requires it.`)
  describe.skipIf(reason !== null)(`${name}${reason ? ` — skipped: ${reason}` : ''}`, () => {
    let browser: Browser | undefined
    beforeAll(async () => {
      browser = await launchBrowser()
    })
    afterAll(async () => {
      await browser?.close()
    })
    body(() => {
      if (!browser)
        throw new Error('Chromium did not start')
      return browser
    })
  })
}
