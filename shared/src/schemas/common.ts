import { z } from 'zod'

/** A URL-safe identifier as Strapi's `uid` fields produce it. */
export const slugSchema = z
  .string()
  .min(1)
  .max(120)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, 'Use lower-case letters, digits and single hyphens')

/** Fields Strapi adds to every document it returns. */
export const documentMetaSchema = z.object({
  id: z.number().int(),
  documentId: z.string().min(1),
  createdAt: z.string(),
  updatedAt: z.string(),
  publishedAt: z.string().nullable().optional(),
})

const mediaFormatSchema = z.object({
  url: z.string(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
})

export const mediaSchema = z.object({
  id: z.number().int(),
  documentId: z.string(),
  url: z.string(),
  alternativeText: z.string().nullable().optional(),
  caption: z.string().nullable().optional(),
  width: z.number().nullable().optional(),
  height: z.number().nullable().optional(),
  mime: z.string().optional(),
  formats: z.record(z.string(), mediaFormatSchema).nullable().optional(),
  /** Changes when the file is replaced at the same address: the site's image URLs carry it. */
  updatedAt: z.string().optional(),
})

/** An optional text as Strapi returns it: null when the editor left it empty. */
export const optionalText = z.string().nullable().optional()

/** The SEO component every page-like type carries. All fields fall back to the global defaults. */
export const seoFieldsSchema = z.object({
  metaTitle: z.string().max(70).optional(),
  metaDescription: z.string().max(170).optional(),
  canonicalUrl: z.string().optional(),
  noIndex: z.boolean().default(false),
})

export const seoSchema = z.object({
  id: z.number().int().optional(),
  metaTitle: optionalText,
  metaDescription: optionalText,
  canonicalUrl: optionalText,
  noIndex: z.boolean().nullable().optional(),
  shareImage: mediaSchema.nullable().optional(),
})

export const paginationSchema = z.object({
  page: z.number().int(),
  pageSize: z.number().int(),
  pageCount: z.number().int(),
  total: z.number().int(),
})

/** Builds the envelope Strapi wraps around a list of documents. */
export function listResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({
    data: z.array(item),
    meta: z.object({ pagination: paginationSchema }),
  })
}

/** Builds the envelope Strapi wraps around a single document. */
export function singleResponseSchema<T extends z.ZodType>(item: T) {
  return z.object({ data: item })
}

export const strapiErrorSchema = z.object({
  data: z.null().optional(),
  error: z.object({
    status: z.number().int(),
    name: z.string(),
    message: z.string(),
    details: z.unknown().optional(),
  }),
})

export type Media = z.infer<typeof mediaSchema>
export type Seo = z.infer<typeof seoSchema>
export type SeoFields = z.infer<typeof seoFieldsSchema>
export type Pagination = z.infer<typeof paginationSchema>
export type StrapiError = z.infer<typeof strapiErrorSchema>
