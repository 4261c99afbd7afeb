import type { RedirectRule, RedirectType } from '@agency/shared'
import type { Core } from '@strapi/strapi'
import { buildRedirectMap, isAbsoluteAddress, isPrefixRule, matchingRule, MAX_PREFIX_REDIRECTS, normalizeRedirectFrom, normalizeRedirectPath, REDIRECT_TYPES, redirectAddressProblem } from '@agency/shared'
import { errors } from '@strapi/utils'
import { siteUrl } from '../utils/preview-url'

const UID = 'api::redirect.redirect'

interface StoredRule extends RedirectRule {
  documentId: string
  external?: boolean | null
  enabled?: boolean | null
}

interface RuleRow {
  documentId: string
  from?: string | null
  to?: string | null
  type?: RedirectType | null
  external?: boolean | null
  enabled?: boolean | null
}

/** A stored row as a rule; Strapi's types leave every attribute optional. */
const asRule = ({ documentId, from, to, type, external, enabled }: RuleRow): StoredRule => ({ documentId, from: from ?? '', to, type: type ?? 'permanent_301', external, enabled })

function refuse(message: string): never {
  throw new errors.ValidationError(message)
}

/** The scheme and host of a normalised absolute address: `https://example.com`. */
const originOf = (address: string): string => /^[a-z][a-z\d+.-]*:\/\/[^/?]*/.exec(address)?.[0] ?? ''

/** A target on the site as a path, or null for an address elsewhere. */
function sitePath(to: string): string | null {
  if (!isAbsoluteAddress(to))
    return to
  const site = originOf(normalizeRedirectPath(siteUrl()))
  return originOf(to) === site ? to.slice(site.length) || '/' : null
}

const text = (value: unknown): string => typeof value === 'string' ? value.trim() : ''

/**
 * Checks a rule as it will be stored, and writes its addresses in their one spelling (see
 * redirect-paths.ts), so that the site's lookups and the checks here compare like with like.
 */
async function checkRule(strapi: Core.Strapi, data: Record<string, unknown>, documentId: string | undefined): Promise<void> {
  const row = documentId ? await strapi.documents(UID).findOne({ documentId }) : null
  // An update of a rule that is not there changes nothing; Strapi answers it as not found.
  if (documentId && !row)
    return
  const stored = row ? asRule(row) : null
  const merged = { ...stored, ...data }
  const rawFrom = text(merged.from)
  const type = REDIRECT_TYPES.find(known => known === merged.type) ?? 'permanent_301'
  const gone = type === 'gone_410'

  const fromProblem = redirectAddressProblem(rawFrom, { allowPrefix: true })
  if (fromProblem)
    refuse(`"Old address" ${fromProblem}.`)
  const from = normalizeRedirectFrom(rawFrom)
  const prefix = isPrefixRule(from)
  data.from = from

  const rawTo = text(merged.to)
  if (gone) {
    if ('to' in data)
      data.to = rawTo === '' ? null : rawTo
  }
  else {
    if (rawTo === '')
      refuse('"New address" is empty: say where the old address goes, or choose the kind gone_410 for a page removed on purpose.')
    const toProblem = redirectAddressProblem(rawTo, { allowAbsolute: true, allowPrefix: prefix })
    if (toProblem)
      refuse(`"New address" ${toProblem}.`)
  }
  const to = gone ? '' : normalizeRedirectPath(rawTo, { keepQuery: true })
  if (!gone)
    data.to = to

  const others = (await strapi.documents(UID).findMany({ fields: ['from', 'to', 'type', 'enabled', 'external'] }))
    .filter(rule => rule.documentId !== documentId)
    .map(asRule)

  if (prefix && !(stored && isPrefixRule(stored.from)) && others.filter(rule => isPrefixRule(rule.from)).length >= MAX_PREFIX_REDIRECTS)
    refuse(`There are already ${MAX_PREFIX_REDIRECTS} rules ending in "/*", the most the site checks on every visit. Remove one, or write this rule for one address.`)

  if (merged.enabled === false)
    return
  if (!gone) {
    const target = sitePath(to)
    if (target === null && merged.external !== true)
      refuse(`"${to}" is on another website. Tick "Another website" to confirm that visitors should be sent there.`)
    if (target !== null)
      checkTarget({ from, to, type }, target, others)
  }
  checkSources(from, gone ? null : to, others)
}

/** Refuses a rule to itself, into a loop, or to an address that another rule already sends on. */
function checkTarget(rule: RedirectRule, target: string, others: StoredRule[]): void {
  if (matchingRule(buildRedirectMap([rule]), target))
    refuse('The new address is the old address, or under it: the rule would send visitors back to itself.')
  const onward = matchingRule(buildRedirectMap(others.filter(other => other.enabled !== false)), target)?.rule
  if (!onward)
    return
  const onwardTarget = onward.to ? sitePath(onward.to) : null
  if (onwardTarget !== null && matchingRule(buildRedirectMap([rule]), onwardTarget))
    refuse(`The rule from "${onward.from}" already sends visitors to "${onward.to}": together the two rules would loop. Change or remove that rule.`)
  if (onward.type === 'gone_410' || !onward.to)
    refuse(`"${target}" is marked gone (410) by the rule from "${onward.from}". Point this rule at a page that exists.`)
  refuse(`"${target}" already redirects to "${onward.to}" by the rule from "${onward.from}". Point this rule at "${onward.to}" instead, so that visitors are sent once.`)
}

/** Refuses a rule from an address that other rules send visitors to, which would make them a chain. */
function checkSources(from: string, to: string | null, others: StoredRule[]): void {
  if (to === null || isPrefixRule(from))
    return
  const source = others.find(rule => rule.enabled !== false && rule.type !== 'gone_410' && rule.to && !isPrefixRule(rule.to) && sitePath(rule.to) === from)
  if (source)
    refuse(`The rule from "${source.from}" sends visitors to "${from}", so this rule would make a chain. Change that rule to go to "${to}" first.`)
}

/**
 * Checks every redirect an editor or the CMS saves: a path that is malformed, a redirect to itself, a
 * loop or a chain, another website not confirmed as such, too many prefix rules. The admin shows the
 * message beside the Save button.
 */
export function requireSoundRedirects(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid === UID && (context.action === 'create' || context.action === 'update')) {
      const params = context.params as { documentId?: string, data?: Record<string, unknown> }
      if (params.data)
        await checkRule(strapi, params.data, params.documentId)
    }
    return next()
  })
}
