import type { RedirectRule } from './redirect-map'
import type { Redirect } from './schemas/redirect'
import { articlePath, caseStudyPath, categoryPath, pagePath, servicePath } from './paths'

/**
 * The entries a redirect may send visitors to instead of an address, each with where it lives. A rule
 * that names an entry follows it when its slug changes later.
 */
export const REDIRECT_ENTRY_TARGETS = {
  toArticle: articlePath,
  toService: servicePath,
  toCategory: categoryPath,
  toPage: pagePath,
  toCaseStudy: caseStudyPath,
} as const satisfies Record<string, (slug: string) => string>

export type RedirectEntryTarget = keyof typeof REDIRECT_ENTRY_TARGETS

export const REDIRECT_ENTRY_TARGET_FIELDS = Object.keys(REDIRECT_ENTRY_TARGETS) as RedirectEntryTarget[]

/** A chosen entry as a rule carries it: its slug while it is published, nothing once it is not. */
export type RedirectEntryRefs = Partial<Record<RedirectEntryTarget, { slug: string } | null>>

/** Which entry field a rule names, if any. */
export function chosenEntryField(rule: RedirectEntryRefs): RedirectEntryTarget | undefined {
  return REDIRECT_ENTRY_TARGET_FIELDS.find(field => rule[field])
}

/** The address of the entry a rule names, or null when it names none (or its entry is not published). */
export function entryTargetPath(rule: RedirectEntryRefs): string | null {
  const field = chosenEntryField(rule)
  const slug = field ? rule[field]?.slug : undefined
  return field && slug ? REDIRECT_ENTRY_TARGETS[field](slug) : null
}

/**
 * A rule as the site looks it up. One that names an entry goes to the entry's address today. The CMS
 * stores no address beside a chosen entry, so a rule whose entry is no longer published has nowhere to
 * go and answers 410 Gone.
 */
export function redirectRuleOf(rule: Pick<Redirect, 'from' | 'to' | 'type'> & RedirectEntryRefs): RedirectRule {
  return { from: rule.from, to: entryTargetPath(rule) ?? rule.to ?? null, type: rule.type }
}
