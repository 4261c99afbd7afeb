import type { RedirectAnswer } from '@agency/shared'
import { findRedirect } from '@agency/shared'
import { redirectMap } from '../redirects/redirect-rules'

/** Addresses no rule may claim: the site's own assets and endpoints. */
const OWN_PREFIXES = ['/_nuxt/', '/__nuxt', '/api/', '/_ipx/']

/**
 * The rule for an address, or null. When the rules cannot be read the page is rendered as if there
 * were none: a missing redirect is better than a site that does not answer.
 */
async function lookUp(address: string): Promise<RedirectAnswer | null> {
  try {
    return findRedirect(await redirectMap(), address)
  }
  catch (error) {
    console.error('[redirects] the rules could not be read; answering without them:', error)
    return null
  }
}

/**
 * Answers an address an editor redirected, before any page is rendered: 301, 302, 307 or 308 with its
 * new address, or 410 Gone with the site's not-found page.
 */
export default defineEventHandler(async (event) => {
  if ((event.method !== 'GET' && event.method !== 'HEAD') || OWN_PREFIXES.some(prefix => event.path.startsWith(prefix)))
    return
  const answer = await lookUp(event.path)
  if (!answer)
    return
  if (answer.location === null)
    throw createError({ statusCode: 410, statusMessage: 'Gone' })
  return sendRedirect(event, answer.location, answer.status)
})
