import type { PageContext, Verdict } from './page-context'
import { resolveUrl } from './page-context'

const FAST_MS = 800
const SLOW_MS = 2_000
const LIGHT_BYTES = 100 * 1024
const HEAVY_BYTES = 500 * 1024

export function servedOverHttps({ page }: PageContext): Verdict {
  return new URL(page.finalUrl).protocol === 'https:'
    ? { status: 'pass', detail: 'The page is served over HTTPS.' }
    : { status: 'fail', detail: 'The page is served over plain HTTP, so browsers mark it “Not secure” and visitors’ data travels unencrypted.' }
}

export function answeredSuccessfully({ page }: PageContext): Verdict {
  return page.status >= 200 && page.status < 300
    ? { status: 'pass', detail: `The page answered with status ${page.status}.` }
    : { status: 'fail', detail: `The page answered with status ${page.status} instead of a success (2xx).` }
}

export function respondedQuickly({ page }: PageContext): Verdict {
  const timing = `The page took ${page.elapsedMs} ms to load`
  if (page.elapsedMs < FAST_MS)
    return { status: 'pass', detail: `${timing}.` }
  if (page.elapsedMs < SLOW_MS)
    return { status: 'warn', detail: `${timing}; under ${FAST_MS} ms feels instant to visitors.` }
  return { status: 'fail', detail: `${timing}; many visitors leave before ${SLOW_MS / 1000} seconds.` }
}

export function lightweightHtml({ page }: PageContext): Verdict {
  const size = `The HTML weighs ${Math.ceil(page.bytes / 1024)} KB`
  if (page.bytes < LIGHT_BYTES)
    return { status: 'pass', detail: `${size}.` }
  if (page.bytes < HEAVY_BYTES)
    return { status: 'warn', detail: `${size}; under ${LIGHT_BYTES / 1024} KB loads faster on mobile networks.` }
  return { status: 'fail', detail: `${size}, which is slow to download and parse on phones.` }
}

/** Browsers block scripts, styles and frames fetched over HTTP from an HTTPS page, and flag such images. */
const ACTIVE_RESOURCES = [['script[src]', 'src'], ['link[rel~="stylesheet" i][href]', 'href'], ['iframe[src]', 'src']] as const
const PASSIVE_RESOURCES = [['img[src]', 'src']] as const

function insecureResources({ $, base }: PageContext, resources: readonly (readonly [string, string])[]): string[] {
  return resources.flatMap(([selector, attribute]) => $(selector)
    .map((_index, element) => resolveUrl($(element).attr(attribute) ?? '', base))
    .get()
    .filter(url => url.protocol === 'http:')
    .map(url => url.href))
}

function examples(urls: readonly string[]): string {
  return urls.slice(0, 3).join(', ') + (urls.length > 3 ? ` and ${urls.length - 3} more` : '')
}

export function noMixedContent(context: PageContext): Verdict {
  if (new URL(context.page.finalUrl).protocol !== 'https:')
    return { status: 'pass', detail: 'Only applies to HTTPS pages; see the HTTPS check.' }
  const active = insecureResources(context, ACTIVE_RESOURCES)
  if (active.length > 0)
    return { status: 'fail', detail: `Browsers block these scripts, styles or frames loaded over HTTP: ${examples(active)}.` }
  const passive = insecureResources(context, PASSIVE_RESOURCES)
  if (passive.length > 0)
    return { status: 'warn', detail: `These images load over HTTP and weaken the padlock: ${examples(passive)}.` }
  return { status: 'pass', detail: 'Every script, style, frame and image loads over HTTPS.' }
}
