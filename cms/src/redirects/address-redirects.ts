import type { Core } from '@strapi/strapi'
import type { AddressedType, LiveEntry } from './addressed-entries'
import { normalizeRedirectPath } from '@agency/shared'
import { addressedType, publishedEntry } from './addressed-entries'

const REDIRECT = 'api::redirect.redirect'

/**
 * Whether an action may put an entry at a new address: publishing, or an update published at once, which
 * is what the REST API does unless asked for a draft (its publish step does not pass through these
 * middlewares). A category has no drafts, so each update is live.
 */
function mayGoLive(action: string, params: { status?: string }, type: AddressedType): boolean {
  if (!type.drafts)
    return action === 'update'
  return action === 'publish' || (action === 'update' && params.status === 'published')
}

/** Whether an action may take an entry off the site. */
const mayGoAway = (action: string, type: AddressedType): boolean => action === 'delete' || (type.drafts && action === 'unpublish')

const readRules = (strapi: Core.Strapi) => strapi.documents(REDIRECT).findMany({ fields: ['from', 'to', 'replacesLivePage'] })

/** An entry now lives at `path`: rules from it would hide it, unless an editor confirmed that they replace it. */
async function clearAddress(strapi: Core.Strapi, path: string): Promise<void> {
  const redirects = strapi.documents(REDIRECT)
  for (const rule of (await readRules(strapi)).filter(rule => rule.from === path && !rule.replacesLivePage))
    await redirects.delete({ documentId: rule.documentId })
}

/**
 * Sends the old address to the new one: rules that pointed at the old address now point at the new one
 * (so visitors are sent once), and a 301 from the old address is written or updated. Each step goes
 * through the redirect checks.
 */
async function redirectOldAddress(strapi: Core.Strapi, oldPath: string, newPath: string): Promise<void> {
  const redirects = strapi.documents(REDIRECT)
  const rules = await readRules(strapi)
  for (const rule of rules.filter(rule => rule.from !== oldPath && rule.to && normalizeRedirectPath(rule.to) === oldPath))
    await redirects.update({ documentId: rule.documentId, data: { to: newPath } })
  const existing = rules.find(rule => rule.from === oldPath)
  const data = { from: oldPath, to: newPath, type: 'permanent_301' as const, enabled: true, external: false, note: `Written by the CMS when the address changed from ${oldPath} to ${newPath}.` }
  if (existing)
    await redirects.update({ documentId: existing.documentId, data })
  else
    await redirects.create({ data })
}

/** The address of an entry taken off the site answers 410 Gone, unless an editor already sends it somewhere. */
async function markGone(strapi: Core.Strapi, entry: LiveEntry, action: string): Promise<void> {
  if ((await readRules(strapi)).some(rule => rule.from === entry.path))
    return
  const done = action === 'delete' ? 'deleted' : 'unpublished'
  await strapi.documents(REDIRECT).create({
    data: { from: entry.path, type: 'gone_410', enabled: true, note: `Written by the CMS when the ${entry.type.noun} "${entry.title}" was ${done}. Give it a new address to send visitors somewhere instead.` },
  })
}

async function followAddressChange(strapi: Core.Strapi, action: string, before: LiveEntry | null, after: LiveEntry | null): Promise<void> {
  if (after && after.path !== before?.path)
    await clearAddress(strapi, after.path)
  if (before && after && before.path !== after.path)
    await redirectOldAddress(strapi, before.path, after.path)
  if (before && !after)
    await markGone(strapi, before, action)
}

/**
 * Keeps every address the site has published answering: when a published article, service, category
 * or page goes live under another slug, its old address answers 301 to the new one; when one is
 * unpublished or deleted, its address answers 410 Gone. Draft saves change nothing: the old address
 * stays live until the new one is published.
 */
export function redirectChangedAddresses(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const type = addressedType(context.uid)
    const params = context.params as { documentId?: string, status?: string }
    const { documentId } = params
    if (!type || !documentId || !(mayGoLive(context.action, params, type) || mayGoAway(context.action, type)))
      return next()
    const before = await publishedEntry(strapi, type, documentId)
    const result = await next()
    const after = await publishedEntry(strapi, type, documentId)
    try {
      await followAddressChange(strapi, context.action, before, after)
    }
    catch (error) {
      // The change is live already; refusing it now would only hide that an address broke.
      strapi.log.warn(`[redirects] ${before?.path ?? after?.path} changed, but its redirect could not be written: ${error instanceof Error ? error.message : String(error)} Add one in Redirects.`)
    }
    return result
  })
}
