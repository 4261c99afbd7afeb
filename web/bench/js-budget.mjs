// Prints the gzipped JavaScript each page ships: every external script and modulepreload its HTML
// references, plus inline scripts, against the budget for its kind of page. Needs a running site:
//   node web/bench/js-budget.mjs [site URL, default http://127.0.0.1:3000]
import process from 'node:process'
import { gzipSync } from 'node:zlib'

const base = (process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:3000').replace(/\/$/, '')

const BUDGET_KIB = { static: 10, interactive: 60 }
const PAGES = [
  { path: '/', kind: 'static' },
  { path: '/services', kind: 'static' },
  { path: '/services/web-design', kind: 'static' },
  { path: '/blog', kind: 'static' },
  { path: '/blog/social-media-marketing-to-outsource-or-not-to-outsource', kind: 'static' },
  { path: '/blog/category/social-media', kind: 'static' },
  { path: '/about', kind: 'static' },
  { path: '/privacy', kind: 'static' },
  { path: '/terms', kind: 'static' },
  { path: '/free-website-assessment', kind: 'interactive' },
]

const gzipSize = text => gzipSync(Buffer.from(text), { level: 9 }).length
const attribute = (tag, name) => tag.match(new RegExp(`\\s${name}="([^"]*)"`))?.[1]

function referencedScripts(html) {
  const urls = new Set()
  for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
    const src = attribute(tag, 'src')
    if (src)
      urls.add(src)
  }
  for (const [tag] of html.matchAll(/<link\b[^>]*>/g)) {
    if (attribute(tag, 'rel') === 'modulepreload' && attribute(tag, 'href'))
      urls.add(attribute(tag, 'href'))
  }
  return [...urls]
}

function inlineScripts(html) {
  return [...html.matchAll(/<script\b(?![^>]*\ssrc=)[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body).filter(Boolean)
}

const assetCache = new Map()
async function assetGzipSize(url) {
  if (!assetCache.has(url)) {
    const response = await fetch(new URL(url, base))
    if (!response.ok)
      throw new Error(`${url} answered ${response.status}`)
    assetCache.set(url, gzipSize(await response.text()))
  }
  return assetCache.get(url)
}

const rows = []
for (const page of PAGES) {
  const response = await fetch(`${base}${page.path}`)
  if (!response.ok)
    throw new Error(`${page.path} answered ${response.status}; is the site running at ${base}?`)
  const html = await response.text()
  const external = referencedScripts(html)
  const inline = inlineScripts(html)
  let bytes = inline.reduce((sum, body) => sum + gzipSize(body), 0)
  for (const url of external)
    bytes += await assetGzipSize(url)
  const kib = bytes / 1024
  const budget = BUDGET_KIB[page.kind]
  rows.push({ 'page': page.path, 'kind': page.kind, 'files': external.length, 'inline': inline.length, 'gzip KiB': kib.toFixed(1), 'target KiB': `≤ ${budget}`, 'ok': kib <= budget ? 'yes' : 'NO' })
}

console.info(`Gzipped JavaScript per page at ${base}`)
console.table(rows)
