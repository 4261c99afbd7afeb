import { PAGES } from '@agency/test-support/site-pages'

/** The content API's readable collections and single types, each read whole. */
const CMS_SOURCES = ['pages', 'services', 'articles', 'categories', 'testimonials', 'global']

export interface PageWords {
  path: string
  total: number
  fromCms: number
  /** The longest runs of words that no CMS entry holds, for finding what is still written in code. */
  inCode: string[]
}

/**
 * Interface text the site may write itself: dates, reading times and pagination. Left out of the count,
 * as the goal leaves them out.
 */
const GENERIC = [
  /^(?:january|february|march|april|may|june|july|august|september|october|november|december) \d{1,2}, \d{4}$/i,
  /^\d+ min read$/i,
  /^(?:page \d+ of \d+|previous|next|newer|older)(?: articles)?$/i,
]

const words = (text: string): string[] => text.toLowerCase().match(/[\p{L}\p{N}]+(?:['’][\p{L}]+)*/gu) ?? []

function strings(value: unknown): string[] {
  if (typeof value === 'string')
    return [value]
  if (Array.isArray(value))
    return value.flatMap(strings)
  if (typeof value === 'object' && value !== null)
    return Object.values(value).flatMap(strings)
  return []
}

/** Every run of `size` consecutive words in `list`, joined by spaces. */
function runs(list: string[], size: number): string[] {
  return list.length < size ? [] : list.slice(0, list.length - size + 1).map((_, index) => list.slice(index, index + size).join(' '))
}

/** Every string the CMS serves, as word sequences: what a page's words are matched against. */
export async function cmsCorpus(cmsUrl: string): Promise<string[][]> {
  const bodies = await Promise.all(CMS_SOURCES.map(async (source) => {
    const response = await fetch(`${cmsUrl}/api/${source}?pagination[pageSize]=100`)
    return response.ok ? response.json() : null
  }))
  return strings(bodies).map(words).filter(list => list.length > 0)
}

/** The visible text of a page's `<main>`, one entry per text node (scripts, styles and tags dropped). */
function mainTextNodes(html: string): string[] {
  const main = /<main\b[\s\S]*?<\/main>/i.exec(html)?.[0] ?? ''
  return main
    .replace(/<(script|style|template|svg)\b[\s\S]*?<\/\1>/gi, ' ')
    .split(/<[^>]+>/)
    .map(text => text.replace(/&nbsp;/g, ' ').replace(/&amp;/g, '&').replace(/&#39;|&apos;/g, '\'').replace(/&quot;/g, '"').replace(/&[a-z]+;|&#\d+;/gi, ' ').trim())
    .filter(Boolean)
}

/**
 * How many of the words a visitor reads in a page's `<main>` come from the CMS, interface text aside. A text node's word
 * counts as the CMS's when a run of three words around it (the whole node, when shorter) appears in
 * some string the CMS serves; the rest was written in the site's code.
 */
export function attributeWords(path: string, html: string, corpus: string[][]): PageWords {
  const known = new Set(corpus.flatMap(list => [1, 2, 3].flatMap(size => runs(list, size))))
  let total = 0
  let fromCms = 0
  const inCode: string[] = []
  for (const node of mainTextNodes(html).filter(text => !GENERIC.some(pattern => pattern.test(text)))) {
    const list = words(node)
    const size = Math.min(3, list.length)
    const covered = list.map(() => false)
    runs(list, size).forEach((run, start) => {
      if (known.has(run))
        covered.fill(true, start, start + size)
    })
    total += list.length
    fromCms += covered.filter(Boolean).length
    const codeRun = list.filter((_, index) => !covered[index]).join(' ')
    if (codeRun)
      inCode.push(codeRun)
  }
  return { path, total, fromCms, inCode: inCode.sort((a, b) => b.length - a.length).slice(0, 5) }
}

/** Every page of the seed site, measured. */
export async function measureCmsWords(siteUrl: string, cmsUrl: string): Promise<PageWords[]> {
  const corpus = await cmsCorpus(cmsUrl)
  const html = (path: string) => fetch(`${siteUrl}${path}`, { headers: { Accept: 'text/html' } }).then(response => response.text())
  return Promise.all(PAGES.map(async ({ path }) => attributeWords(path, await html(path), corpus)))
}
