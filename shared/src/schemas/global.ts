import { z } from 'zod'
import { documentMetaSchema, optionalText, seoFieldsSchema, seoSchema } from './common'

/** An internal path (`/blog`) or an absolute http(s) URL. */
const hrefSchema = z.string().regex(/^(?:\/(?!\/)|https?:\/\/)\S*$/, 'Use a path starting with / or an http(s) URL')

export const linkFieldsSchema = z.object({
  label: z.string().min(1).max(60),
  href: hrefSchema,
})

export const menuItemFieldsSchema = z.object({
  label: z.string().min(1).max(60),
  href: hrefSchema.optional(),
  links: z.array(linkFieldsSchema),
})

export const footerFieldsSchema = z.object({
  blurb: z.string().max(400).optional(),
  links: z.array(linkFieldsSchema),
  copyright: z.string().max(120).optional(),
})

export const globalFieldsSchema = z.object({
  agencyName: z.string().min(1).max(80),
  tagline: z.string().min(1).max(160),
  contactEmail: z.email(),
  contactPhone: z.string().max(40).optional(),
  address: z.string().max(300).optional(),
  navigation: z.array(menuItemFieldsSchema),
  cta: linkFieldsSchema,
  footer: footerFieldsSchema,
  defaultSeo: seoFieldsSchema,
})

const withId = { id: z.number().int() }
const linkSchema = linkFieldsSchema.extend(withId)

export const globalSchema = documentMetaSchema.extend({
  ...globalFieldsSchema.shape,
  contactPhone: optionalText,
  address: optionalText,
  navigation: z.array(menuItemFieldsSchema.extend({ ...withId, href: optionalText, links: z.array(linkSchema) })),
  cta: linkSchema,
  footer: footerFieldsSchema.extend({ ...withId, blurb: optionalText, copyright: optionalText, links: z.array(linkSchema) }),
  defaultSeo: seoSchema,
})

export type Link = z.infer<typeof linkSchema>
export type GlobalFields = z.infer<typeof globalFieldsSchema>
export type Global = z.infer<typeof globalSchema>
