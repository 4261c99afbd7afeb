import type { CmsClient } from '@agency/shared'
import { createCmsClient, isCmsError } from '@agency/shared'

let client: CmsClient | undefined

/** The one CMS client of this server, configured from runtimeConfig.cms. */
export function useCms(): CmsClient {
  if (!client) {
    const { cms } = useRuntimeConfig()
    client = createCmsClient({ baseURL: cms.url, token: cms.token || undefined, timeoutMs: cms.timeoutMs })
  }
  return client
}

/**
 * Runs a CMS read and turns its failure into the HTTP error a visitor should get: 404 for content
 * that does not exist, 503 when the CMS is down or failing. Details go to the log, never to the page.
 */
export async function readCms<T>(read: (cms: CmsClient) => Promise<T>): Promise<T> {
  try {
    return await read(useCms())
  }
  catch (error) {
    if (isCmsError(error) && error.kind === 'not-found')
      throw createError({ statusCode: 404, statusMessage: 'Page not found' })
    console.error('[cms]', isCmsError(error) ? error.message : error)
    throw createError({ statusCode: 503, statusMessage: 'Content temporarily unavailable' })
  }
}
