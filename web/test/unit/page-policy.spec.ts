import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { inlineScriptHashes, pagePolicy } from '../../server/security/page-policy'

const hash = (script: string) => crypto.createHash('sha256').update(script).digest('base64')

describe('the Content-Security-Policy of a rendered page', () => {
  const page = [
    '<head><script type="speculationrules">{"prefetch":[]}</script>',
    '<script type="application/ld+json">{"@type":"Organization"}</script>',
    '<script type="module" src="/_scripts/form.js"></script></head>',
    '<body><script data-hid="menu">menu()</script><script>menu()</script></body>',
  ].join('')

  it('hashes each inline script a browser runs, once, and no data block or external script', () => {
    expect(inlineScriptHashes(page)).toEqual([hash('{"prefetch":[]}'), hash('menu()')])
  })

  it('allows those scripts alone, and the given ancestors to frame the page', () => {
    expect(pagePolicy(page, ['\'self\'', 'https://cms.example.com']))
      .toContain(`script-src 'self' 'sha256-${hash('{"prefetch":[]}')}' 'sha256-${hash('menu()')}';`)
    expect(pagePolicy('<p>No scripts</p>', ['\'self\''])).toMatch(/script-src 'self';.*; frame-ancestors 'self'$/)
  })
})
