import { normalizeRedirectPath, redirectAddressProblem } from '@agency/shared'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'

/*
 * The CMS normalises a rule's addresses on save and the site each request's address on arrival; a rule
 * is found only if both give one spelling for one address, whatever the editor typed or the browser sent.
 */

/** Characters that keep their meaning only unencoded: a path's separators and the sub-delimiters. */
const RESERVED = /^[!$&'()*+,;=:@/?#%]$/

const anyAddress = fc.oneof(
  fc.string({ unit: 'binary' }),
  fc.stringMatching(/^(?:https?|HTTP):\/\/[\w.:-]{0,20}(?:\/[\w%./?#*-]{0,30})?$/),
)

/** A path as its segments, each of characters that percent-encoding does not change the meaning of. */
const segments = fc.array(fc.string({ unit: 'binary', minLength: 1 }).filter(segment => ![...segment].some(character => RESERVED.test(character))), { maxLength: 5 })

const escape = (character: string, upper: boolean) => [...new TextEncoder().encode(character)].map((byte) => {
  const hex = byte.toString(16).padStart(2, '0')
  return `%${upper ? hex.toUpperCase() : hex}`
}).join('')

/** One of the ways a browser or an editor may write the same path. */
function spelling(parts: string[], choices: { encode: boolean, upper: boolean }[], slashes: number, trailing: boolean, query: string): string {
  let index = 0
  const written = parts.map(part => [...part].map((character) => {
    const choice = choices[index++ % Math.max(choices.length, 1)] ?? { encode: false, upper: false }
    return choice.encode ? escape(character, choice.upper) : character
  }).join(''))
  const separator = '/'.repeat(slashes)
  return `${separator}${written.join(separator)}${trailing ? '/' : ''}${query}`
}

describe('normalizeRedirectPath', () => {
  it('gives the same answer when run again on its own answer', () => {
    fc.assert(fc.property(anyAddress, fc.boolean(), (address, keepQuery) => {
      const once = normalizeRedirectPath(address, { keepQuery })
      expect(normalizeRedirectPath(once, { keepQuery })).toBe(once)
    }))
  })

  it('never leaves two slashes in a row in the path', () => {
    fc.assert(fc.property(anyAddress, (address) => {
      const path = normalizeRedirectPath(address).replace(/^[a-z][a-z\d+.-]*:\/\/[^/]*/, '')
      expect(path).not.toContain('//')
      expect(path.startsWith('/')).toBe(true)
    }))
  })

  it('gives equivalent spellings of a path one spelling', () => {
    const choice = fc.record({ encode: fc.boolean(), upper: fc.boolean() })
    fc.assert(fc.property(segments, fc.array(choice), fc.integer({ min: 1, max: 3 }), fc.boolean(), fc.constantFrom('', '?', '?utm_source=news', '#top'), (parts, choices, slashes, trailing, query) => {
      const plain = normalizeRedirectPath(spelling(parts, [], 1, false, ''))
      expect(normalizeRedirectPath(spelling(parts, choices, slashes, trailing, query))).toBe(plain)
    }))
  })

  it('decodes unreserved characters, upper-cases other escapes and encodes what may not stand bare', () => {
    expect(normalizeRedirectPath('/%7euser/caf%c3%a9/a%2fb/Café menu')).toBe('/~user/caf%C3%A9/a%2Fb/Caf%C3%A9%20menu')
  })

  it('lower-cases the scheme and host of an absolute URL but not its path', () => {
    expect(normalizeRedirectPath('HTTPS://Example.COM:443//Shop/Blue/?size=XL')).toBe('https://example.com/Shop/Blue')
    expect(normalizeRedirectPath('http://example.com', { keepQuery: true })).toBe('http://example.com/')
  })

  it('drops the query string unless asked to keep it, and the fragment always', () => {
    expect(normalizeRedirectPath('/offer/?b=2&a=1#terms')).toBe('/offer')
    expect(normalizeRedirectPath('/offer/?b=2&a=1#terms', { keepQuery: true })).toBe('/offer?b=2&a=1')
  })

  it('keeps the root and a prefix rule\'s ending', () => {
    expect(normalizeRedirectPath('//')).toBe('/')
    expect(normalizeRedirectPath('/old-blog//*')).toBe('/old-blog/*')
  })
})

describe('redirectAddressProblem', () => {
  it.each([
    ['', {}, 'is empty'],
    ['old-page', {}, 'must start with "/"'],
    ['/old page', {}, 'contains a space or an invisible character'],
    ['/100%', {}, 'has a "%" that is not followed by two hexadecimal digits'],
    ['/a/../b', {}, 'contains "." or ".." as a part of the path'],
    ['/old/*/more', { allowPrefix: true }, 'may hold "*" only at its end, as "/*", with no query'],
    ['/old/*', {}, 'may not hold "*"'],
    ['https://example.com/', {}, 'must be a path on this site, starting with "/", not a full address'],
    ['ftp://example.com/', { allowAbsolute: true }, 'must be an http:// or https:// address with a host'],
    ['example.com/page', { allowAbsolute: true }, 'must start with "/" (a path on this site) or with https:// (a full address)'],
  ])('refuses %j', (address, options, problem) => {
    expect(redirectAddressProblem(address, options)).toBe(problem)
  })

  it.each([
    ['/old-page', {}],
    ['/old-blog/*', { allowPrefix: true }],
    ['/promo?campaign=spring', {}],
    ['https://example.org/page?x=1', { allowAbsolute: true }],
    ['/', {}],
  ])('accepts %j', (address, options) => {
    expect(redirectAddressProblem(address, options)).toBeNull()
  })
})
