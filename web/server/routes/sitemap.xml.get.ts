import { readCms } from '../cms/read'
import { withoutRedirected } from '../redirects/redirect-rules'
import { sendDocument } from '../markup/document-response'
import { sitemapPages, sitemapXml } from '../seo/sitemap'
import { readSitemapSources } from '../seo/sitemap-sources'

/**
 * The sitemap: every page worth indexing with when it last changed, but none a redirect sends elsewhere. Made from cached CMS reads, so it
 * is rebuilt only after an editor changes content (`tags.sitemap`, see shared/utils/cache-tags.ts).
 */
export default defineEventHandler(async (event) => {
  const pages = await readCms({
    key: 'sitemap',
    tags: readTags.sitemap,
    read: async cms => withoutRedirected(sitemapPages(await readSitemapSources(event, cms)), page => page.path),
  })
  return sendDocument(event, sitemapXml(useRuntimeConfig().public.siteUrl, pages), 'application/xml; charset=utf-8')
})
