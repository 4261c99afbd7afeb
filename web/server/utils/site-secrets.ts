import { DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, DEV_REVALIDATE_SECRET } from '@agency/shared'

function required(value: string, devDefault: string, variable: string): string {
  if (value)
    return value
  if (useRuntimeConfig().environment === 'production')
    throw new Error(`${variable} must be set when NUXT_ENVIRONMENT=production; see web/.env.example.`)
  return devDefault
}

/** Signs preview links between the CMS admin and the site. */
export const previewSecret = () => required(useRuntimeConfig().preview.secret, DEV_PREVIEW_SECRET, 'NUXT_PREVIEW_SECRET')
/** Authenticates the CMS's cache-purge webhook. */
export const revalidateSecret = () => required(useRuntimeConfig().revalidate.secret, DEV_REVALIDATE_SECRET, 'NUXT_REVALIDATE_SECRET')
/** Reads drafts for the admin's preview. */
export const previewToken = () => required(useRuntimeConfig().cms.previewToken, DEV_PREVIEW_API_TOKEN, 'NUXT_CMS_PREVIEW_TOKEN')
