import { signPreviewSession, verifyPreviewLink } from '@agency/shared'
import { siteSecret } from '../security/site-secrets'

/** How long one preview session lasts in a browser. */
const SESSION_MS = 60 * 60 * 1000

/**
 * Entry point of the CMS admin's Preview: a signed, short-lived link turns on draft mode for this
 * browser (a signed cookie) and opens the page. Anything else is refused with 401.
 */
export default defineEventHandler((event) => {
  const query = getQuery(event)
  const secret = siteSecret('previewSecret')
  if (!verifyPreviewLink(secret, query) || typeof query.path !== 'string' || !query.path.startsWith('/') || query.path.startsWith('//'))
    throw createError({ statusCode: 401, statusMessage: 'Unauthorized', message: 'This preview link is invalid or has expired. Open the preview again from the CMS.' })
  const expiresAt = Date.now() + SESSION_MS
  setCookie(event, PREVIEW_COOKIE, signPreviewSession(secret, expiresAt), { httpOnly: true, sameSite: 'lax', path: '/', maxAge: SESSION_MS / 1000 })
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return sendRedirect(event, query.path, 307)
})
