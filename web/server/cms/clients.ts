import type { CmsClient } from '@agency/shared'
import { createCmsClient } from '@agency/shared'
import { siteSecret } from '../security/site-secrets'
import { mediaUrlRewrite } from './media-storage'

/**
 * What the site's server asks the CMS as: `read` published content (NUXT_CMS_TOKEN, or the Public role),
 * `preview` drafts for the admin's Preview, and `form` to store assessment requests and nothing else.
 * Every request carries the site's key, which the CMS's public API limits do not count.
 */
export type CmsRole = 'read' | 'preview' | 'form'

const TOKENS: Record<CmsRole, () => string | undefined> = {
  read: () => useRuntimeConfig().cms.token || undefined,
  preview: () => siteSecret('previewToken'),
  form: () => siteSecret('formToken'),
}

const clients = new Map<CmsRole, CmsClient>()

/** The one client per role of this server, configured from runtimeConfig.cms. */
export function cmsClient(role: CmsRole): CmsClient {
  let client = clients.get(role)
  if (!client) {
    const { url, timeoutMs } = useRuntimeConfig().cms
    client = createCmsClient({ baseURL: url, token: TOKENS[role](), timeoutMs: Number(timeoutMs), siteKey: siteSecret('siteKey'), mediaUrls: mediaUrlRewrite() })
    clients.set(role, client)
  }
  return client
}
