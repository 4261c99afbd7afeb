import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { containsTerm, highlightTerms, searchSnippet } from '../../server/search/search-snippet'
import { parseSearchQuery, SEARCH_MAX_TERMS } from '../../shared/utils/search'

/** The text a snippet shows, as a browser would: marks removed, entities read. */
function shownText(html: string): string {
  return html.replace(/<\/?mark>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&#39;/g, '\'').replace(/&amp;/g, '&')
}

describe('reading a search query', () => {
  it.each([
    [undefined, { kind: 'empty' }],
    ['', { kind: 'empty' }],
    ['   ', { kind: 'empty' }],
    ['""', { kind: 'empty' }],
    ['social', { kind: 'terms', query: 'social', terms: ['social'] }],
    ['  social   media ', { kind: 'terms', query: 'social media', terms: ['social', 'media'] }],
    ['"social media" plan', { kind: 'terms', query: '"social media" plan', terms: ['social media', 'plan'] }],
    ['"', { kind: 'terms', query: '"', terms: ['"'] }],
    ['%', { kind: 'terms', query: '%', terms: ['%'] }],
    ['_', { kind: 'terms', query: '_', terms: ['_'] }],
    ['Social social SOCIAL', { kind: 'terms', query: 'Social social SOCIAL', terms: ['Social'] }],
    ['u\u0308ber', { kind: 'terms', query: 'über', terms: ['über'] }],
    ['tab\tand\u0000null', { kind: 'terms', query: 'tab and null', terms: ['tab', 'and', 'null'] }],
    [['first', 'second'], { kind: 'terms', query: 'first', terms: ['first'] }],
  ])('reads %j', (raw, expected) => {
    expect(parseSearchQuery(raw)).toEqual(expected)
  })

  it('refuses more than 200 characters with a message, and anything but text', () => {
    expect(parseSearchQuery('a'.repeat(200))).toMatchObject({ kind: 'terms' })
    expect(parseSearchQuery('a'.repeat(201))).toEqual({ kind: 'invalid', message: 'Please shorten your search to 200 characters or fewer.' })
    expect(parseSearchQuery('x'.repeat(10_000))).toMatchObject({ kind: 'invalid' })
    expect(parseSearchQuery({ q: 'nested' })).toMatchObject({ kind: 'invalid' })
  })

  it(`uses at most ${SEARCH_MAX_TERMS} words`, () => {
    const search = parseSearchQuery('one two three four five six seven eight nine ten')
    expect(search.kind === 'terms' && search.terms).toEqual(['one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight'])
  })
})

describe('highlighting matches', () => {
  it('marks every match of any term, ignoring case, and escapes the rest', () => {
    expect(highlightTerms('<b>Social</b> & social media', ['social']))
      .toBe('&lt;b&gt;<mark>Social</mark>&lt;/b&gt; &amp; <mark>social</mark> media')
  })

  it('prefers the longer of two overlapping terms', () => {
    expect(highlightTerms('web design and webs', ['web', 'web design'])).toBe('<mark>web design</mark> and <mark>web</mark>s')
  })

  it('matches characters that mean something to a pattern literally', () => {
    expect(highlightTerms('a.b a*b (c) [d] 100% $5 ^_^ \\n', ['.', '*', '(c)', '[d]', '%', '$5', '^_^', '\\']))
      .toBe('a<mark>.</mark>b a<mark>*</mark>b <mark>(c)</mark> <mark>[d]</mark> 100<mark>%</mark> <mark>$5</mark> <mark>^_^</mark> <mark>\\</mark>n')
  })

  it('matches accented and non-Latin text in any case and either Unicode form', () => {
    expect(highlightTerms('ÜBER Straße', ['u\u0308ber'])).toBe('<mark>ÜBER</mark> Straße')
    expect(highlightTerms('Ελληνικά και ελληνικά', ['ΕΛΛΗΝΙΚΆ'])).toBe('<mark>Ελληνικά</mark> και <mark>ελληνικά</mark>')
    expect(containsTerm('Café', ['CAFÉ'])).toBe(true)
  })

  it('marks a quote as text, never as an attribute', () => {
    expect(highlightTerms('say "hi" it\'s', ['"', '\''])).toBe('say <mark>&quot;</mark>hi<mark>&quot;</mark> it<mark>&#39;</mark>s')
  })
})

describe('a snippet around the first match', () => {
  const body = `${'Lorem ipsum dolor sit amet. '.repeat(10)}It is like the gunfight at the OK Corral, except everyone waves phones. ${'Consectetur adipiscing elit. '.repeat(10)}`

  it('cuts at spaces around the first match, with ellipses where text was left out', () => {
    const snippet = searchSnippet([body], ['corral'])
    expect(snippet).toMatch(/^….* the OK <mark>Corral<\/mark>, except everyone waves phones\. .*…$/)
    expect(shownText(snippet).length).toBeLessThanOrEqual(203)
    expect(body).toContain(shownText(snippet).replace(/^…|…$/g, ''))
  })

  it('takes the first text that contains a term', () => {
    expect(searchSnippet(['An excerpt without it.', 'The body mentions Corral.'], ['corral'])).toBe('The body mentions <mark>Corral</mark>.')
  })

  it('starts at the beginning when the match is near it', () => {
    expect(searchSnippet(['Corral first, then more.'], ['corral'])).toBe('<mark>Corral</mark> first, then more.')
  })

  it('falls back to the start of the first text, escaped, when nothing matches', () => {
    expect(searchSnippet(['<p>Short & sweet</p>', 'other'], ['absent'])).toBe('&lt;p&gt;Short &amp; sweet&lt;/p&gt;')
    expect(searchSnippet([body], ['absent'])).toMatch(/^Lorem ipsum .*…$/)
    expect(searchSnippet([], ['absent'])).toBe('')
  })

  it('never splits a character made of two UTF-16 units', () => {
    const emoji = '😀'.repeat(150)
    const snippet = searchSnippet([`${emoji}needle${emoji}`], ['needle'])
    expect(snippet).toContain('<mark>needle</mark>')
    expect(snippet).not.toMatch(/[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/)
  })

  it('is escaped text from the source, whatever the text and terms', () => {
    fc.assert(fc.property(fc.string({ unit: 'grapheme', maxLength: 400 }), fc.array(fc.string({ minLength: 1, maxLength: 5 }), { maxLength: 3 }), (text, terms) => {
      const snippet = searchSnippet([text], terms)
      expect(snippet.replace(/<\/?mark>/g, '')).not.toMatch(/[<>"']/)
      const shown = shownText(snippet).replace(/^…|…$/g, '')
      expect(text.normalize('NFC').replace(/\s+/g, ' ').trim()).toContain(shown)
    }), { numRuns: 300 })
  })
})
