import { buildRedirectMap, findRedirect } from '@agency/shared'
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
})
