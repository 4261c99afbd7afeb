import { gzipSync } from 'node:zlib'
import { PAGES, SCRIPT_FREE_PAGES } from '@agency/test-support/site-pages'

/** Gzipped KiB a page may ship: pages that only show content, and pages a visitor works with. */
export const JS_BUDGET_KIB = { static: 10, interactive: 60 } as const

export interface PageScripts {
  path: string
  kind: keyof typeof JS_BUDGET_KIB
  files: number
  inline: number
  gzipKiB: number
}

const gzipSize = (text: string) => gzipSync(Buffer.from(text), { level: 9 }).length
const attribute = (tag: string, name: string) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

function referencedScripts(html: string): string[] {
  const urls = new Set<string>()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src')
    if (src)
      urls.add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    const href = attribute(tag, 'href')
    if (attribute(tag, 'rel') === 'modulepreload' && href)
      urls.add(href)
  }
  return [...urls]
}

function inlineScripts(html: string): string[] {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)]
    .map(([, body]) => body ?? '')
    .filter(body => body.trim() !== '')
}

async function fetchText(url: URL): Promise<string> {
  const response = await fetch(url)
  if (!response.ok)
    throw new Error(`${url.pathname} answered ${response.status}; is the site running at ${url.origin}?`)
  return response.text()
}

/** Script elements a browser reads as data, never runs: JSON, JSON-LD and speculation rules (JSON too). */
const DATA_BLOCK = /<script\b[^>]*type="(?:application\/(?:ld\+)?json|speculationrules)"[^>]*>[\s\S]*?<\/script>/g

/**
 * The JavaScript each page makes a browser download, gzipped: every external script and module preload
 * its HTML references, plus inline scripts (JSON-LD, speculation rules and other data blocks are not JavaScript). `extraPaths`
 * are content pages a bench made (an article with a cover, say), measured after the site's own, or alone
 * without `sitePages`.
 */
export async function measurePageScripts(siteUrl: string, extraPaths: string[] = [], { sitePages = true } = {}): Promise<PageScripts[]> {
  const assetSizes = new Map<string, number>()
  const pages: PageScripts[] = []
  for (const { name, path } of [...(sitePages ? PAGES : []), ...extraPaths.map(path => ({ name: path, path }))]) {
    if (name === 'not-found')
      continue
    const html = await fetchText(new URL(path, siteUrl))
    const external = referencedScripts(html)
    const inline = inlineScripts(html.replace(DATA_BLOCK, ''))
    let bytes = inline.reduce((sum, body) => sum + gzipSize(body), 0)
    for (const src of external) {
      if (!assetSizes.has(src))
        assetSizes.set(src, gzipSize(await fetchText(new URL(src, siteUrl))))
      bytes += assetSizes.get(src) ?? 0
    }
    pages.push({
      path,
      kind: SCRIPT_FREE_PAGES.some(page => page.name === name) || extraPaths.includes(path) ? 'static' : 'interactive',
      files: external.length,
      inline: inline.length,
      gzipKiB: bytes / 1024,
    })
  }
  return pages
}
