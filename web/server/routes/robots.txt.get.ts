import { sitemapPath } from '@agency/shared'
import { siteMode } from '../security/site-mode'
import { sendDocument } from '../markup/document-response'
import { siteUrlFor } from '../seo/site-url'

/**
 * Crawling rules. Production is indexed unless told otherwise (NUXT_INDEXABLE=false, for a staging copy);
 * development and local evaluation turn all crawlers away, so a copy of the site never competes with
 * the real one in search results.
 */
export default defineEventHandler((event) => {
  const { indexable, public: { siteUrl } } = useRuntimeConfig()
  const rules = siteMode() === 'production' && String(indexable) !== 'false' ? ['Allow: /', 'Disallow: /api/'] : ['Disallow: /']
  const body = ['User-agent: *', ...rules, '', `Sitemap: ${siteUrlFor(siteUrl, sitemapPath())}`, ''].join('\n')
  return sendDocument(event, body, 'text/plain; charset=utf-8')
})
