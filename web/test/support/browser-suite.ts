import type { Browser } from './browser'
import { chromiumUnavailableReason } from '@agency/test-support/chromium'
import { describeIfAvailable } from '@agency/test-support/suites'
import { afterAll, beforeAll } from 'vitest'
import { launchBrowser } from './browser'

/**
 * A `describe` with one Chromium for its tests. Skips with the reason when Chromium is absent, except
 * under CI=true, where that is a failure.
 */
export function describeInBrowser(name: string, body: (browser: () => Browser) => void): void {
  describeIfAvailable(name, chromiumUnavailableReason(), () => {
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
