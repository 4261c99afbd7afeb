import { describe, expect, it } from 'vitest'
import type { CheckStatus } from '../../../src/audit/report'
import type { FetchedPage } from '../../../src/audit/safe-fetch'
import { CHECK_DEFINITIONS, runChecks } from '../../../src/audit/checks'
import { fetchedPage, goodHtml, goodPageWith, poorHtml } from './pages'

const jsonLd = /<script type="application\/ld\+json">.*<\/script>/

function statuses(page: FetchedPage): Record<string, CheckStatus> {
  return Object.fromEntries(runChecks(page).map(check => [check.id, check.status]))
}

function statusOf(id: string, page: FetchedPage): CheckStatus | undefined {
  return statuses(page)[id]
}

function detailOf(id: string, page: FetchedPage): string | undefined {
  return runChecks(page).find(check => check.id === id)?.detail
}

describe('runChecks', () => {
  it('runs at least fifteen checks, each with its own id', () => {
    const ids = runChecks(fetchedPage()).map(check => check.id)
    expect(ids.length).toBeGreaterThanOrEqual(15)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('passes every check for a good page served over HTTPS', () => {
    const failing = runChecks(fetchedPage()).filter(check => check.status !== 'pass')
    expect(failing).toEqual([])
  })

  it('says what to do about every check that did not pass, and nothing about those that did', () => {
    const checks = runChecks(fetchedPage({ finalUrl: 'http://bakery.example/', body: poorHtml }))
    expect(checks.filter(check => check.status !== 'pass').every(check => (check.advice ?? '').length > 20)).toBe(true)
    expect(checks.filter(check => check.status === 'pass').map(check => check.advice)).toEqual(checks.filter(check => check.status === 'pass').map(() => undefined))
    expect(runChecks(fetchedPage()).some(check => 'advice' in check)).toBe(false)
  })

  it('flags each problem of a poor page served over HTTP', () => {
    const page = fetchedPage({ finalUrl: 'http://bakery.example/', body: poorHtml, bytes: 600 * 1024, elapsedMs: 2_500 })
    expect(statuses(page)).toEqual({
      'https': 'fail',
      'status': 'pass',
      'response-time': 'fail',
      'page-weight': 'fail',
      'mixed-content': 'pass',
      'title': 'fail',
      'meta-description': 'fail',
      'h1': 'warn',
      'lang': 'fail',
      'viewport': 'fail',
      'image-alt': 'fail',
      'indexable': 'fail',
      'canonical': 'warn',
      'social-tags': 'fail',
      'structured-data': 'fail',
      'favicon': 'warn',
    })
  })

  it('gives every check a detail sentence', () => {
    for (const check of runChecks(fetchedPage({ body: poorHtml })))
      expect(check.detail).toMatch(/\w.*[.)]$/)
  })
})

describe('delivery checks', () => {
  it('fails a page that answers with an error status', () => {
    expect(statusOf('status', fetchedPage({ status: 404 }))).toBe('fail')
  })

  it.each([[799, 'pass'], [800, 'warn'], [1_999, 'warn'], [2_000, 'fail']] as const)(
    'rates a response time of %i ms as %s',
    (elapsedMs, expected) => {
      expect(statusOf('response-time', fetchedPage({ elapsedMs }))).toBe(expected)
    },
  )

  it.each([[99 * 1024, 'pass'], [100 * 1024, 'warn'], [499 * 1024, 'warn'], [500 * 1024, 'fail']] as const)(
    'rates %i bytes of HTML as %s',
    (bytes, expected) => {
      expect(statusOf('page-weight', fetchedPage({ bytes }))).toBe(expected)
    },
  )
})

describe('mixed content', () => {
  it('fails an HTTPS page that loads a script over HTTP', () => {
    const page = goodPageWith('src="/app.js"', 'src="http://cdn.example/app.js"')
    expect(statusOf('mixed-content', page)).toBe('fail')
    expect(detailOf('mixed-content', page)).toContain('http://cdn.example/app.js')
  })

  it('fails an HTTPS page that loads a stylesheet over HTTP', () => {
    expect(statusOf('mixed-content', goodPageWith('href="//cdn.example/site.css"', 'href="HTTP://cdn.example/site.css"'))).toBe('fail')
  })

  it('fails an HTTPS page that frames an HTTP page', () => {
    expect(statusOf('mixed-content', goodPageWith('</body>', '<iframe src="http://maps.example/"></iframe></body>'))).toBe('fail')
  })

  it('warns about an HTTPS page that shows an image over HTTP', () => {
    expect(statusOf('mixed-content', goodPageWith('src="/loaf.jpg"', 'src="http://bakery.example/loaf.jpg"'))).toBe('warn')
  })

  it('fails relative resources when a <base> points them at HTTP', () => {
    expect(statusOf('mixed-content', goodPageWith('<head>', '<head><base href="http://bakery.example/">'))).toBe('fail')
  })

  it('ignores links to HTTP pages, which are not loaded with the page', () => {
    expect(statusOf('mixed-content', goodPageWith('</body>', '<a href="http://partner.example/">Partner</a></body>'))).toBe('pass')
  })
})

describe('content checks', () => {
  it('warns about a title too short to describe the page', () => {
    expect(statusOf('title', goodPageWith(/<title>.*<\/title>/, '<title>Home</title>'))).toBe('warn')
  })

  it('warns about a title that search results would cut off', () => {
    expect(statusOf('title', goodPageWith(/<title>.*<\/title>/, `<title>${'Bread '.repeat(12)}</title>`))).toBe('warn')
  })

  it('warns about a meta description too short to be used as a snippet', () => {
    expect(statusOf('meta-description', goodPageWith(/content="Family bakery[^"]*"/, 'content="Bread."'))).toBe('warn')
  })

  it('reads meta tags whatever their case', () => {
    expect(statusOf('meta-description', goodPageWith('name="description"', 'NAME="Description"'))).toBe('pass')
  })

  it('warns about a viewport that ignores the device width', () => {
    expect(statusOf('viewport', goodPageWith('width=device-width, initial-scale=1', 'width=1024'))).toBe('warn')
  })

  it('warns when only some images have alt text', () => {
    expect(statusOf('image-alt', goodPageWith(' alt=""', ''))).toBe('warn')
  })

  it('passes a page without images', () => {
    expect(statusOf('image-alt', goodPageWith(/<img[^>]*>/g, ''))).toBe('pass')
  })
})

describe('discoverability checks', () => {
  it.each(['noindex', 'googlebot: noindex', 'none', 'NOINDEX, nofollow'])(
    'fails a page whose X-Robots-Tag header says %s',
    (header) => {
      expect(statusOf('indexable', fetchedPage({ headers: { 'x-robots-tag': header } }))).toBe('fail')
    },
  )

  it('passes an X-Robots-Tag header that allows indexing', () => {
    expect(statusOf('indexable', fetchedPage({ headers: { 'x-robots-tag': 'max-snippet: 50, noarchive' } }))).toBe('pass')
  })

  it('warns about social tags that cover only part of a preview', () => {
    expect(statusOf('social-tags', goodPageWith(/<meta property="og:image"[^>]*>/, ''))).toBe('warn')
  })

  it('counts a Twitter card alone as a partial social preview', () => {
    expect(statusOf('social-tags', goodPageWith(/<meta property="og:[^>]*>/g, ''))).toBe('warn')
  })

  it('warns about a page without structured data', () => {
    expect(statusOf('structured-data', goodPageWith(jsonLd, ''))).toBe('warn')
  })

  it('accepts microdata as structured data', () => {
    const body = goodHtml.replace(jsonLd, '').replace('<body>', '<body itemscope itemtype="https://schema.org/Bakery">')
    expect(statusOf('structured-data', fetchedPage({ body }))).toBe('pass')
  })

  it('resolves the canonical link against the page address', () => {
    expect(detailOf('canonical', fetchedPage())).toBe('The canonical address is https://bakery.example/.')
  })
})

describe('check weights', () => {
  it('add up to 100, so each weight reads as points', () => {
    expect(CHECK_DEFINITIONS.reduce((sum, check) => sum + check.weight, 0)).toBe(100)
  })
})
