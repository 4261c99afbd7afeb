import { CHROMIUM_FLAGS, CHROMIUM_PATH } from '@agency/test-support/chromium'
import * as chromeLauncher from 'chrome-launcher'
import lighthouse from 'lighthouse'

export interface ImageRequest {
  url: string
  transferBytes: number
  priority: string
}

export interface PageImages {
  images: ImageRequest[]
  /** What the largest contentful paint was: its element's selector, as Lighthouse names it. */
  lcpElement: string
}

interface NetworkItem {
  url: string
  resourceType?: string
  transferSize?: number
  priority?: string
}

/** The first element Lighthouse names anywhere in an audit's details. */
function firstNode(details: unknown): { selector?: string, snippet?: string } | undefined {
  if (typeof details !== 'object' || details === null)
    return undefined
  if ('type' in details && details.type === 'node')
    return details as { selector?: string, snippet?: string }
  for (const value of Object.values(details)) {
    const found = firstNode(value)
    if (found)
      return found
  }
  return undefined
}

/**
 * The images a page loads in a phone `width` CSS pixels wide at `dpr` (Lighthouse's network records,
 * throttling off, so that only the page decides what loads), with their bytes on the wire.
 */
export async function pageImages(url: string, width: number, dpr: number): Promise<PageImages> {
  const chrome = await chromeLauncher.launch({ chromePath: CHROMIUM_PATH, chromeFlags: ['--headless=new', ...CHROMIUM_FLAGS] })
  try {
    const result = await lighthouse(url, {
      port: chrome.port,
      output: 'json',
      logLevel: 'error',
      onlyCategories: ['performance'],
      formFactor: 'mobile',
      throttlingMethod: 'provided',
      screenEmulation: { mobile: true, width, height: 812, deviceScaleFactor: dpr, disabled: false },
    })
    if (!result)
      throw new Error(`Lighthouse returned nothing for ${url}`)
    const items = (result.lhr.audits['network-requests']?.details as { items?: NetworkItem[] } | undefined)?.items ?? []
    const lcpNode = firstNode(result.lhr.audits['lcp-breakdown-insight']?.details)
    return {
      images: items.filter(item => item.resourceType === 'Image').map(item => ({ url: item.url, transferBytes: item.transferSize ?? 0, priority: item.priority ?? '' })),
      lcpElement: lcpNode ? `${lcpNode.selector ?? ''} ${lcpNode.snippet ?? ''}`.trim() : '(none)',
    }
  }
  finally {
    chrome.kill()
  }
}
