// Prints the gzipped JavaScript each page ships against its budget. Needs a running site:
//   pnpm bench:js [site URL, default http://127.0.0.1:3000]
import { JS_BUDGET_KIB, measurePageScripts } from './lib/js-budget'

const siteUrl = process.argv[2] ?? process.env.SITE_URL ?? 'http://127.0.0.1:3000'
const pages = await measurePageScripts(siteUrl)
console.info(`Gzipped JavaScript per page at ${siteUrl}`)
console.table(pages.map(page => ({
  'page': page.path,
  'kind': page.kind,
  'files': page.files,
  'inline': page.inline,
  'gzip KiB': page.gzipKiB.toFixed(1),
  'target KiB': `≤ ${JS_BUDGET_KIB[page.kind]}`,
})))
