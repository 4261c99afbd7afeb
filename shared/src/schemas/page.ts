import { z } from 'zod'
import { categorySummarySchema } from './category'
import { documentMetaSchema, mediaSchema, optionalText, seoFieldsSchema, seoSchema, slugSchema } from './common'
import { linkFieldsSchema } from './global'

/**
 * Pages built from blocks. Each block is a Strapi component in the `blocks` category of a Page's
 * `sections` dynamic zone; `__component` names it, so the union below tells them apart. Lengths are the
 * limits editors see in the admin: headings stay short enough to read as headings.
 */

/** Icons a process step may show instead of its number. */
export const STEP_ICONS = ['sparkles', 'clock', 'shield', 'mail', 'search', 'pen', 'chart', 'check'] as const

const heading = z.string().min(1).max(120)
const lead = z.string().max(400)

export const testimonialFieldsSchema = z.object({
  quote: z.string().min(1).max(600),
  name: z.string().min(1).max(80),
  role: z.string().max(80).optional(),
  company: z.string().max(120).optional(),
})

export const testimonialSchema = documentMetaSchema.extend({
  ...testimonialFieldsSchema.shape,
  role: optionalText,
  company: optionalText,
  photo: mediaSchema.nullable().optional(),
})

/** A service as a block or a case study names it: enough for a chip, a filter and a link to its page. */
export const serviceSummarySchema = z.object({ documentId: z.string(), slug: slugSchema, title: z.string() })

const caseStudySummarySchema = z.object({ documentId: z.string(), slug: slugSchema, title: z.string() })

const block = <Name extends string, Shape extends z.ZodRawShape>(name: Name, shape: Shape) =>
  z.object({ __component: z.literal(`blocks.${name}`), id: z.number().int(), ...shape })

/** A call to action: the `layout.link` component, a label and a path on the site or an http(s) URL. */
const link = linkFieldsSchema.extend({ id: z.number().int().optional() })

export const heroBlockSchema = block('hero', {
  eyebrow: optionalText,
  heading,
  lead: lead.nullable().optional(),
  primaryAction: link.nullable().optional(),
  secondaryAction: link.nullable().optional(),
  /** Shown beside the text; without one, the site draws its illustration. */
  image: mediaSchema.nullable().optional(),
  /** A title band, as list pages open, instead of the full hero with its picture. */
  compact: z.boolean(),
})

export const richTextBlockSchema = block('rich-text', {
  heading: heading.nullable().optional(),
  /** Markdown, sanitised like an article's body. */
  body: z.string().min(1),
})

export const servicesGridBlockSchema = block('services-grid', {
  eyebrow: optionalText,
  /** Without one, the grid is the page's list of services and each card's title is an h2. */
  heading: heading.nullable().optional(),
  intro: lead.nullable().optional(),
  /** The services chosen; none chosen shows every service in its order. */
  services: z.array(serviceSummarySchema),
  /** The link on each card to the service's page. */
  linkLabel: z.string().min(1).max(40),
})

export const latestArticlesBlockSchema = block('latest-articles', {
  eyebrow: optionalText,
  heading,
  count: z.number().int().min(1).max(12),
  category: categorySummarySchema.nullable().optional(),
  linkLabel: optionalText,
})

export const processStepsBlockSchema = block('process-steps', {
  eyebrow: optionalText,
  heading,
  intro: lead.nullable().optional(),
  steps: z.array(z.object({ id: z.number().int().optional(), title: z.string().min(1).max(80), text: z.string().min(1).max(400), icon: z.enum(STEP_ICONS).nullable().optional() })).min(1),
})

export const faqBlockSchema = block('faq', {
  heading,
  items: z.array(z.object({ id: z.number().int().optional(), question: z.string().min(1).max(200), answer: z.string().min(1) })).min(1),
})

export const testimonialsBlockSchema = block('testimonials', {
  heading,
  testimonials: z.array(testimonialSchema),
})

export const figuresBlockSchema = block('figures', {
  heading: heading.nullable().optional(),
  figures: z.array(z.object({ id: z.number().int().optional(), value: z.string().min(1).max(20), label: z.string().min(1).max(80) })).min(1),
})

export const ctaBannerBlockSchema = block('cta-banner', {
  eyebrow: optionalText,
  heading,
  text: lead.nullable().optional(),
  /** Short selling points, one per line. */
  points: z.string().max(400).nullable().optional(),
  action: link,
})

export const imageTextBlockSchema = block('image-text', {
  heading,
  body: z.string().min(1),
  image: mediaSchema,
  imageOnRight: z.boolean(),
})

export const clientLogosBlockSchema = block('client-logos', {
  heading,
  logos: z.array(mediaSchema).min(1),
})

export const selectedWorkBlockSchema = block('selected-work', {
  eyebrow: optionalText,
  heading,
  intro: lead.nullable().optional(),
  /** The case studies chosen, in that order; none chosen shows the newest `count`. */
  caseStudies: z.array(caseStudySummarySchema),
  count: z.number().int().min(1).max(6),
  /** The link to every case study; empty: no link. */
  linkLabel: optionalText,
})

const fieldLabel = z.string().min(1).max(80)

/** The FREE Website Assessment form, with every word of it but its error messages. */
export const assessmentFormBlockSchema = block('assessment-form', {
  heading,
  nameLabel: fieldLabel,
  emailLabel: fieldLabel,
  companyLabel: fieldLabel,
  phoneLabel: fieldLabel,
  websiteLabel: fieldLabel,
  websiteHint: z.string().max(200).nullable().optional(),
  servicesLabel: fieldLabel,
  messageLabel: fieldLabel,
  /** The consent box's sentence; one `[text](address)` in it becomes a link (the privacy policy). */
  consentLabel: z.string().min(1).max(400),
  submitLabel: z.string().min(1).max(60),
  /** Shown after the label of a field the visitor may leave empty. */
  optionalMarker: z.string().min(1).max(30),
})

export const pageBlockSchema = z.discriminatedUnion('__component', [
  heroBlockSchema,
  richTextBlockSchema,
  servicesGridBlockSchema,
  latestArticlesBlockSchema,
  processStepsBlockSchema,
  faqBlockSchema,
  testimonialsBlockSchema,
  figuresBlockSchema,
  ctaBannerBlockSchema,
  imageTextBlockSchema,
  clientLogosBlockSchema,
  assessmentFormBlockSchema,
  selectedWorkBlockSchema,
])

/** Every block the site knows, by its Strapi component name. */
export const PAGE_BLOCKS = pageBlockSchema.options.map(option => option.shape.__component.value)

export const pageFieldsSchema = z.object({
  title: z.string().min(1).max(120),
  slug: slugSchema,
  seo: seoFieldsSchema.optional(),
})

export const pageSchema = documentMetaSchema.extend({
  ...pageFieldsSchema.shape,
  seo: seoSchema.nullable().optional(),
  /**
   * Blocks in the editor's order. A block of a kind this version does not know (a newer CMS) fails
   * this schema alone; readers skip it rather than the page.
   */
  sections: z.array(z.looseObject({ __component: z.string() })),
})

export type ServiceSummary = z.infer<typeof serviceSummarySchema>
export type TestimonialFields = z.infer<typeof testimonialFieldsSchema>
export type Testimonial = z.infer<typeof testimonialSchema>
export type StepIcon = (typeof STEP_ICONS)[number]
export type PageBlock = z.infer<typeof pageBlockSchema>
export type PageBlockName = PageBlock['__component']
export type PageFields = z.infer<typeof pageFieldsSchema>
export type PageDocument = z.infer<typeof pageSchema>
