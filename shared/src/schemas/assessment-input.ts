import * as z from 'zod/mini'
import { normalizeWebsiteUrl } from '../url'

/*
 * Written with zod/mini, which bundlers can tree-shake: the site's form script validates with this
 * very schema in the browser for a few kilobytes, where the classic API would ship all of zod.
 */

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/
const TOKEN_MESSAGE = 'The form token is invalid; reload the page and try again.'

const requiredText = (label: string, max: number) =>
  z.string({ error: `Please enter your ${label}.` }).check(
    z.trim(),
    z.minLength(1, `Please enter your ${label}.`),
    z.maxLength(max, `Your ${label} can be at most ${max} characters.`),
  )

const websiteUrl = z.pipe(
  z.string({ error: 'Please enter your website address.' }).check(z.maxLength(2048, 'That website address is too long.')),
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
    z.maxLength(40, 'That phone number is too long.'),
    z.regex(/^[+()\d\s.-]*$/, 'Use digits, spaces and + ( ) - only.'),
  )),
  z.transform((value: string | undefined) => (value ? value : undefined)),
)

/**
 * What a visitor sends from the FREE Website Assessment form. The same schema validates the form in
 * the browser, the site's server route and the CMS endpoint; its output is the normalised record.
 */
export const assessmentInputSchema = z.object({
  name: requiredText('name', 100),
  email: z.pipe(
    z.string({ error: 'Please enter your email address.' }).check(z.trim(), z.toLowerCase(), z.maxLength(254, 'That email address is too long.')),
    z.email('Please enter an email address like name@example.com.'),
  ),
  company: requiredText('company name', 120),
  websiteUrl,
  phone,
  services: z._default(
    z.array(z.string().check(z.regex(SLUG, 'Unknown service.')), { error: 'Pick the services you are interested in.' }).check(z.maxLength(12)),
    [],
  ),
  message: z._default(z.string().check(z.trim(), z.maxLength(5000, 'Your message can be at most 5,000 characters.')), ''),
  consent: z.literal(true, { error: 'Please agree so that we may contact you about your assessment.' }),
  // `//host` is a URL on another site, not a path.
  sourcePage: z.optional(z.string().check(z.trim(), z.maxLength(300), z.regex(/^\/(?!\/)\S*$/, 'The source page must be a path.'))),
  idempotencyKey: z.string({ error: TOKEN_MESSAGE }).check(z.regex(/^[\w-]{16,64}$/, TOKEN_MESSAGE)),
})

/** The raw form values, before validation. */
export type AssessmentFormValues = z.input<typeof assessmentInputSchema>
/** A validated, normalised assessment request. */
export type AssessmentInput = z.output<typeof assessmentInputSchema>
