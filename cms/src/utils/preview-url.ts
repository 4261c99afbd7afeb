import type { Core } from '@strapi/strapi'
import { articlePath, DEV_PREVIEW_SECRET, previewPath, servicePath, signPreviewLink } from '@agency/shared'

const PAGE_PATHS: Record<string, (slug: string) => string> = {
  'api::article.article': articlePath,
  'api::service.service': servicePath,
}

export function siteUrl(): string {
  return (process.env.SITE_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')
}

export function previewSecret(strapi: Core.Strapi): string {
  const configured = process.env.PREVIEW_SECRET?.trim()
  if (strapi.config.get('environment') === 'production' && (!configured || configured === DEV_PREVIEW_SECRET))
    throw new Error('PREVIEW_SECRET is not set to a private value; give the site the same value as NUXT_PREVIEW_SECRET.')
  return configured || DEV_PREVIEW_SECRET
}

/**
 * Where the admin's Preview shows a document: the live page for the published version, or a signed,
 * short-lived link that switches the site into draft mode for the draft.
 */
export async function previewUrl(strapi: Core.Strapi, uid: string, documentId: string, status: string | undefined): Promise<string | null> {
  const toPath = PAGE_PATHS[uid]
  if (!toPath)
    return null
  const document = await strapi.documents(uid as 'api::article.article').findOne({ documentId, status: status === 'published' ? 'published' : 'draft', fields: ['slug'] })
  if (!document?.slug)
    return null
  const path = toPath(document.slug)
  if (status === 'published')
    return `${siteUrl()}${path}`
  return `${siteUrl()}${previewPath(signPreviewLink(previewSecret(strapi), path))}`
}
