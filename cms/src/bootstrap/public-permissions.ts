import type { Core } from '@strapi/strapi'

/**
 * Everything an anonymous visitor may do: read published content. Nothing else, and in particular
 * nothing on assessment submissions or on the users-permissions auth endpoints.
 */
export const PUBLIC_ACTIONS = [
  'api::service.service.find',
  'api::service.service.findOne',
  'api::article.article.find',
  'api::article.article.findOne',
  'api::category.category.find',
  'api::category.category.findOne',
  'api::global.global.find',
  'api::page.page.find',
  'api::page.page.findOne',
  'api::testimonial.testimonial.find',
  'api::testimonial.testimonial.findOne',
  'api::case-study.case-study.find',
  'api::case-study.case-study.findOne',
  // The site's map of redirects; the route serves enabled rules without the team's notes.
  'api::redirect.redirect.find',
] as const

interface PermissionRow {
  id: number
  action: string
}

/** Makes the Public role's permissions exactly {@link PUBLIC_ACTIONS}, adding and removing as needed. */
export async function reconcilePublicPermissions(strapi: Core.Strapi): Promise<void> {
  const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } }) as { id: number } | null
  if (!role)
    throw new Error('The users-permissions Public role is missing; the plugin did not initialise.')

  const permissions = strapi.db.query('plugin::users-permissions.permission')
  const current = await permissions.findMany({ where: { role: role.id } }) as PermissionRow[]
  const wanted = new Set<string>(PUBLIC_ACTIONS)

  const extra = current.filter(permission => !wanted.has(permission.action))
  if (extra.length > 0)
    await permissions.deleteMany({ where: { id: { $in: extra.map(permission => permission.id) } } })

  const present = new Set(current.map(permission => permission.action))
  const missing = PUBLIC_ACTIONS.filter(action => !present.has(action))
  for (const action of missing)
    await permissions.create({ data: { action, role: role.id } })

  if (extra.length > 0 || missing.length > 0)
    strapi.log.info(`[permissions] Public role: granted ${missing.length}, revoked ${extra.length}`)
}
