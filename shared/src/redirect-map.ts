import type { RedirectType } from './schemas/redirect'
import { FEED_FILE_NAMES } from './paths'
import { isPrefixRule, normalizeRedirectPath, PREFIX_SUFFIX } from './redirect-paths'
import { REDIRECT_STATUS } from './schemas/redirect'

/** What a rule says, whatever else the CMS stores with it. */
export interface RedirectRule {
  from: string
  to?: string | null
  type: RedirectType
}

/** Rules ready to be looked up: exact ones by address, prefix ones longest first. */
export interface RedirectMap {
  exact: Map<string, RedirectRule>
  prefixes: Array<{ base: string, rule: RedirectRule }>
}

/** Where a request goes instead: a status and, except for 410 Gone, the address to send it to. */
export interface RedirectAnswer {
  status: number
  location: string | null
}

/** A prefix rule's base, without `/*`: `/old-blog/*` covers `/old-blog` and every address under it. */
function prefixBase(address: string): string {
  return address.slice(0, -PREFIX_SUFFIX.length) || '/'
}

/** A rule's `from` with the query kept when the rule names one. */
export function normalizeRedirectFrom(from: string): string {
  return normalizeRedirectPath(from, { keepQuery: from.includes('?') })
}

export function buildRedirectMap(rules: readonly RedirectRule[]): RedirectMap {
  const exact = new Map<string, RedirectRule>()
  const prefixes: RedirectMap['prefixes'] = []
  for (const rule of rules) {
    const from = normalizeRedirectFrom(rule.from)
    if (isPrefixRule(from))
      prefixes.push({ base: prefixBase(from), rule })
    else if (!exact.has(from))
      exact.set(from, rule)
  }
  prefixes.sort((a, b) => b.base.length - a.base.length)
  return { exact, prefixes }
}

function covers(base: string, path: string): boolean {
  return base === '/' || path === base || path.startsWith(`${base}/`)
}

/** The target of a rule for one address: under a prefix rule ending `/*`, the rest of the address follows. */
function target(rule: RedirectRule, rest: string): string | null {
  const to = rule.to?.trim()
  if (!to)
    return null
  return isPrefixRule(to) ? `${prefixBase(to).replace(/\/$/, '')}${rest}` || '/' : to
}

/** The rule that covers an address (a path, with its query or not), and for a prefix rule its base. */
export function matchingRule(map: RedirectMap, address: string): { rule: RedirectRule, base?: string, byQuery: boolean } | null {
  const byQuery = map.exact.get(normalizeRedirectPath(address, { keepQuery: true }))
  if (byQuery)
    return { rule: byQuery, byQuery: true }
  const path = normalizeRedirectPath(address)
  const exact = map.exact.get(path)
  if (exact)
    return { rule: exact, byQuery: false }
  const prefix = map.prefixes.find(({ base }) => covers(base, path))
  return prefix ? { rule: prefix.rule, base: prefix.base, byQuery: false } : null
}

/**
 * The rule for a request's address (path and query, as a visitor sent it): an exact rule for the address
 * with its query, then without it, then the longest prefix rule that covers it. A query string the rule
 * did not name follows the visitor to a target that has none of its own.
 */
export function findRedirect(map: RedirectMap, address: string): RedirectAnswer | null {
  const match = matchingRule(map, address)
  if (!match)
    return findFeedRedirect(map, address)
  const path = normalizeRedirectPath(address)
  const query = normalizeRedirectPath(address, { keepQuery: true }).slice(path.length)
  const { rule, base } = match
  const location = target(rule, base === undefined ? '' : path.slice(base === '/' ? 0 : base.length))
  const status = REDIRECT_STATUS[rule.type]
  if (status === 410 || location === null)
    return { status: 410, location: null }
  const carryQuery = query !== '' && !match.byQuery && !location.includes('?')
  return { status, location: carryQuery ? `${location}${query}` : location }
}

const FEED_FILES = new Set(Object.values(FEED_FILE_NAMES))

/**
 * A page's feeds follow the page: when `/blog/category/old` redirects to `/blog/category/new` and no rule
 * names its feed, `/blog/category/old/feed.xml` goes to `/blog/category/new/feed.xml`, and it is gone when
 * the page is. Feed readers keep their subscriptions through a renamed category.
 */
function findFeedRedirect(map: RedirectMap, address: string): RedirectAnswer | null {
  const path = normalizeRedirectPath(address)
  const slash = path.lastIndexOf('/')
  const [page, file] = [path.slice(0, slash), path.slice(slash + 1)]
  if (!page || !FEED_FILES.has(file))
    return null
  const answer = findRedirect(map, page)
  if (!answer || answer.location === null)
    return answer
  if (!answer.location.startsWith('/') || answer.location.includes('?'))
    return null
  const query = normalizeRedirectPath(address, { keepQuery: true }).slice(path.length)
  return { ...answer, location: `${answer.location.replace(/\/$/, '')}/${file}${query}` }
}
