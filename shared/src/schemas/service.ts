import { z } from 'zod'
import { documentMetaSchema, mediaSchema, seoFieldsSchema, seoSchema, slugSchema } from './common'

/** Icons the site can draw for a service; editors pick one from this list. */
export const SERVICE_ICONS = ['browser', 'chart', 'pen', 'palette', 'megaphone', 'lifebuoy'] as const
export const serviceIconSchema = z.enum(SERVICE_ICONS)

export const highlightFieldsSchema = z.object({
  title: z.string().min(1).max(80),
  text: z.string().min(1).max(400),
})

/** What an editor writes for a service; the seed fixtures are checked against it. */
export const serviceFieldsSchema = z.object({
  title: z.string().min(1).max(80),
  slug: slugSchema,
  summary: z.string().min(1).max(200),
  body: z.string().min(1),
  icon: serviceIconSchema,
  order: z.number().int().min(0),
  highlights: z.array(highlightFieldsSchema).max(12),
  ctaText: z.string().min(1).max(80),
  seo: seoFieldsSchema.optional(),
})

export const serviceSchema = documentMetaSchema.extend({
  ...serviceFieldsSchema.shape,
  highlights: z.array(highlightFieldsSchema.extend({ id: z.number().int() })),
  /** An optional picture shown at the top of the service's page. */
  cover: mediaSchema.nullable().optional(),
  seo: seoSchema.nullable().optional(),
})

export type ServiceIcon = z.infer<typeof serviceIconSchema>
export type ServiceFields = z.infer<typeof serviceFieldsSchema>
export type Service = z.infer<typeof serviceSchema>
