import { describe, expect, it } from 'vitest'
import { buildRedirectMap, findRedirect } from '../../src/redirect-map'

const map = buildRedirectMap([
  { from: '/old-post', to: '/blog/new-post', type: 'permanent_301' },
  { from: '/Caf%c3%a9/', to: '/menu', type: 'temporary_302' },
  { from: '/promo?campaign=spring', to: '/services/web-design', type: 'temporary_307' },
  { from: '/promo', to: '/services', type: 'temporary_302' },
  { from: '/old-blog/*', to: '/blog/*', type: 'permanent_308' },
  { from: '/old-blog/archive/*', to: 'https://archive.example.org/', type: 'permanent_301' },
  { from: '/closed-offer', type: 'gone_410' },
  { from: '/retired/*', to: null, type: 'gone_410' },
])

describe('findRedirect', () => {
  it('answers an exact rule with its status and target', () => {
    expect(findRedirect(map, '/old-post')).toEqual({ status: 301, location: '/blog/new-post' })
  })

  it('finds a rule however the request spells its address', () => {
    expect(findRedirect(map, '//old-post/')).toEqual({ status: 301, location: '/blog/new-post' })
    expect(findRedirect(map, '/Café')).toEqual({ status: 302, location: '/menu' })
    expect(findRedirect(map, '/Caf%C3%A9')).toEqual({ status: 302, location: '/menu' })
  })

  it('keeps the visitor\'s query string for a target without one', () => {
    expect(findRedirect(map, '/old-post?utm_source=news')).toEqual({ status: 301, location: '/blog/new-post?utm_source=news' })
  })

  it('prefers a rule that names the query string to one that does not', () => {
    expect(findRedirect(map, '/promo?campaign=spring')).toEqual({ status: 307, location: '/services/web-design' })
    expect(findRedirect(map, '/promo?campaign=autumn')).toEqual({ status: 302, location: '/services?campaign=autumn' })
  })

  it('carries the rest of the address under a prefix rule to a target ending /*', () => {
    expect(findRedirect(map, '/old-blog/2019/hello')).toEqual({ status: 308, location: '/blog/2019/hello' })
    expect(findRedirect(map, '/old-blog')).toEqual({ status: 308, location: '/blog' })
  })

  it('uses the longest prefix rule that covers the address', () => {
    expect(findRedirect(map, '/old-blog/archive/2010')).toEqual({ status: 301, location: 'https://archive.example.org/' })
  })

  it('does not match an address that only starts with a prefix rule\'s letters', () => {
    expect(findRedirect(map, '/old-blogger')).toBeNull()
  })

  it('answers 410 Gone without a location', () => {
    expect(findRedirect(map, '/closed-offer')).toEqual({ status: 410, location: null })
    expect(findRedirect(map, '/retired/anything/at/all')).toEqual({ status: 410, location: null })
  })

  it('answers nothing for an address no rule covers', () => {
    expect(findRedirect(map, '/blog/new-post')).toBeNull()
  })
})
