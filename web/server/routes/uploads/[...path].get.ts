/**
 * Serves the CMS's uploaded media from the site's own origin, so pages never reference the CMS host
 * and the browser makes no cross-origin image requests.
 */
export default defineEventHandler((event) => {
  const path = getRouterParam(event, 'path') ?? ''
  if (!/^[\w.-]+$/.test(path))
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  return proxyRequest(event, `${useRuntimeConfig().cms.url}/uploads/${path}`)
})
