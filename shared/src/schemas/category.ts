import { z } from 'zod'
import { documentMetaSchema, optionalText, seoFieldsSchema, seoSchema, slugSchema } from './common'

export const categoryFieldsSchema = z.object({
  name: z.string().min(1).max(60),
  slug: slugSchema,
  description: z.string().max(300).optional(),
  seo: seoFieldsSchema.optional(),
})

/** A category as it appears inside an article: enough to draw a chip and link to its page. */
export const categorySummarySchema = z.object({
  id: z.number().int(),
  documentId: z.string().min(1),
  name: z.string(),
  slug: slugSchema,
})

export const categorySchema = documentMetaSchema.extend({
  ...categoryFieldsSchema.shape,
  description: optionalText,
  seo: seoSchema.nullable().optional(),
})

export type CategoryFields = z.infer<typeof categoryFieldsSchema>
export type CategorySummary = z.infer<typeof categorySummarySchema>
export type Category = z.infer<typeof categorySchema>
