import { homePath } from '@agency/shared'

/** Leaves draft preview and returns to the published page. */
export default defineEventHandler((event) => {
  deleteCookie(event, PREVIEW_COOKIE, { path: '/' })
  setResponseHeader(event, 'Cache-Control', 'no-store')
  const back = getQuery(event).path
  return sendRedirect(event, typeof back === 'string' && back.startsWith('/') && !back.startsWith('//') ? back : homePath(), 303)
})
