import type { RunningProcess } from '@agency/test-support/processes'
import { spawn } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest'
import { SEED_ARTICLE_SLUG } from '@agency/test-support/site-pages'
import { startTestSite } from '../support/stack'

const webDir = path.resolve(import.meta.dirname, '..', '..')
const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-security-'))
const SECURITY_HEADERS = ['content-security-policy', 'x-content-type-options', 'referrer-policy', 'permissions-policy', 'strict-transport-security']

/** Private values for every secret the site holds, as a production deployment sets them. */
const productionSecrets = () => Object.fromEntries(['NUXT_PREVIEW_SECRET', 'NUXT_REVALIDATE_SECRET', 'NUXT_CMS_PREVIEW_TOKEN', 'NUXT_CMS_FORM_TOKEN', 'NUXT_CMS_SITE_KEY', 'NUXT_ASSESSMENT_TOKEN_SECRET']
  .map(name => [name, crypto.randomBytes(32).toString('base64url')]))

/**
 * Starts the built site as its Docker image does (the launcher, NODE_ENV=production and only `env`) and
 * waits for it to exit, or stops it once its output matches `stopOnOutput`.
 */
async function startAsTheImageDoes(env: Record<string, string>, stopOnOutput?: RegExp): Promise<{ code: number | null, output: string }> {
  const child = spawn(process.execPath, ['scripts/serve.mjs'], {
    cwd: webDir,
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', PORT: '0', NUXT_TELEMETRY_DISABLED: '1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output += chunk
    if (stopOnOutput?.test(output))
      child.kill('SIGTERM')
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const timer = setTimeout(() => child.kill('SIGKILL'), 20_000)
  const code = await new Promise<number | null>(resolve => child.once('exit', resolve))
  clearTimeout(timer)
  return { code, output }
}

const headersOf = (response: Response) => Object.fromEntries(SECURITY_HEADERS.map(name => [name, response.headers.get(name)]))

afterAll(() => fs.rmSync(dataDir, { recursive: true, force: true }))

describe('a production build fails closed', () => {
  it('refuses to start without secrets, naming every variable and where it is documented', async () => {
    const { code, output } = await startAsTheImageDoes({})
    expect(code).not.toBe(0)
    for (const variable of ['NUXT_PREVIEW_SECRET', 'NUXT_REVALIDATE_SECRET', 'NUXT_CMS_PREVIEW_TOKEN', 'NUXT_CMS_FORM_TOKEN', 'NUXT_CMS_SITE_KEY', 'NUXT_ASSESSMENT_TOKEN_SECRET'])
      expect(output).toContain(`${variable} is not set`)
    expect(output).toContain('web/.env.example')
  })

  it('refuses the public development secrets and values too short to be private', async () => {
    const { code, output } = await startAsTheImageDoes({
      ...productionSecrets(),
      NUXT_PREVIEW_SECRET: 'dev-only-preview-signing-secret-do-not-use-in-production',
      NUXT_REVALIDATE_SECRET: 'short',
    })
    expect(code).not.toBe(0)
    expect(output).toContain('NUXT_PREVIEW_SECRET holds the public development default')
    expect(output).toContain('NUXT_REVALIDATE_SECRET is shorter than 32 characters')
    expect(output).not.toContain('NUXT_CMS_FORM_TOKEN')
  })

  describe('with every secret set', () => {
    let site: RunningProcess
    let httpsSite: RunningProcess
    beforeAll(async () => {
      const env = { NUXT_LOCAL_EVALUATION: 'false', ...productionSecrets() }
      site = await startTestSite({ cmsUrl: inject('cmsUrl'), outboxDir: path.join(dataDir, 'outbox'), env })
      httpsSite = await startTestSite({ cmsUrl: inject('cmsUrl'), outboxDir: path.join(dataDir, 'outbox-https'), env: { ...env, NUXT_PUBLIC_SITE_URL: 'https://www.kestrel.example' } })
    })
    afterAll(async () => {
      await site?.stop()
      await httpsSite?.stop()
    })

    it('lets search engines in without any other flag', async () => {
      expect(await (await fetch(`${site.url}/robots.txt`)).text()).toContain('Allow: /\n')
    })

    it('sends the same security headers on a cached page as on a rendered one, HSTS over HTTPS', async () => {
      const path = `/blog/${SEED_ARTICLE_SLUG}`
      const miss = await fetch(`${httpsSite.url}${path}`)
      const hit = await fetch(`${httpsSite.url}${path}`)
      expect([miss.headers.get('x-cache'), hit.headers.get('x-cache')]).toEqual(['MISS', 'HIT'])
      expect(headersOf(hit)).toEqual(headersOf(miss))
      expect(hit.headers.get('strict-transport-security')).toBe('max-age=31536000; includeSubDomains')
      expect(hit.headers.get('x-content-type-options')).toBe('nosniff')
      expect((await fetch(`${site.url}${path}`)).headers.get('strict-transport-security')).toBeNull()
    })
  })
})

describe('the site as tests and `pnpm start` run it', () => {
  const webUrl = inject('webUrl')

  it('allows no script on a page but its own, each inline one by its hash, and no other site to frame it', async () => {
    for (const path of ['/', '/free-website-assessment']) {
      await fetch(`${webUrl}${path}`)
      const response = await fetch(`${webUrl}${path}`)
      const policy = response.headers.get('content-security-policy') ?? ''
      const scriptSources = policy.split('; ').find(directive => directive.startsWith('script-src '))?.split(' ').slice(1) ?? []
      const html = await response.text()
      const inlineScripts = [...html.matchAll(/<script(?![^>]*\bsrc=)(?![^>]*type="application\/ld\+json")[^>]*>([\s\S]*?)<\/script>/g)].map(([, body]) => body ?? '')
      const hashes = inlineScripts.map(script => `'sha256-${crypto.createHash('sha256').update(script).digest('base64')}'`)
      // The menu script and Nuxt's speculation rules, and nothing that runs unless listed.
      expect(inlineScripts.length, path).toBe(2)
      expect(scriptSources.sort(), path).toEqual(['\'self\'', ...new Set(hashes)].sort())
      expect(policy, path).toMatch(/; frame-ancestors 'self'$/)
    }
  })

  it('serves a page with a forged preview cookie from the cache, without drafts or the preview banner', async () => {
    const path = '/services/web-design'
    await fetch(`${webUrl}${path}`)
    const forged = await fetch(`${webUrl}${path}`, { headers: { Cookie: 'agency-preview=99999999999999.forged' } })
    expect(forged.headers.get('x-cache')).toBe('HIT')
    expect(await forged.text()).not.toContain('unpublished changes')
  })

  it('puts its styles in the page and links no stylesheet, also when its assets are on a CDN', async () => {
    const onCdn = await startTestSite({ cmsUrl: inject('cmsUrl'), outboxDir: path.join(dataDir, 'outbox-cdn'), env: { NUXT_APP_CDN_URL: 'https://cdn.kestrel.example/' } })
    try {
      for (const url of [webUrl, onCdn.url]) {
        const html = await (await fetch(`${url}/`)).text()
        expect(html, url).toMatch(/<style>[^<]*--[\w-]+:/)
        expect(html, url).not.toContain('rel="stylesheet"')
      }
    }
    finally {
      await onCdn.stop()
    }
  })

  it('says loudly at start that it is a local evaluation, and turns crawlers away', async () => {
    const { output } = await startAsTheImageDoes({ NUXT_LOCAL_EVALUATION: 'true', NUXT_CMS_URL: inject('cmsUrl') }, /Listening on/)
    expect(output).toContain('LOCAL EVALUATION (NUXT_LOCAL_EVALUATION=true): public development secrets are accepted')
    expect(await (await fetch(`${webUrl}/robots.txt`)).text()).toContain('Disallow: /\n')
  })
})
