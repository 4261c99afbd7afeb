import { buildRedirectMap, findRedirect, redirectRuleOf } from '@agency/shared'
import { describe, expect, it } from 'vitest'

/*
 * The lookup the site's middleware makes (server/middleware/redirects.ts), over rules as the CMS stores
 * them: normalised on save, so a request spelt any other way must normalise to the same address.
 */
const rules = buildRedirectMap([
  { from: '/blog/old-name', to: '/blog/new-name', type: 'permanent_301' },
  { from: '/old-blog/*', to: '/blog/*', type: 'permanent_308' },
  { from: '/Caf%C3%A9', to: '/menu', type: 'temporary_302' },
  { from: '/summer-sale', to: null, type: 'gone_410' },
  { from: '/blog/category/news', to: '/blog/category/updates', type: 'permanent_301' },
  { from: '/blog/category/old-offers', to: null, type: 'gone_410' },
  { from: '/blog/category/partners', to: 'https://partners.example.org/', type: 'permanent_301' },
])

describe('the site\'s redirect lookup', () => {
  it('answers an exact rule', () => {
    expect(findRedirect(rules, '/blog/old-name')).toEqual({ status: 301, location: '/blog/new-name' })
  })

  it('answers a prefix rule with the rest of the address', () => {
    expect(findRedirect(rules, '/old-blog/2019/launch?ref=mail')).toEqual({ status: 308, location: '/blog/2019/launch?ref=mail' })
  })

  it('finds a rule however the browser spells the address', () => {
    expect(findRedirect(rules, '/blog//old-name/')).toEqual({ status: 301, location: '/blog/new-name' })
    expect(findRedirect(rules, '/Caf%c3%a9')).toEqual({ status: 302, location: '/menu' })
    expect(findRedirect(rules, '/%62log/old-name')).toEqual({ status: 301, location: '/blog/new-name' })
  })

  it('answers 410 for a page removed on purpose', () => {
    expect(findRedirect(rules, '/summer-sale')).toEqual({ status: 410, location: null })
  })

  it('leaves every other address to the pages', () => {
    expect(findRedirect(rules, '/blog/new-name')).toBeNull()
    expect(findRedirect(rules, '/old-blogroll')).toBeNull()
  })

  it('sends a page\'s feeds where the page went, unless a rule names the feed', () => {
    expect(findRedirect(rules, '/blog/category/news/feed.xml')).toEqual({ status: 301, location: '/blog/category/updates/feed.xml' })
    expect(findRedirect(rules, '/blog/category/news/atom.xml?x=1')).toEqual({ status: 301, location: '/blog/category/updates/atom.xml?x=1' })
    expect(findRedirect(rules, '/blog/category/old-offers/feed.json')).toEqual({ status: 410, location: null })
    expect(findRedirect(rules, '/blog/category/partners/feed.xml')).toBeNull()
    expect(findRedirect(rules, '/blog/category/news/other.xml')).toBeNull()
    expect(findRedirect(rules, '/feed.xml')).toBeNull()
  })
})

describe('a rule that names an entry', () => {
  it('goes to the entry\'s address today', () => {
    expect(redirectRuleOf({ from: '/offer', to: null, type: 'permanent_301', toService: { slug: 'web-design' } })).toEqual({ from: '/offer', to: '/services/web-design', type: 'permanent_301' })
    expect(redirectRuleOf({ from: '/about-us', type: 'temporary_302', toPage: { slug: 'about' } })).toMatchObject({ to: '/about' })
    expect(redirectRuleOf({ from: '/start', type: 'temporary_302', toPage: { slug: 'home' } })).toMatchObject({ to: '/' })
  })

  it('is gone once its entry is no longer published, since the CMS keeps no address beside it', () => {
    const rule = redirectRuleOf({ from: '/offer', to: null, type: 'permanent_301', toArticle: null })
    expect(findRedirect(buildRedirectMap([rule]), '/offer')).toEqual({ status: 410, location: null })
  })

  it('goes to its address when it names no entry', () => {
    expect(redirectRuleOf({ from: '/a', to: '/b', type: 'permanent_308' })).toEqual({ from: '/a', to: '/b', type: 'permanent_308' })
  })
})
