import { z } from 'zod'
import { normalizeWebsiteUrl } from '../url'
import { documentMetaSchema, slugSchema } from './common'

export const ASSESSMENT_STATUSES = ['new', 'in_review', 'contacted', 'won', 'lost'] as const
export const assessmentStatusSchema = z.enum(ASSESSMENT_STATUSES)

const requiredText = (label: string, max: number) =>
  z.string({ error: `Please enter your ${label}.` })
    .trim()
    .min(1, `Please enter your ${label}.`)
    .max(max, `Your ${label} can be at most ${max} characters.`)

/**
 * What a visitor sends from the FREE Website Assessment form. The same schema validates the form in
 * the browser, the site's server route and the CMS endpoint; its output is the normalised record.
 */
export const assessmentInputSchema = z.object({
  name: requiredText('name', 100),
  email: z.string({ error: 'Please enter your email address.' })
    .trim()
    .toLowerCase()
    .max(254, 'That email address is too long.')
    .pipe(z.email('Please enter an email address like name@example.com.')),
  company: requiredText('company name', 120),
  websiteUrl: z.string({ error: 'Please enter your website address.' })
    .max(2048, 'That website address is too long.')
    .transform((value, ctx) => {
      const normalized = normalizeWebsiteUrl(value)
      if (normalized === null) {
        ctx.addIssue({ code: 'custom', message: 'Please enter a website address like example.com.' })
        return z.NEVER
      }
      return normalized
    }),
  phone: z.string()
    .trim()
    .max(40, 'That phone number is too long.')
    .regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only.')
    .optional()
    .transform(value => (value ? value : undefined)),
  services: z.array(slugSchema, { error: 'Pick the services you are interested in.' })
    .max(12)
    .default([]),
  message: z.string().trim().max(5000, 'Your message can be at most 5,000 characters.').default(''),
  consent: z.literal(true, { error: 'Please agree so that we may contact you about your assessment.' }),
  // `//host` is a URL on another site, not a path.
  sourcePage: z.string().trim().max(300).regex(/^\/(?!\/)\S*$/, 'The source page must be a path.').optional(),
  idempotencyKey: z.string({ error: 'The form token is invalid; reload the page and try again.' })
    .regex(/^[\w-]{16,64}$/, 'The form token is invalid; reload the page and try again.'),
})

export const assessmentSubmissionSchema = documentMetaSchema.extend({
  name: z.string(),
  email: z.string(),
  company: z.string(),
  websiteUrl: z.string(),
  phone: z.string().nullable().optional(),
  message: z.string().nullable().optional(),
  consent: z.boolean(),
  consentAt: z.string().nullable(),
  sourcePage: z.string().nullable().optional(),
  status: assessmentStatusSchema,
  notes: z.string().nullable().optional(),
  auditReport: z.unknown().nullable().optional(),
  score: z.number().int().min(0).max(100).nullable().optional(),
  idempotencyKey: z.string(),
  services: z.array(z.object({ id: z.number().int(), documentId: z.string(), title: z.string(), slug: slugSchema })).optional(),
})

/** The raw form values, before validation. */
export type AssessmentFormValues = z.input<typeof assessmentInputSchema>
/** A validated, normalised assessment request. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>
export type AssessmentStatus = z.infer<typeof assessmentStatusSchema>
export type AssessmentSubmission = z.infer<typeof assessmentSubmissionSchema>
