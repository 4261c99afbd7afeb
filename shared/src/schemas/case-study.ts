import { z } from 'zod'
import { documentMetaSchema, mediaSchema, seoFieldsSchema, seoSchema, slugSchema } from './common'
import { serviceSummarySchema, testimonialSchema } from './page'

/** One result of a project: a figure and what it counts, such as "+38%" and "more enquiries". */
export const caseStudyResultFieldsSchema = z.object({
  figure: z.string().min(1).max(20),
  label: z.string().min(1).max(80),
})

/** The live site's address: http(s) only, so it can be linked safely. */
const liveUrlSchema = z.url({ protocol: /^https?$/ }).max(300)

/** The earliest and latest year a project may be dated. */
export const CASE_STUDY_YEARS = { min: 1990, max: 2100 } as const

/** What an editor writes for a case study; the seed fixtures are checked against it. */
export const caseStudyFieldsSchema = z.object({
  title: z.string().min(1).max(120),
  slug: slugSchema,
  client: z.string().min(1).max(120),
  industry: z.string().min(1).max(80),
  year: z.number().int().min(CASE_STUDY_YEARS.min).max(CASE_STUDY_YEARS.max),
  summary: z.string().min(1).max(300),
  /** Markdown, sanitised like an article's body. */
  challenge: z.string().min(1),
  approach: z.string().min(1),
  outcome: z.string().min(1),
  results: z.array(caseStudyResultFieldsSchema).max(6),
  liveUrl: liveUrlSchema.optional(),
  seo: seoFieldsSchema.optional(),
})

export const caseStudySchema = documentMetaSchema.extend({
  ...caseStudyFieldsSchema.shape,
  results: z.array(caseStudyResultFieldsSchema.extend({ id: z.number().int() })),
  liveUrl: liveUrlSchema.nullable().optional(),
  services: z.array(serviceSummarySchema),
  testimonial: testimonialSchema.nullable().optional(),
  cover: mediaSchema,
  /** Strapi sends no gallery as null; readers always get a list. */
  gallery: z.array(mediaSchema).nullish().transform(images => images ?? []),
  seo: seoSchema.nullable().optional(),
})

/** What a sitemap and the work page's filter need of a case study: its address, services and dates; no text. */
export const caseStudyIndexEntrySchema = caseStudySchema.pick({
  id: true,
  documentId: true,
  slug: true,
  year: true,
  updatedAt: true,
  services: true,
  seo: true,
})

export type CaseStudyResultFields = z.infer<typeof caseStudyResultFieldsSchema>
export type CaseStudyFields = z.infer<typeof caseStudyFieldsSchema>
export type CaseStudy = z.infer<typeof caseStudySchema>
export type CaseStudyIndexEntry = z.infer<typeof caseStudyIndexEntrySchema>
