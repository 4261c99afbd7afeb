import * as z from 'zod/mini'
import { normalizeWebsiteUrl } from '../url'

/*
 * Written with zod/mini, which bundlers can tree-shake: the site's form script validates with this
 * very schema in the browser for a few kilobytes, where the classic API would ship all of zod.
 */

/**
 * The most characters each field of the assessment form takes. The schema below and the form's
 * `maxlength` attributes read them from here; the CMS's contract test holds the `maxLength` of its
 * content model (schema.json) to them.
 */
export const ASSESSMENT_FIELD_LIMITS = {
  name: 100,
  email: 254,
  company: 120,
  websiteUrl: 2048,
  phone: 40,
  message: 5000,
  sourcePage: 300,
  idempotencyKey: 64,
} as const

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const IDEMPOTENCY_KEY = new RegExp(`^[\\w-]{16,${ASSESSMENT_FIELD_LIMITS.idempotencyKey}}$`)
const TOKEN_MESSAGE = 'The form token is invalid; reload the page and try again.'

const requiredText = (label: string, max: number) =>
  z.string({ error: `Please enter your ${label}.` }).check(
    z.trim(),
    z.minLength(1, `Please enter your ${label}.`),
    z.maxLength(max, `Your ${label} can be at most ${max.toLocaleString('en')} characters.`),
  )

const websiteUrl = z.pipe(
  z.string({ error: 'Please enter your website address.' }).check(z.maxLength(ASSESSMENT_FIELD_LIMITS.websiteUrl, 'That website address is too long.')),
  z.transform((value: string, ctx) => {
    const normalized = normalizeWebsiteUrl(value)
    if (normalized === null) {
      ctx.issues.push({ code: 'custom', input: value, message: 'Please enter a website address like example.com.' })
      return z.NEVER
    }
    return normalized
  }),
)

const phone = z.pipe(
  z.optional(z.string().check(
    z.trim(),
    z.maxLength(ASSESSMENT_FIELD_LIMITS.phone, 'That phone number is too long.'),
    z.regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only.'),
  )),
  z.transform((value: string | undefined) => (value ? value : undefined)),
)

/**
 * What a visitor sends from the FREE Website Assessment form. The same schema validates the form in
 * the browser, the site's server route and the CMS endpoint; its output is the normalised record.
 */
export const assessmentInputSchema = z.object({
  name: requiredText('name', ASSESSMENT_FIELD_LIMITS.name),
  email: z.pipe(
    z.string({ error: 'Please enter your email address.' }).check(z.trim(), z.toLowerCase(), z.maxLength(ASSESSMENT_FIELD_LIMITS.email, 'That email address is too long.')),
    z.email('Please enter an email address like name@example.com.'),
  ),
  company: requiredText('company name', ASSESSMENT_FIELD_LIMITS.company),
  websiteUrl,
  phone,
  services: z._default(
    z.array(z.string().check(z.regex(SLUG, 'Unknown service.')), { error: 'Pick the services you are interested in.' }).check(z.maxLength(12)),
    [],
  ),
  message: z._default(z.string().check(z.trim(), z.maxLength(ASSESSMENT_FIELD_LIMITS.message, `Your message can be at most ${ASSESSMENT_FIELD_LIMITS.message.toLocaleString('en')} characters.`)), ''),
  consent: z.literal(true, { error: 'Please agree so that we may contact you about your assessment.' }),
  // `//host` is a URL on another site, not a path.
  sourcePage: z.optional(z.string().check(z.trim(), z.maxLength(ASSESSMENT_FIELD_LIMITS.sourcePage), z.regex(/^\/(?!\/)\S*$/, 'The source page must be a path.'))),
  idempotencyKey: z.string({ error: TOKEN_MESSAGE }).check(z.regex(IDEMPOTENCY_KEY, TOKEN_MESSAGE)),
})

/** The raw form values, before validation. */
export type AssessmentFormValues = z.input<typeof assessmentInputSchema>
/** A validated, normalised assessment request. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>
