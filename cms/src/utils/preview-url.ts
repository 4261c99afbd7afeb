import type { Core } from '@strapi/strapi'
import { articlePath, caseStudyPath, pagePath, previewPath, servicePath, signPreviewLink } from '@agency/shared'
import { sharedSecret } from './secrets'

const PAGE_PATHS: Record<string, (slug: string) => string> = {
  'api::article.article': articlePath,
  'api::service.service': servicePath,
  'api::page.page': pagePath,
  'api::case-study.case-study': caseStudyPath,
}

export function siteUrl(): string {
  return (process.env.SITE_URL?.trim() || 'http://localhost:3000').replace(/\/+$/, '')
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
  return `${siteUrl()}${previewPath(signPreviewLink(sharedSecret('PREVIEW_SECRET'), path))}`
}
