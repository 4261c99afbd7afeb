import type { CmsClient, RedirectMap, RedirectRule } from '@agency/shared'
import { buildRedirectMap, findRedirect, redirectRuleOf } from '@agency/shared'
import { readTags } from '../../shared/utils/cache-tags'
import { readCms } from '../cms/read'

/**
 * Enabled rules, every page of them, each going where it says today; a few hundred rules are a few
 * reads, once per purge.
 */
async function readAllRules(cms: CmsClient): Promise<RedirectRule[]> {
  const rules: RedirectRule[] = []
  for (let page = 1; ; page++) {
    const { items, pagination } = await cms.redirects.list({ page })
    rules.push(...items.map(redirectRuleOf))
    if (page >= pagination.pageCount)
      return rules
  }
}

/** Maps built from the cached rules: a cache kept in memory hands back the same list until a purge. */
const maps = new WeakMap<RedirectRule[], RedirectMap>()

/**
 * The site's redirect rules, ready for lookups. Read from the CMS once and cached under the `redirects`
 * tag, which the CMS's webhook purges when a rule changes, so a lookup on a hit costs no CMS call.
 */
export async function redirectMap(): Promise<RedirectMap> {
  const rules = await readCms({ key: 'redirects', tags: readTags.redirects, read: readAllRules })
  const known = maps.get(rules)
  if (known)
    return known
  const map = buildRedirectMap(rules)
  maps.set(rules, map)
  return map
}

/** What a sitemap or feed may list: nothing at an address a rule sends elsewhere or marks gone. */
export async function withoutRedirected<T>(items: readonly T[], address: (item: T) => string): Promise<T[]> {
  const map = await redirectMap()
  return items.filter(item => !findRedirect(map, address(item)))
}
