import { z } from 'zod'
import { documentMetaSchema } from './common'

/**
 * A rule's kind, as the CMS stores it. Strapi's enumerations may not start with a digit, so each name
 * carries its HTTP status after what it means to an editor.
 */
export const REDIRECT_TYPES = ['permanent_301', 'temporary_302', 'temporary_307', 'permanent_308', 'gone_410'] as const
export const redirectTypeSchema = z.enum(REDIRECT_TYPES)
export type RedirectType = z.infer<typeof redirectTypeSchema>

/** The status the site answers with for each kind of rule. */
export const REDIRECT_STATUS = {
  permanent_301: 301,
  temporary_302: 302,
  temporary_307: 307,
  permanent_308: 308,
  gone_410: 410,
} as const satisfies Record<RedirectType, number>

/** The longest `from` or `to` an editor may write. */
export const REDIRECT_ADDRESS_MAX_LENGTH = 2000

/** At most this many prefix rules (`/old-blog/*`), since each request is compared with every one. */
export const MAX_PREFIX_REDIRECTS = 50

/** A chosen entry as a rule carries it: only its slug, and null while it is not published. */
const entryTargetSchema = z.object({ slug: z.string().min(1) }).nullable().optional()

/**
 * A rule as the site reads it. It goes to `to`, or to the one entry it names (an article, service,
 * category, page or case study), which it follows when the entry's slug changes. The editors' note stays in the CMS.
 */
export const redirectSchema = documentMetaSchema.extend({
  from: z.string().min(1).max(REDIRECT_ADDRESS_MAX_LENGTH),
  to: z.string().max(REDIRECT_ADDRESS_MAX_LENGTH).nullable().optional(),
  toArticle: entryTargetSchema,
  toService: entryTargetSchema,
  toCategory: entryTargetSchema,
  toPage: entryTargetSchema,
  toCaseStudy: entryTargetSchema,
  type: redirectTypeSchema,
  external: z.boolean().nullable().optional(),
  enabled: z.boolean().nullable().optional(),
})

export type Redirect = z.infer<typeof redirectSchema>
