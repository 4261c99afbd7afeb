import { describe, expect, it } from 'vitest'
import { normalizeWebsiteUrl } from '../../src/url'

describe('normalizeWebsiteUrl', () => {
  describe('accepts', () => {
    it('adds https:// to an address typed without a scheme', () => {
      expect(normalizeWebsiteUrl('example.com')).toBe('https://example.com/')
      expect(normalizeWebsiteUrl('www.example.co.uk')).toBe('https://www.example.co.uk/')
    })

    it('keeps an explicit http scheme', () => {
      expect(normalizeWebsiteUrl('http://example.com')).toBe('http://example.com/')
    })

    it('keeps an explicit https scheme and accepts it in any case', () => {
      expect(normalizeWebsiteUrl('HTTPS://example.com')).toBe('https://example.com/')
    })

    it('lower-cases the host but not the path or the query', () => {
      expect(normalizeWebsiteUrl('Shop.Example.COM/Products/Blue?Size=XL')).toBe('https://shop.example.com/Products/Blue?Size=XL')
    })

    it('strips the fragment', () => {
      expect(normalizeWebsiteUrl('https://example.com/about#team')).toBe('https://example.com/about')
      expect(normalizeWebsiteUrl('example.com#')).toBe('https://example.com/')
    })

    it('keeps the path and the query', () => {
      expect(normalizeWebsiteUrl('example.com/shop/?utm_source=ad&ref=1')).toBe('https://example.com/shop/?utm_source=ad&ref=1')
    })

    it('trims surrounding whitespace', () => {
      expect(normalizeWebsiteUrl('  example.com/shop \n')).toBe('https://example.com/shop')
    })

    it('keeps an explicit port whether or not a scheme was typed', () => {
      expect(normalizeWebsiteUrl('https://example.com:8443/shop')).toBe('https://example.com:8443/shop')
      expect(normalizeWebsiteUrl('example.com:8443/shop')).toBe('https://example.com:8443/shop')
    })

    it('drops a port that is the default for the scheme', () => {
      expect(normalizeWebsiteUrl('example.com:443')).toBe('https://example.com/')
    })

    it('turns an internationalised domain into its punycode form', () => {
      expect(normalizeWebsiteUrl('bücher.de')).toBe('https://xn--bcher-kva.de/')
    })

    it('accepts hosts with hyphens and digits in their labels', () => {
      expect(normalizeWebsiteUrl('my-shop-24.example.com')).toBe('https://my-shop-24.example.com/')
    })

    it('accepts labels up to 63 characters long', () => {
      const label = 'a'.repeat(63)
      expect(normalizeWebsiteUrl(`${label}.com`)).toBe(`https://${label}.com/`)
    })
  })

  describe('rejects', () => {
    it('an empty or blank input', () => {
      expect(normalizeWebsiteUrl('')).toBeNull()
      expect(normalizeWebsiteUrl('   ')).toBeNull()
    })

    it('an address with whitespace inside it', () => {
      expect(normalizeWebsiteUrl('example .com')).toBeNull()
      expect(normalizeWebsiteUrl('example.com/my shop')).toBeNull()
      expect(normalizeWebsiteUrl('example.com/\tshop')).toBeNull()
    })

    it.each([
      'ftp://example.com',
      'javascript:alert(1)',
      'javascript://example.com/%0Aalert(1)',
      'data:text/html,<script>alert(1)</script>',
      'mailto:hello@example.com',
      'file:///etc/passwd',
    ])('a non-web scheme: %s', (input) => {
      expect(normalizeWebsiteUrl(input)).toBeNull()
    })

    it.each([
      'https://user:secret@example.com',
      'https://user@example.com',
      'user:secret@example.com',
      'user@example.com',
    ])('an address carrying credentials: %s', (input) => {
      expect(normalizeWebsiteUrl(input)).toBeNull()
    })

    it.each([
      'localhost',
      'http://localhost:3000',
      'intranet',
      'https://server/',
    ])('a host without a dot: %s', (input) => {
      expect(normalizeWebsiteUrl(input)).toBeNull()
    })

    it.each([
      '127.0.0.1',
      'http://192.168.1.10/admin',
      '0x7f.1',
      'example.123',
      'https://[::1]/',
    ])('an IP address or a host whose last label does not start with a letter: %s', (input) => {
      expect(normalizeWebsiteUrl(input)).toBeNull()
    })

    it('a label longer than 63 characters', () => {
      expect(normalizeWebsiteUrl(`${'a'.repeat(64)}.com`)).toBeNull()
      expect(normalizeWebsiteUrl(`example.${'a'.repeat(64)}`)).toBeNull()
    })

    it('a label that starts or ends with a hyphen', () => {
      expect(normalizeWebsiteUrl('-shop.example.com')).toBeNull()
      expect(normalizeWebsiteUrl('shop-.example.com')).toBeNull()
    })

    it('something that is not an address at all', () => {
      expect(normalizeWebsiteUrl('https://')).toBeNull()
      expect(normalizeWebsiteUrl('.com')).toBeNull()
      expect(normalizeWebsiteUrl('example..com')).toBeNull()
    })
  })
})
