/** What an anchor of this site carries: its address, `rel` for other sites, `aria-current` on its own page. */
export interface SiteLinkAttributes {
  'href': string
  'rel'?: 'noopener noreferrer'
  'aria-current'?: 'page'
}

const EXTERNAL = /^[a-z][a-z\d+.-]*:/i

/**
 * The attributes of the site's links, for `<a v-bind="linkTo(path)">`. Pages ship without JavaScript
 * (config/route-rules.ts), so NuxtLink's client-side navigation never runs, and a link component would
 * cost a component instance on every render for each of the fifty-odd links of a page.
 *
 * A link is current when it leads to the same path and the same list page: on the blog's second page
 * the link to its first is not current, while the search link is current whatever was searched for.
 */
export function useSiteLink(): (to: string) => SiteLinkAttributes {
  const route = useRoute()
  const currentPage = String(route.query.page ?? '')
  return (to) => {
    if (EXTERNAL.test(to))
      return { href: to, rel: 'noopener noreferrer' }
    const target = new URL(to, 'http://site.invalid')
    const current = target.pathname === route.path && (target.searchParams.get('page') ?? '') === currentPage
    return current ? { 'href': to, 'aria-current': 'page' } : { href: to }
  }
}
