import { contentSecurityPolicy } from '../../config/security-headers'
import { isPreviewRequest } from '../cms/preview'

/**
 * Who may show a preview page in a frame: the site and the CMS admin, whose Preview panel shows it.
 * Every other page keeps the route rules' policy (the site alone). Preview pages are never stored by a
 * browser or a CDN.
 */
export default defineNitroPlugin((nitroApp) => {
  const previewPolicy = contentSecurityPolicy([`'self'`, new URL(useRuntimeConfig().cms.publicUrl).origin])
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    if (!isPreviewRequest(event))
      return
    response.headers = { ...response.headers, 'Content-Security-Policy': previewPolicy, 'Cache-Control': 'no-store' }
  })
})
