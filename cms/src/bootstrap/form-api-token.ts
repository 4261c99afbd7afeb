import type { Core } from '@strapi/strapi'
import { DEV_ASSESSMENT_API_TOKEN } from '@agency/shared'

const TOKEN_NAME = 'Website assessment form'
const FORM_PERMISSIONS = ['api::assessment-submission.assessment-submission.create']

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

function formTokenValue(strapi: Core.Strapi): string {
  const configured = process.env.ASSESSMENT_API_TOKEN?.trim()
  const production = strapi.config.get('environment') === 'production'
  if (production && (!configured || configured === DEV_ASSESSMENT_API_TOKEN))
    throw new Error('ASSESSMENT_API_TOKEN is not set to a private value. Generate one (e.g. `openssl rand -hex 32`) and give the same value to the site as NUXT_CMS_FORM_TOKEN.')
  return configured || DEV_ASSESSMENT_API_TOKEN
}

/**
 * Keeps a custom API token that may create assessment submissions and do nothing else, with the key
 * from ASSESSMENT_API_TOKEN, so the CMS and the site are configured with one shared value.
 */
export async function reconcileFormApiToken(strapi: Core.Strapi): Promise<void> {
  const tokens = strapi.service('admin::api-token-content-api') as unknown as ContentApiTokenService
  const accessKey = tokens.hash(formTokenValue(strapi))

  let token = await tokens.getByName(TOKEN_NAME, { populate: ['permissions'] })
  if (!token) {
    const created = await tokens.create({
      name: TOKEN_NAME,
      description: 'Used by the public site\'s server to store FREE Website Assessment requests. It can create submissions and nothing else.',
      type: 'custom',
      lifespan: null,
      permissions: FORM_PERMISSIONS,
    })
    token = { id: created.id, accessKey: '', type: 'custom' }
  }
  const actions = (token.permissions ?? []).map(permission => permission.action)
  if (token.type !== 'custom' || actions.length !== FORM_PERMISSIONS.length || !FORM_PERMISSIONS.every(action => actions.includes(action)))
    await tokens.update(token.id, { type: 'custom', permissions: FORM_PERMISSIONS })
  if (token.accessKey !== accessKey)
    await strapi.db.query('admin::api-token').update({ where: { id: token.id }, data: { accessKey, encryptedKey: null } })
}
