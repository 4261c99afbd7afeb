/**
 * Who may show the site's pages in a frame: nobody but the site itself, except preview pages, which
 * the CMS admin shows in its Preview panel. Preview pages are never stored by a browser or a CDN.
 */
export default defineNitroPlugin((nitroApp) => {
  nitroApp.hooks.hook('render:response', (response, { event }) => {
    const preview = getCookie(event, PREVIEW_COOKIE) !== undefined && isPreviewRequest(event)
    const adminOrigin = new URL(useRuntimeConfig().cms.publicUrl).origin
    response.headers = {
      ...response.headers,
      'Content-Security-Policy': preview ? `${DEFAULT_FRAME_POLICY} ${adminOrigin}` : DEFAULT_FRAME_POLICY,
      ...(preview ? { 'Cache-Control': 'no-store' } : {}),
    }
  })
})
