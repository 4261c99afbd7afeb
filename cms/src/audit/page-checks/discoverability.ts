import type { PageContext, Verdict } from './page-context'
import { metaContent, resolveUrl } from './page-context'

export function hasCanonicalUrl({ $, base }: PageContext): Verdict {
  const href = $('link[rel~="canonical" i][href]').first().attr('href')
  if (href === undefined)
    return { status: 'warn', detail: 'There is no canonical link, so search engines may split ranking between copies of the page.' }
  const canonical = resolveUrl(href, base)
  return canonical === null
    ? { status: 'warn', detail: `The canonical link “${href}” is not a valid address.` }
    : { status: 'pass', detail: `The canonical address is ${canonical.href}.` }
}

const OPEN_GRAPH_TAGS = ['og:title', 'og:description', 'og:image'] as const

export function hasSocialPreview({ $ }: PageContext): Verdict {
  const missing = OPEN_GRAPH_TAGS.filter(tag => metaContent($, tag) === undefined)
  const hasTwitterCard = metaContent($, 'twitter:card') !== undefined
  const twitter = hasTwitterCard ? ' A Twitter/X card is set too.' : ''
  if (missing.length === 0)
    return { status: 'pass', detail: `Shared links show a title, description and image.${twitter}` }
  if (missing.length < OPEN_GRAPH_TAGS.length || hasTwitterCard)
    return { status: 'warn', detail: `Shared links lack ${missing.join(', ')}, so previews look incomplete.${twitter}` }
  return { status: 'fail', detail: 'There are no Open Graph tags, so shared links show no title, description or image.' }
}

/** `none` is shorthand for `noindex, nofollow`; header values may name a bot first (`googlebot: noindex`). */
function forbidsIndexing(directives: string): boolean {
  return directives.toLowerCase().split(/[\s,:]+/).some(token => token === 'noindex' || token === 'none')
}

export function allowsIndexing({ page, $ }: PageContext): Verdict {
  const header = page.headers['x-robots-tag']
  if (header !== undefined && forbidsIndexing(header))
    return { status: 'fail', detail: `The X-Robots-Tag header “${header}” keeps the page out of search results.` }
  const meta = $('meta[name="robots" i], meta[name="googlebot" i]')
    .map((_index, element) => $(element).attr('content') ?? '')
    .get()
    .find(forbidsIndexing)
  if (meta !== undefined)
    return { status: 'fail', detail: `The robots meta tag “${meta}” keeps the page out of search results.` }
  return { status: 'pass', detail: 'Search engines may index the page.' }
}

function parsesAsJson(text: string): boolean {
  try {
    JSON.parse(text)
    return true
  }
  catch {
    return false
  }
}

export function hasStructuredData({ $ }: PageContext): Verdict {
  const jsonLd = $('script[type="application/ld+json" i]').map((_index, element) => $(element).text()).get()
  const valid = jsonLd.filter(parsesAsJson).length
  if (valid > 0)
    return { status: 'pass', detail: `The page describes itself to search engines in ${valid} JSON-LD block(s).` }
  if (jsonLd.length > 0)
    return { status: 'fail', detail: 'The page has JSON-LD structured data, but it is not valid JSON, so search engines ignore it.' }
  if ($('[itemscope][itemtype]').length > 0)
    return { status: 'pass', detail: 'The page describes itself to search engines with microdata.' }
  return { status: 'warn', detail: 'There is no structured data, which search engines use for rich results such as ratings, opening hours or FAQs.' }
}

export function hasFavicon({ $ }: PageContext): Verdict {
  return $('link[rel~="icon" i][href]').length > 0
    ? { status: 'pass', detail: 'The page declares a favicon for tabs and bookmarks.' }
    : { status: 'warn', detail: 'The page declares no favicon; browsers will try /favicon.ico, which we did not check.' }
}
