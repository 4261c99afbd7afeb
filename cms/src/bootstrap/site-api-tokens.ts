import type { Core } from '@strapi/strapi'
import { sharedSecret } from '../utils/secrets'

interface SiteToken {
  name: string
  description: string
  /** The environment variable that holds the key, shared with the site. */
  variable: 'ASSESSMENT_API_TOKEN' | 'PREVIEW_API_TOKEN'
  permissions: string[]
}

/**
 * The API tokens the public site's server uses, each allowed exactly what it needs. Their keys come
 * from the environment, so the CMS and the site are configured with one shared value each.
 */
export const SITE_TOKENS: SiteToken[] = [
  {
    name: 'Website assessment form',
    description: 'Used by the public site\'s server to store FREE Website Assessment requests. It can create submissions and nothing else.',
    variable: 'ASSESSMENT_API_TOKEN',
    permissions: ['api::assessment-submission.assessment-submission.create'],
  },
  {
    name: 'Website draft preview',
    description: 'Used by the public site\'s server to show drafts in the admin\'s preview. It can read the site\'s content and nothing else.',
    variable: 'PREVIEW_API_TOKEN',
    permissions: [
      'api::article.article.find',
      'api::article.article.findOne',
      'api::service.service.find',
      'api::service.service.findOne',
      'api::category.category.find',
      'api::category.category.findOne',
      'api::global.global.find',
      'api::page.page.find',
      'api::page.page.findOne',
      'api::testimonial.testimonial.find',
      'api::testimonial.testimonial.findOne',
      'api::case-study.case-study.find',
      'api::case-study.case-study.findOne',
      'api::redirect.redirect.find',
    ],
  },
]

interface TokenRow {
  id: number
  accessKey: string
  type: string
  permissions?: Array<{ action: string }>
}

interface ContentApiTokenService {
  hash: (accessKey: string) => string
  getByName: (name: string, options?: { populate?: string[] }) => Promise<TokenRow | null>
  create: (attributes: { name: string, description: string, type: 'custom', lifespan: null, permissions: string[] }) => Promise<{ id: number }>
  update: (id: number, attributes: { type: 'custom', permissions: string[] }) => Promise<unknown>
}

async function reconcile(strapi: Core.Strapi, tokens: ContentApiTokenService, token: SiteToken): Promise<void> {
  const accessKey = tokens.hash(sharedSecret(token.variable))
  let row = await tokens.getByName(token.name, { populate: ['permissions'] })
  if (!row) {
    const created = await tokens.create({ name: token.name, description: token.description, type: 'custom', lifespan: null, permissions: token.permissions })
    row = { id: created.id, accessKey: '', type: 'custom', permissions: token.permissions.map(action => ({ action })) }
  }
  const actions = (row.permissions ?? []).map(permission => permission.action).sort()
  if (row.type !== 'custom' || JSON.stringify(actions) !== JSON.stringify([...token.permissions].sort()))
    await tokens.update(row.id, { type: 'custom', permissions: token.permissions })
  if (row.accessKey !== accessKey)
    await strapi.db.query('admin::api-token').update({ where: { id: row.id }, data: { accessKey, encryptedKey: null } })
}

/** Creates the site's tokens when missing and puts back their keys and permissions on every start. */
export async function reconcileSiteApiTokens(strapi: Core.Strapi): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService
  for (const token of SITE_TOKENS)
    await reconcile(strapi, tokens, token)
}
