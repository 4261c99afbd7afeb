import { mediaSource } from '../../cms/media-storage'

/** The request headers passed on: what caching and partial content need, never a visitor's cookies. */
const FORWARDED = ['accept', 'if-none-match', 'if-modified-since', 'range']

/**
 * Serves the CMS's uploaded media from the site's own origin, so pages never reference the CMS host or
 * the object storage, and the browser makes no cross-origin image requests. Only files of the one
 * configured source are served (NUXT_CMS_MEDIA_URL, else the CMS's /uploads), by a plain file name.
 */
export default defineEventHandler((event) => {
  const path = getRouterParam(event, 'path') ?? ''
  if (!/^[\w.-]+$/.test(path))
    throw createError({ statusCode: 404, statusMessage: 'Not found' })
  const headers = Object.fromEntries(FORWARDED.flatMap((name) => {
    const value = getRequestHeader(event, name)
    return value ? [[name, value]] : []
  }))
  return sendProxy(event, mediaSource(path), { headers })
})
