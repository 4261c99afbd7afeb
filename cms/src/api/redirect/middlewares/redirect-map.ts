import type { Core } from '@strapi/strapi'

/**
 * The rules as the site reads them: only enabled ones, only what a lookup needs. Editors' notes stay in
 * the admin, and a disabled rule is not announced to anyone who asks.
 */
const redirectMap: Core.MiddlewareFactory = () => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>
  query.fields = ['from', 'to', 'type', 'external', 'enabled', 'createdAt', 'updatedAt']
  query.filters = { $and: [query.filters ?? {}, { enabled: { $eq: true } }] }
  query.populate = {}
  if (query.sort === undefined)
    query.sort = ['id:asc']
  await next()
}

export default redirectMap
