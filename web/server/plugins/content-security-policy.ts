import { isPreviewRequest } from '../cms/preview'
import { pagePolicy } from '../security/page-policy'

/**
 * The Content-Security-Policy of each rendered page, allowing the inline scripts it carries by their
 * hashes. Who may show it in a frame: the site alone, and for preview pages the CMS admin too, whose
 * Preview panel shows them. Preview pages are never stored by a browser or a CDN.
 */
export default defineNitroPlugin((nitroApp) => {
  const adminOrigin = new URL(useRuntimeConfig().cms.publicUrl).origin
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    if (typeof response.body !== 'string')
      return
    const preview = isPreviewRequest(event)
    response.headers = {
      ...response.headers,
      'Content-Security-Policy': pagePolicy(response.body, preview ? [`'self'`, adminOrigin] : [`'self'`]),
      ...(preview ? { 'Cache-Control': 'no-store' } : {}),
    }
  })
})
