import { z } from 'zod'
import { categorySummarySchema } from './category'
import { documentMetaSchema, mediaSchema, optionalText, seoFieldsSchema, seoSchema, slugSchema } from './common'

export const authorFieldsSchema = z.object({
  name: z.string().min(1).max(80),
  role: z.string().max(80).optional(),
})

export const authorSchema = authorFieldsSchema.extend({
  id: z.number().int().optional(),
  role: optionalText,
  avatar: mediaSchema.nullable().optional(),
})

/** What an editor writes for an article; the seed fixtures are checked against it. */
export const articleFieldsSchema = z.object({
  title: z.string().min(1).max(120),
  slug: slugSchema,
  excerpt: z.string().min(1).max(300),
  body: z.string().min(1),
  author: authorFieldsSchema,
  publishedDate: z.iso.date(),
  seo: seoFieldsSchema.optional(),
})

export const articleSchema = documentMetaSchema.extend({
  ...articleFieldsSchema.shape,
  cover: mediaSchema.nullable().optional(),
  author: authorSchema,
  categories: z.array(categorySummarySchema),
  seo: seoSchema.nullable().optional(),
  /** Derived by the CMS from the body; never stored. */
  readingTimeMinutes: z.number().int().min(1),
})

/**
 * What a sitemap needs of an article: its address, dates, categories and whether it may be indexed;
 * no body, so that every article can be listed in a few small requests.
 */
export const articleIndexEntrySchema = articleSchema.pick({
  id: true,
  documentId: true,
  slug: true,
  publishedDate: true,
  updatedAt: true,
  categories: true,
  seo: true,
})

export type AuthorFields = z.infer<typeof authorFieldsSchema>
export type Author = z.infer<typeof authorSchema>
export type ArticleFields = z.infer<typeof articleFieldsSchema>
export type Article = z.infer<typeof articleSchema>
export type ArticleIndexEntry = z.infer<typeof articleIndexEntrySchema>
