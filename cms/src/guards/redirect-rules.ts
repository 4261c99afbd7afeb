import type { RedirectRule, RedirectType } from '@agency/shared'
import type { Core } from '@strapi/strapi'
import type { AddressedType, LiveEntry } from '../redirects/addressed-entries'
import { buildRedirectMap, isAbsoluteAddress, isPrefixRule, matchingRule, MAX_PREFIX_REDIRECTS, normalizeRedirectFrom, normalizeRedirectPath, REDIRECT_TYPES, redirectAddressProblem } from '@agency/shared'
import { errors } from '@strapi/utils'
import { ADDRESSED_TYPES, liveEntryAt, publishedEntries } from '../redirects/addressed-entries'
import { siteUrl } from '../utils/preview-url'

const UID = 'api::redirect.redirect'

/** A stored rule with its target resolved: the address it names, or the chosen entry's address today. */
interface StoredRule extends RedirectRule {
  documentId: string
  /** The address an editor wrote, if any. */
  address: string | null
  external: boolean
  enabled: boolean
  replacesLivePage: boolean
  /** The chosen entry, when the rule names one; `to` is then its address while it is published. */
  entry?: { noun: string, live: LiveEntry | null }
  /** How many entries the rule names; more than one is refused. */
  entries: number
}

type EntryRef = { documentId: string } | null | undefined

interface RuleRow {
  documentId: string
  from?: string | null
  to?: string | null
  type?: RedirectType | null
  external?: boolean | null
  enabled?: boolean | null
  replacesLivePage?: boolean | null
  [field: string]: unknown
}

const ENTRY_POPULATE = Object.fromEntries(ADDRESSED_TYPES.map(type => [type.field, { fields: ['documentId'] }]))

const chosenId = (row: RuleRow, type: AddressedType): string | undefined => (row[type.field] as EntryRef)?.documentId

/** A stored row with its chosen entry resolved from `live`, the published entries rules name, by type. */
function readRule(row: RuleRow, live: Map<AddressedType, Map<string, LiveEntry>>): StoredRule {
  const chosen = ADDRESSED_TYPES.filter(type => chosenId(row, type))
  const [first] = chosen
  const entry = first ? live.get(first)?.get(chosenId(row, first) ?? '') ?? null : null
  return {
    documentId: row.documentId,
    from: row.from ?? '',
    address: row.to || null,
    to: first ? entry?.path ?? null : row.to || null,
    type: REDIRECT_TYPES.find(known => known === row.type) ?? 'permanent_301',
    external: row.external === true,
    enabled: row.enabled !== false,
    replacesLivePage: row.replacesLivePage === true,
    entry: first ? { noun: first.noun, live: entry } : undefined,
    entries: chosen.length,
  }
}

async function readRules(strapi: Core.Strapi): Promise<StoredRule[]> {
  const rows = await strapi.documents(UID).findMany({ populate: ENTRY_POPULATE }) as RuleRow[]
  // One query per type of entry the rules name, however many rules there are.
  const live = new Map(await Promise.all(ADDRESSED_TYPES.map(async type =>
    [type, await publishedEntries(strapi, type, rows.flatMap(row => chosenId(row, type) ?? []))] as const)))
  return rows.map(row => readRule(row, live))
}

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
 * Writes a rule's addresses in their one spelling (see redirect-paths.ts) before it is stored, so that the
 * site's lookups and the checks here compare like with like; refuses an address that has none.
 */
function normalizeAddresses(data: Record<string, unknown>, creating: boolean): void {
  if ('from' in data || creating) {
    const from = text(data.from)
    const problem = redirectAddressProblem(from, { allowPrefix: true })
    if (problem)
      refuse(`"Old address" ${problem}.`)
    data.from = normalizeRedirectFrom(from)
  }
  if ('to' in data) {
    const to = text(data.to)
    const problem = to === '' ? null : redirectAddressProblem(to, { allowAbsolute: true, allowPrefix: true })
    if (problem)
      refuse(`"New address" ${problem}.`)
    data.to = to === '' ? null : normalizeRedirectPath(to, { keepQuery: true })
  }
}

/** Refuses a rule whose new address is missing, doubled, unconfirmed elsewhere, or a `/*` under a single `from`. */
function checkDestination(rule: StoredRule): void {
  if (rule.entries > 1)
    refuse('Choose one entry to send visitors to, not several.')
  if (rule.entry && rule.address)
    refuse(`Choose either a new address or ${rule.entry.noun === 'article' ? 'an' : 'a'} ${rule.entry.noun}, not both: empty "New address" to follow the ${rule.entry.noun}.`)
  if (rule.entry && !rule.entry.live)
    refuse(`The chosen ${rule.entry.noun} is not published, so visitors would find nothing there. Publish it first, or choose another.`)
  if (!rule.to)
    refuse('"New address" is empty: say where the old address goes, choose an entry, or choose the kind gone_410 for a page removed on purpose.')
  const toProblem = redirectAddressProblem(rule.to, { allowAbsolute: true, allowPrefix: isPrefixRule(rule.from) })
  if (toProblem)
    refuse(`"New address" ${toProblem}.`)
  if (sitePath(rule.to) === null && !rule.external)
    refuse(`"${rule.to}" is on another website. Set "Another website" to TRUE to confirm that visitors should be sent there.`)
}

/** Refuses a rule to itself, into a loop, or to an address that another rule already sends on. */
function checkTarget(rule: StoredRule, target: string, others: StoredRule[]): void {
  if (matchingRule(buildRedirectMap([rule]), target))
    refuse('The new address is the old address, or under it: the rule would send visitors back to itself.')
  const onward = matchingRule(buildRedirectMap(others.filter(other => other.enabled)), target)?.rule
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
function checkSources(rule: StoredRule, others: StoredRule[]): void {
  if (rule.type === 'gone_410' || !rule.to || isPrefixRule(rule.from))
    return
  const source = others.find(other => other.enabled && other.type !== 'gone_410' && other.to && !isPrefixRule(other.to) && sitePath(other.to) === rule.from)
  if (source)
    refuse(`The rule from "${source.from}" sends visitors to "${rule.from}", so this rule would make a chain. Change that rule to go to "${rule.to}" first.`)
}

/** Refuses a rule that would hide a published page, until the editor confirms it should. */
async function checkLivePage(strapi: Core.Strapi, rule: StoredRule): Promise<void> {
  if (rule.replacesLivePage)
    return
  const prefix = isPrefixRule(rule.from)
  const live = await liveEntryAt(strapi, prefix ? rule.from.slice(0, -2) || '/' : rule.from, { prefix })
  if (live)
    refuse(`"${rule.from}" ${prefix ? 'covers' : 'is'} the address of the published ${live.type.noun} "${live.title}" (${live.path}). Set "Replace a live page" to TRUE to send its visitors elsewhere, or unpublish it first.`)
}

/**
 * Checks a rule as it was stored, in the transaction that stored it, so that a refusal leaves nothing
 * behind: a redirect to itself, a loop or a chain, another website not confirmed as such, a published
 * page it would hide, too many prefix rules.
 */
async function checkStoredRule(strapi: Core.Strapi, documentId: string): Promise<void> {
  const rules = await readRules(strapi)
  const rule = rules.find(stored => stored.documentId === documentId)
  if (!rule)
    return
  const others = rules.filter(stored => stored.documentId !== documentId)
  if (isPrefixRule(rule.from) && others.filter(other => isPrefixRule(other.from)).length >= MAX_PREFIX_REDIRECTS)
    refuse(`There are already ${MAX_PREFIX_REDIRECTS} rules ending in "/*", the most the site checks on every visit. Remove one, or write this rule for one address.`)
  if (!rule.enabled)
    return
  if (rule.type !== 'gone_410') {
    checkDestination(rule)
    const target = sitePath(rule.to ?? '')
    if (target !== null)
      checkTarget(rule, target, others)
  }
  checkSources(rule, others)
  await checkLivePage(strapi, rule)
}

/**
 * Checks every redirect an editor or the CMS saves. The admin shows the message beside the Save button,
 * and the rule is not saved.
 */
export function requireSoundRedirects(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    if (context.uid !== UID || (context.action !== 'create' && context.action !== 'update'))
      return next()
    const params = context.params as { data?: Record<string, unknown> }
    normalizeAddresses(params.data ?? {}, context.action === 'create')
    return strapi.db.transaction(async () => {
      const result = await next()
      const documentId = result && typeof result === 'object' && 'documentId' in result ? result.documentId : undefined
      if (documentId)
        await checkStoredRule(strapi, documentId)
      return result
    })
  })
}
