import type { Core } from '@strapi/strapi'
import { isApiToken } from '../utils/api-token-auth'

/**
 * The route middleware of response-shaped types: every consumer gets the same relations and components,
 * without `populate=*` (which would over-fetch and expose more than intended). The caller's populate is
 * dropped here; the type's service adds the shape (published-reads/shaped-service.ts).
 */
const shapedQuery: Core.MiddlewareFactory = () => async (ctx, next) => {
  const query = ctx.query as Record<string, unknown>
  // Strapi 5 serves drafts to anyone who adds ?status=draft; only API tokens (previews, integrators) may.
  if (!isApiToken(ctx.state.auth))
    delete query.status
  delete query.populate
  await next()
}

export default shapedQuery
