import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@agency/test-support/chromium'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export const LIGHTHOUSE_CATEGORIES = ['performance', 'accessibility', 'best-practices', 'seo'] as const
export type LighthouseCategory = typeof LIGHTHOUSE_CATEGORIES[number]
export type LighthouseScores = Record<LighthouseCategory, number>

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]!

/**
 * Lighthouse's default run (a phone, simulated slow 4G and CPU) `runs` times on each URL; the median
 * score of each category, 0–100, and the audits that cost points in the last run.
 */
export async function lighthouseMedians(urls: string[], runs = 3): Promise<Array<{ url: string, scores: LighthouseScores, failing: string[] }>> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  try {
    const results = []
    for (const url of urls) {
      const samples: LighthouseScores[] = []
      let failing: string[] = []
      for (let run = 0; run < runs; run++) {
        const result = await lighthouse(url, { port: chrome.port, output: 'json', logLevel: 'error', onlyCategories: [...LIGHTHOUSE_CATEGORIES] })
        if (!result)
          throw new Error(`Lighthouse returned nothing for ${url}`)
        const { lhr } = result
        if (lhr.runtimeError)
          throw new Error(`Lighthouse could not load ${url}: ${lhr.runtimeError.message}`)
        samples.push(Object.fromEntries(LIGHTHOUSE_CATEGORIES.map(category => [category, Math.round((lhr.categories[category]?.score ?? 0) * 100)])) as LighthouseScores)
        failing = Object.values(lhr.audits)
          .filter(audit => audit.scoreDisplayMode !== 'informative' && audit.scoreDisplayMode !== 'notApplicable' && audit.scoreDisplayMode !== 'manual' && audit.score !== null && audit.score < 0.9)
          .map(audit => audit.id)
      }
      const scores = Object.fromEntries(LIGHTHOUSE_CATEGORIES.map(category => [category, median(samples.map(sample => sample[category]))])) as LighthouseScores
      results.push({ url, scores, failing })
    }
    return results
  }
  finally {
    chrome.kill()
  }
}
