import type { Core } from '@strapi/strapi'
import { REDIRECT_ENTRY_TARGET_FIELDS } from '@agency/shared'

/** A chosen entry comes with its slug alone: the site builds its address from it. */
const ENTRY_TARGETS = Object.fromEntries(REDIRECT_ENTRY_TARGET_FIELDS.map(field => [field, { fields: ['slug'] }]))

/**
 * The rules as the site reads them: only enabled ones, only what a lookup needs. Editors' notes stay in
 * the admin, and a disabled rule is not announced to anyone who asks. A chosen entry is populated in its
 * published version only, so one taken off the site leaves its rule with nowhere to go.
 */
const redirectMap: Core.MiddlewareFactory = () => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>
  query.fields = ['from', 'to', 'type', 'external', 'enabled', 'createdAt', 'updatedAt']
  query.filters = { $and: [query.filters ?? {}, { enabled: { $eq: true } }] }
  query.populate = ENTRY_TARGETS
  if (query.sort === undefined)
    query.sort = ['id:asc']
  await next()
}

export default redirectMap
