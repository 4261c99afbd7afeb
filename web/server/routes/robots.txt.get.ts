import { sitemapPath } from '@agency/shared'

/**
 * Crawling rules. Only production is indexed: every other environment (staging, previews, tests)
 * turns all crawlers away, so a copy of the site never competes with the real one in search results.
 */
export default defineEventHandler((event) => {
  const { environment, public: { siteUrl } } = useRuntimeConfig()
  const rules = environment === 'production' ? ['Allow: /', 'Disallow: /api/'] : ['Disallow: /']
  const body = ['User-agent: *', ...rules, '', `Sitemap: ${siteUrlFor(siteUrl, sitemapPath())}`, ''].join('\n')
  return sendDocument(event, body, 'text/plain; charset=utf-8')
})
