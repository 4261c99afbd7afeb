// Prints the share of the words in each page's <main> that come from the CMS. Needs the site and the
// CMS running on the seed content:
//   pnpm bench:words [site URL, default http://127.0.0.1:3000] [CMS URL, default http://127.0.0.1:1337]
import { measureCmsWords } from './lib/cms-words'

const siteUrl = process.argv[2] ?? 'http://127.0.0.1:3000'
const cmsUrl = process.argv[3] ?? 'http://127.0.0.1:1337'
const pages = await measureCmsWords(siteUrl, cmsUrl)
console.info(`Words in <main> that come from the CMS at ${siteUrl} (dates, reading times and pagination aside)`)
console.table(pages.map(page => ({
  'page': page.path,
  'words': page.total,
  'from the CMS': page.fromCms,
  'share': `${(100 * page.fromCms / Math.max(1, page.total)).toFixed(0)} %`,
  'longest text in code': page.inCode[0] ?? '',
})))
