import type { Core } from '@strapi/strapi'
import { isApiToken } from './api-token-auth'

export interface ResponseShape {
  /** Exactly what every response of the type populates; callers cannot widen or narrow it. */
  populate: Record<string, unknown>
  /** Order used when the caller does not ask for one. */
  defaultSort?: string[]
}

/**
 * A route middleware that fixes a content type's response shape, so that every consumer gets the same
 * relations and components without `populate=*` (which would over-fetch and expose more than intended).
 */
export function fixResponseShape({ populate, defaultSort }: ResponseShape): Core.MiddlewareFactory {
  return () => async (ctx, next) => {
    const query = ctx.query as Record<string, unknown>
    // Strapi 5 serves drafts to anyone who adds ?status=draft; only API tokens (previews, integrators) may.
    if (!isApiToken(ctx.state.auth))
      delete query.status
    query.populate = populate
    if (defaultSort && query.sort === undefined)
      query.sort = defaultSort
    await next()
  }
}

/** Media fields worth sending: enough for responsive images, nothing about storage internals. */
export const MEDIA_FIELDS = ['url', 'alternativeText', 'caption', 'width', 'height', 'mime', 'formats', 'updatedAt'] as const

export const SEO_POPULATE = { populate: { shareImage: { fields: MEDIA_FIELDS } } }
