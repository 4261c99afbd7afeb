import type { RunningProcess } from '@agency/test-support/processes'
import type { SmtpServer } from '@agency/test-support/smtp'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { signPreviewLink } from '@agency/shared'
import { cmsRequest, createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer, TEST_ADMIN } from '@agency/test-support/cms-server'
import { freePort } from '@agency/test-support/ports'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { startMailDrop } from '@agency/test-support/smtp'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { startTestSite } from '../support/stack'

const REVALIDATE_SECRET = 'e2e-revalidate-secret'
const PREVIEW_SECRET = 'e2e-preview-secret'
const ARTICLE = 'social-media-marketing-to-outsource-or-not-to-outsource'
const REDIRECT = 'api::redirect.redirect'
const ARTICLE_UID = 'api::article.article'

interface Page {
  status: number
  cache: string | null
  html: string
}

async function load(siteUrl: string, pagePath: string, init: RequestInit = {}): Promise<Page> {
  const response = await fetch(`${siteUrl}${pagePath}`, { ...init, redirect: 'manual', headers: { Accept: 'text/html', ...init.headers } })
  return { status: response.status, cache: response.headers.get('x-cache'), html: await response.text() }
}

/**
 * Its own CMS, whose webhook points at site A, and two site instances sharing a Redis cache, because
 * these tests edit content and stop the CMS.
 */
await describeWithServices(['redis'], 'publishing and preview', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-publishing-'))
  const redisPrefix = `test-${crypto.randomUUID()}`
  let mailDrop: SmtpServer
  let cms: RunningProcess | undefined
  let siteA: RunningProcess
  let siteB: RunningProcess
  let cmsPort = 0
  let siteAPort = 0
  let token = ''
  let articleId = ''

  const cmsUrl = () => `http://127.0.0.1:${cmsPort}`
  const startCms = async () => {
    cms = await startCmsServer({
      database: { client: 'sqlite', file: path.join(dataDir, 'data.db') },
      port: cmsPort,
      smtpPort: mailDrop.port,
      env: {
        SITE_URL: `http://127.0.0.1:${siteAPort}`,
        SITE_REVALIDATE_URL: `http://127.0.0.1:${siteAPort}/api/revalidate`,
        REVALIDATE_SECRET,
        PREVIEW_SECRET,
        // Scheduled entries go live within a second of their time rather than a minute.
        SCHEDULE_CRON: '* * * * * *',
      },
    })
  }
  const siteEnv = () => ({
    NUXT_REDIS_URL: TEST_REDIS_URL,
    NUXT_REDIS_KEY_PREFIX: redisPrefix,
    NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET,
    NUXT_PREVIEW_SECRET: PREVIEW_SECRET,
    NUXT_CMS_PUBLIC_URL: cmsUrl(),
    NUXT_CMS_TIMEOUT_MS: '1500',
  })
  const updateArticle = async (data: Record<string, unknown>, publish: boolean) => {
    // The REST API publishes an update unless it is asked to keep it as a draft.
    const response = await fetch(`${cmsUrl()}/api/articles/${articleId}?status=${publish ? 'published' : 'draft'}`, {
      method: 'PUT',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` },
      body: JSON.stringify({ data }),
    })
    expect(response.status).toBe(200)
  }

  /** Calls the admin API as the test's administrator, who manages redirects as an editor does; signs in once, as the admin limits sign-ins. */
  let adminToken = ''
  const adminRequest = async <T>(address: string, init: RequestInit): Promise<T> => {
    adminToken ||= (await cmsRequest<{ data: { token: string } }>(`${cmsUrl()}/admin/login`, { method: 'POST', body: JSON.stringify(TEST_ADMIN) })).data.token
    return cmsRequest<T>(`${cmsUrl()}${address}`, { ...init, token: adminToken })
  }
  const redirectIds = async (froms: string[]) => {
    const { data } = await fetch(`${cmsUrl()}/api/redirects?pagination[pageSize]=100`).then(async response => await response.json() as { data: Array<{ documentId: string, from: string }> })
    return data.filter(rule => froms.includes(rule.from)).map(rule => rule.documentId)
  }

  beforeAll(async () => {
    mailDrop = await startMailDrop(path.join(dataDir, 'mail'))
    cmsPort = await freePort()
    siteAPort = await freePort()
    await startCms()
    token = await createFullAccessToken(cmsUrl())
    const listed = await fetch(`${cmsUrl()}/api/articles?filters[slug][$eq]=${ARTICLE}`).then(async response => await response.json() as { data: Array<{ documentId: string }> })
    articleId = listed.data[0]?.documentId ?? ''
    siteA = await startTestSite({ cmsUrl: cmsUrl(), port: siteAPort, outboxDir: path.join(dataDir, 'outbox-a'), env: siteEnv() })
    siteB = await startTestSite({ cmsUrl: cmsUrl(), outboxDir: path.join(dataDir, 'outbox-b'), env: siteEnv() })
  })

  afterAll(async () => {
    await siteA?.stop()
    await siteB?.stop()
    await cms?.stop()
    await mailDrop?.close()
    await deleteRedisKeys(`${redisPrefix}:`)
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('caches pages, answers 304 for a current copy, and sends CDN headers', async () => {
    expect((await load(siteA.url, '/blog')).cache).toBe('MISS')
    const response = await fetch(`${siteA.url}/blog`)
    expect(response.headers.get('x-cache')).toBe('HIT')
    expect(response.headers.get('cache-control')).toMatch(/s-maxage=\d+.*stale-while-revalidate/)
    const etag = response.headers.get('etag') ?? ''
    const conditional = await fetch(`${siteA.url}/blog`, { headers: { 'If-None-Match': etag } })
    expect(conditional.status).toBe(304)
  })

  it('shows a published change on both instances within a second of publishing', async () => {
    for (const site of [siteA, siteB]) {
      await load(site.url, `/blog/${ARTICLE}`)
      expect((await load(site.url, `/blog/${ARTICLE}`)).cache).toBe('HIT')
    }
    const title = `Outsource social media? ${crypto.randomUUID().slice(0, 6)}`
    const published = Date.now()
    await updateArticle({ title }, true)
    const latencies: number[] = []
    for (const site of [siteA, siteB]) {
      await expect.poll(async () => (await load(site.url, `/blog/${ARTICLE}`)).html.includes(title), { timeout: 1000, interval: 25 }).toBe(true)
      latencies.push(Date.now() - published)
    }
    console.info(`publish-to-visible latency: site A ${latencies[0]} ms, site B ${latencies[1]} ms`)
    expect((await load(siteB.url, '/blog')).html).toContain(title)
  })

  it('refuses a webhook with a wrong secret with 401 and purges nothing', async () => {
    await load(siteA.url, '/services')
    expect((await load(siteA.url, '/services')).cache).toBe('HIT')
    const response = await fetch(`${siteA.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': 'Bearer not-the-secret' },
      body: JSON.stringify({ model: 'service', entry: { slug: 'web-design' } }),
    })
    expect(response.status).toBe(401)
    expect((await load(siteA.url, '/services')).cache).toBe('HIT')
  })

  it('answers the old address with a 301 to the new one within a second of publishing a new slug', async () => {
    const newSlug = `${ARTICLE}-renamed`
    const answer = async (address: string) => {
      const response = await fetch(`${siteA.url}${address}`, { redirect: 'manual' })
      return { status: response.status, location: response.headers.get('location') }
    }
    expect((await load(siteA.url, `/blog/${ARTICLE}`)).status).toBe(200)
    await updateArticle({ slug: newSlug }, true)
    await expect.poll(() => answer(`/blog/${ARTICLE}`), { timeout: 1000, interval: 25 }).toEqual({ status: 301, location: `/blog/${newSlug}` })
    expect((await load(siteA.url, `/blog/${newSlug}`)).status).toBe(200)

    // Renamed back, the first address is the article's again and the second one sends visitors to it.
    await updateArticle({ slug: ARTICLE }, true)
    await expect.poll(async () => (await load(siteA.url, `/blog/${ARTICLE}`)).status, { timeout: 2000, interval: 50 }).toBe(200)
    expect(await answer(`/blog/${newSlug}`)).toEqual({ status: 301, location: `/blog/${ARTICLE}` })
    await adminRequest(`/content-manager/collection-types/${REDIRECT}/actions/bulkDelete`, { method: 'POST', body: JSON.stringify({ documentIds: await redirectIds([`/blog/${newSlug}`]) }) })
  })

  it('answers an editor\'s redirects with their status and new address, and a gone page with 410 and the not-found page', async () => {
    const rules = [
      { from: '/e2e-moved', to: '/services', type: 'temporary_302' },
      { from: '/e2e-old-blog/*', to: '/blog/*', type: 'permanent_308' },
      { from: '/e2e-closed-offer', type: 'gone_410' },
    ]
    for (const rule of rules)
      await adminRequest(`/content-manager/collection-types/${REDIRECT}`, { method: 'POST', body: JSON.stringify(rule) })
    try {
      const answer = async (address: string) => {
        const response = await fetch(`${siteA.url}${address}`, { redirect: 'manual', headers: { Accept: 'text/html' } })
        return { status: response.status, location: response.headers.get('location'), html: await response.text() }
      }
      await expect.poll(async () => (await answer('/e2e-moved')).status, { timeout: 1000, interval: 25 }).toBe(302)
      expect((await answer('/E2E-moved/')).status).toBe(404)
      expect(await answer('//e2e-moved/')).toMatchObject({ status: 302, location: '/services' })
      expect(await answer('/e2e-old-blog/2019/launch?ref=mail')).toMatchObject({ status: 308, location: '/blog/2019/launch?ref=mail' })
      const gone = await answer('/e2e-closed-offer')
      expect(gone.status).toBe(410)
      expect(gone.location).toBeNull()
      expect(gone.html.replaceAll('&#x27;', '\'')).toContain('We can\'t find that page')
    }
    finally {
      await adminRequest(`/content-manager/collection-types/${REDIRECT}/actions/bulkDelete`, { method: 'POST', body: JSON.stringify({ documentIds: await redirectIds(rules.map(rule => rule.from)) }) })
    }
  })

  it('answers 410 for an unpublished article and serves it again once it is published', async () => {
    const articleAdmin = (action: string) => adminRequest(`/content-manager/collection-types/api::article.article/${articleId}/actions/${action}`, { method: 'POST', body: JSON.stringify({}) })
    expect((await load(siteA.url, `/blog/${ARTICLE}`)).status).toBe(200)
    await articleAdmin('unpublish')
    try {
      await expect.poll(async () => (await load(siteA.url, `/blog/${ARTICLE}`)).status, { timeout: 1000, interval: 25 }).toBe(410)
      const gone = await load(siteA.url, `/blog/${ARTICLE}`)
      expect(gone.html.replaceAll('&#x27;', '\'')).toContain('We can\'t find that page')
      expect((await load(siteA.url, '/sitemap.xml')).html).not.toContain(`/blog/${ARTICLE}<`)
    }
    finally {
      await articleAdmin('publish')
    }
    await expect.poll(async () => (await load(siteA.url, `/blog/${ARTICLE}`)).status, { timeout: 1000, interval: 25 }).toBe(200)
  })

  it('lists no page a redirect sends elsewhere in the sitemap or the feeds', async () => {
    const listed = async () => Promise.all(['/sitemap.xml', '/feed.xml', '/feed.json'].map(async address => (await load(siteA.url, address)).html.includes(`/blog/${ARTICLE}`)))
    expect(await listed()).toEqual([true, true, true])
    const rule = { from: `/blog/${ARTICLE}`, to: '/services', type: 'temporary_302', replacesLivePage: true }
    await adminRequest(`/content-manager/collection-types/${REDIRECT}`, { method: 'POST', body: JSON.stringify(rule) })
    try {
      await expect.poll(async () => (await load(siteA.url, `/blog/${ARTICLE}`)).status, { timeout: 1000, interval: 25 }).toBe(302)
      expect(await listed()).toEqual([false, false, false])
    }
    finally {
      await adminRequest(`/content-manager/collection-types/${REDIRECT}/actions/bulkDelete`, { method: 'POST', body: JSON.stringify({ documentIds: await redirectIds([rule.from]) }) })
    }
    await expect.poll(listed, { timeout: 1000, interval: 25 }).toEqual([true, true, true])
  })

  it('sends a rule that names an article wherever the article moves, and a renamed category\'s feeds to its new address', async () => {
    const answer = async (address: string) => {
      const response = await fetch(`${siteA.url}${address}`, { redirect: 'manual' })
      return { status: response.status, location: response.headers.get('location') }
    }
    const rule = { from: '/e2e-latest-post', type: 'permanent_301', toArticle: { connect: [{ documentId: articleId }] } }
    await adminRequest(`/content-manager/collection-types/${REDIRECT}`, { method: 'POST', body: JSON.stringify(rule) })
    const newSlug = `${ARTICLE}-moved`
    const category = await fetch(`${cmsUrl()}/api/categories?filters[slug][$eq]=content`).then(async response => (await response.json() as { data: Array<{ documentId: string }> }).data[0]!)
    const renameCategory = (slug: string) => cmsRequest(`${cmsUrl()}/api/categories/${category.documentId}`, { method: 'PUT', token, body: JSON.stringify({ data: { slug } }) })
    try {
      await expect.poll(() => answer('/e2e-latest-post'), { timeout: 1000, interval: 25 }).toEqual({ status: 301, location: `/blog/${ARTICLE}` })
      await updateArticle({ slug: newSlug }, true)
      await expect.poll(() => answer('/e2e-latest-post'), { timeout: 1000, interval: 25 }).toEqual({ status: 301, location: `/blog/${newSlug}` })

      await renameCategory('content-writing')
      await expect.poll(() => answer('/blog/category/content/feed.xml'), { timeout: 1000, interval: 25 }).toEqual({ status: 301, location: '/blog/category/content-writing/feed.xml' })
      expect((await load(siteA.url, '/blog/category/content-writing/feed.xml')).status).toBe(200)
    }
    finally {
      await updateArticle({ slug: ARTICLE }, true)
      await renameCategory('content')
      const written = [rule.from, `/blog/${newSlug}`, '/blog/category/content-writing']
      await adminRequest(`/content-manager/collection-types/${REDIRECT}/actions/bulkDelete`, { method: 'POST', body: JSON.stringify({ documentIds: await redirectIds(written) }) })
    }
  })

  it('shows a draft scheduled a few seconds ahead on the site at its time, without anyone publishing it', async () => {
    const slug = `scheduled-${crypto.randomUUID().slice(0, 8)}`
    const title = `Out on its own ${slug.slice(-8)}`
    const publishAt = Date.now() + 3000
    const { data } = await adminRequest<{ data: { documentId: string } }>(`/content-manager/collection-types/${ARTICLE_UID}`, {
      method: 'POST',
      body: JSON.stringify({ title, slug, excerpt: 'Written ahead, published by the clock.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01', publishAt: new Date(publishAt).toISOString() }),
    })
    try {
      expect((await load(siteA.url, `/blog/${slug}`)).status).toBe(404)
      await expect.poll(async () => (await load(siteA.url, `/blog/${slug}`)).html.includes(title), { timeout: 15_000, interval: 100 }).toBe(true)
      console.info(`scheduled-to-visible: ${Date.now() - publishAt} ms after the publish time`)
      expect(Date.now()).toBeGreaterThanOrEqual(publishAt)
      expect((await load(siteB.url, `/blog/${slug}`)).html).toContain(title)
    }
    finally {
      await adminRequest(`/content-manager/collection-types/${ARTICLE_UID}/actions/bulkDelete`, { method: 'POST', body: JSON.stringify({ documentIds: [data.documentId] }) })
    }
  })

  it('shows a draft only in preview, with a banner, framable by the admin, never cached', async () => {
    const draftTitle = `Draft only ${crypto.randomUUID().slice(0, 6)}`
    await updateArticle({ title: draftTitle }, false)
    expect((await load(siteA.url, `/blog/${ARTICLE}`)).html).not.toContain(draftTitle)

    const link = signPreviewLink(PREVIEW_SECRET, `/blog/${ARTICLE}`)
    const query = new URLSearchParams({ path: link.path, expiresAt: String(link.expiresAt), signature: link.signature })
    const entry = await fetch(`${siteA.url}/api/preview?${query}`, { redirect: 'manual' })
    expect(entry.status).toBe(307)
    expect(entry.headers.get('location')).toBe(`/blog/${ARTICLE}`)
    const cookie = (entry.headers.get('set-cookie') ?? '').split(';')[0] ?? ''

    const preview = await fetch(`${siteA.url}/blog/${ARTICLE}`, { headers: { Cookie: cookie } })
    const html = await preview.text()
    expect(html).toContain(draftTitle)
    expect(html).toContain('you are seeing unpublished changes')
    expect(preview.headers.get('cache-control')).toBe('no-store')
    expect(preview.headers.get('content-security-policy')).toMatch(new RegExp(`frame-ancestors 'self' ${cmsUrl()}$`))
    expect((await load(siteA.url, `/blog/${ARTICLE}`)).html).not.toContain(draftTitle)
    expect((await fetch(`${siteA.url}/blog`)).headers.get('content-security-policy')).toMatch(/frame-ancestors 'self'$/)
  })

  it('refuses expired and forged preview links with 401', async () => {
    const expired = signPreviewLink(PREVIEW_SECRET, '/blog', Date.now() - 60 * 60 * 1000)
    const forged = signPreviewLink('not-the-secret', '/blog')
    for (const link of [expired, forged, { ...signPreviewLink(PREVIEW_SECRET, '/blog'), path: '/services' }]) {
      const query = new URLSearchParams({ path: link.path, expiresAt: String(link.expiresAt), signature: link.signature })
      const response = await fetch(`${siteA.url}/api/preview?${query}`, { redirect: 'manual' })
      expect(response.status).toBe(401)
      expect(response.headers.get('set-cookie')).toBeNull()
    }
    const draftView = await fetch(`${siteA.url}/blog/${ARTICLE}`, { headers: { Cookie: 'agency-preview=99999999999999.forged' } })
    expect(await draftView.text()).not.toContain('Draft only')
  })

  it('keeps serving cached pages while the CMS is down, answers 503 for the rest, and recovers', async () => {
    for (const pagePath of ['/services/web-design', '/services/web-marketing'])
      await load(siteA.url, pagePath)
    expect((await load(siteA.url, '/services/web-design')).cache).toBe('HIT')
    await fetch(`${siteA.url}/api/revalidate`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${REVALIDATE_SECRET}` },
      body: JSON.stringify({ model: 'global', entry: {} }),
    })
    await cms?.stop()

    // Purged pages render again from the last CMS reads while the CMS is away.
    const rendered = await load(siteA.url, '/services/web-design')
    expect(rendered.status).toBe(200)
    expect(rendered.html).toContain('Web Design')
    // Without those reads either, the last copy of the page itself is served.
    await deleteRedisKeys(`${redisPrefix}:cache:entry:cms:`)
    const stale = await load(siteA.url, '/services/web-marketing')
    expect(stale.status).toBe(200)
    expect(stale.cache).toBe('STALE')
    expect(stale.html).toContain('Web Marketing')
    const uncached = await load(siteA.url, '/blog/category/internet-marketing?page=1')
    expect(uncached.status).toBe(503)

    await startCms()
    const title = `Back online ${crypto.randomUUID().slice(0, 6)}`
    await updateArticle({ title }, true)
    await expect.poll(async () => (await load(siteA.url, `/blog/${ARTICLE}`)).html.includes(title), { timeout: 5000, interval: 100 }).toBe(true)
    expect((await load(siteA.url, '/services/web-design')).status).toBe(200)
  }, 120_000)
})
