import type { Core, UID } from '@strapi/strapi'
import { articlePath, caseStudyPath, categoryPath, hasOwnAddress, normalizeRedirectPath, pagePath, servicePath } from '@agency/shared'

const REDIRECT = 'api::redirect.redirect'

/** The types whose slug is part of an address; categories have no drafts, so every save is live. */
const ADDRESSED: Partial<Record<UID.ContentType, { path: (slug: string) => string, drafts: boolean }>> = {
  'api::article.article': { path: articlePath, drafts: true },
  'api::service.service': { path: servicePath, drafts: true },
  'api::case-study.case-study': { path: caseStudyPath, drafts: true },
  'api::category.category': { path: categoryPath, drafts: false },
  'api::page.page': { path: slug => hasOwnAddress(slug) ? pagePath(slug) : '', drafts: true },
}

/**
 * Whether an action makes a new slug live: publishing, or an update published at once, which is what
 * the REST API does unless asked for a draft (its publish step does not pass through these middlewares).
 */
function goesLive(action: string, params: { status?: string }, drafts: boolean): boolean {
  if (!drafts)
    return action === 'update'
  return action === 'publish' || (action === 'update' && params.status === 'published')
}

async function liveSlug(strapi: Core.Strapi, uid: UID.ContentType, documentId: string): Promise<string | null> {
  const documents = strapi.documents(uid as 'api::article.article')
  const live = await documents.findOne({ documentId, status: 'published', fields: ['slug'] })
  return live?.slug ?? null
}

/**
 * Sends the old address to the new one: rules that pointed at the old address now point at the new one
 * (so visitors are sent once), a rule from the new address goes (a page lives there again), and a 301
 * from the old address is written or updated. Each step goes through the redirect checks.
 */
async function redirectOldAddress(strapi: Core.Strapi, oldPath: string, newPath: string): Promise<void> {
  const redirects = strapi.documents(REDIRECT)
  const rules = await redirects.findMany({ fields: ['from', 'to'] })
  const [fromNew, kept] = [rules.filter(rule => rule.from === newPath), rules.filter(rule => rule.from !== newPath)]
  for (const rule of fromNew)
    await redirects.delete({ documentId: rule.documentId })
  for (const rule of kept.filter(rule => rule.from !== oldPath && rule.to && normalizeRedirectPath(rule.to) === oldPath))
    await redirects.update({ documentId: rule.documentId, data: { to: newPath } })
  const existing = kept.find(rule => rule.from === oldPath)
  const data = { from: oldPath, to: newPath, type: 'permanent_301' as const, enabled: true, external: false, note: `Written by the CMS when the address changed from ${oldPath} to ${newPath}.` }
  if (existing)
    await redirects.update({ documentId: existing.documentId, data })
  else
    await redirects.create({ data })
}

/**
 * When a published article, service, category or page goes live under another slug, its old address
 * answers 301 to the new one, so links and search results to it keep working. Draft saves change
 * nothing: the old address stays live until the new one is published.
 */
export function redirectOnSlugChange(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid as UID.ContentType
    const addressed = ADDRESSED[uid]
    const params = context.params as { documentId?: string, status?: string }
    const documentId = params.documentId
    if (!addressed || !goesLive(context.action, params, addressed.drafts) || !documentId)
      return next()
    const before = await liveSlug(strapi, uid, documentId)
    const result = await next()
    const after = await liveSlug(strapi, uid, documentId)
    const [oldPath, newPath] = [before, after].map(slug => slug ? addressed.path(slug) : '')
    if (oldPath && newPath && oldPath !== newPath) {
      try {
        await redirectOldAddress(strapi, oldPath, newPath)
      }
      catch (error) {
        // The new address is live already; refusing it now would only hide that the old one broke.
        strapi.log.warn(`[redirects] ${oldPath} changed to ${newPath}, but no redirect could be written: ${error instanceof Error ? error.message : String(error)} Add one in Redirects.`)
      }
    }
    return result
  })
}
