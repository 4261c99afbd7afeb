import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { DEV_ASSESSMENT_API_TOKEN } from '@agency/shared'
import { describe, expect, it } from 'vitest'

const ARTICLE_UID = 'api::article.article'
const CATEGORY_UID = 'api::category.category'
const PUBLIC_FIND_CATEGORIES = 'api::category.category.find'

export function apiCacheSuite(context: CmsContext): void {
  describe('response cache of anonymous content reads', () => {
    const get = (path: string, headers: Record<string, string> = {}) => fetch(`${context.cms.url}${path}`, { headers })
    const names = async (response: Response) => ((await response.json()) as { data: Array<{ name: string }> }).data.map(category => category.name)

    it('answers a repeated read from the cache, identically, with an ETag that earns a 304', async () => {
      const path = '/api/categories?sort=name:asc&fields[0]=name'
      const first = await get(path)
      const second = await get(path)
      expect(first.headers.get('x-cache')).toBe('MISS')
      expect(second.headers.get('x-cache')).toBe('HIT')
      expect(second.headers.get('content-type')).toContain('application/json')
      expect(await second.text()).toBe(await first.text())
      const etag = second.headers.get('etag') ?? ''
      expect(etag).toMatch(/^".+"$/)
      // As a browser revalidates; fetch() would otherwise add `Cache-Control: no-cache`, which forbids a 304.
      const revalidated = await get(path, { 'If-None-Match': etag, 'Cache-Control': 'max-age=0' })
      expect(revalidated.status).toBe(304)
    })

    it('answers a hit with the headers of the read it replays, and CORS for a browser\'s cross-origin read', async () => {
      const path = '/api/categories?cache-check=headers'
      const miss = await get(path)
      const hit = await get(path)
      expect(hit.headers.get('x-cache')).toBe('HIT')
      for (const header of ['content-security-policy', 'strict-transport-security', 'x-frame-options', 'x-powered-by', 'vary', 'content-length'])
        expect(hit.headers.get(header), header).toBe(miss.headers.get(header))
      const head = await fetch(`${context.cms.url}${path}`, { method: 'HEAD' })
      expect(head.status).toBe(200)
      expect(head.headers.get('x-cache')).toBe('HIT')
      expect(await head.text()).toBe('')
      const origin = 'http://localhost:3000'
      const crossOrigin = await get(path, { Origin: origin })
      expect(crossOrigin.headers.get('x-cache')).toBe('HIT')
      expect(crossOrigin.headers.get('access-control-allow-origin')).toBe(origin)
      expect(await crossOrigin.text()).toBe(await miss.text())
    })

    it('shows a published change on the very next read', async () => {
      const path = '/api/categories?sort=name:asc&fields[0]=name&cache-check=publish'
      const before = await names(await get(path))
      expect((await get(path)).headers.get('x-cache')).toBe('HIT')
      const documents = context.cms.strapi.documents(CATEGORY_UID)
      const created = await documents.create({ data: { name: 'Cache Check', slug: 'cache-check' } })
      try {
        const after = await get(path)
        expect(after.headers.get('x-cache')).toBe('MISS')
        expect(await names(after)).toEqual([...before, 'Cache Check'].sort())
      }
      finally {
        await documents.delete({ documentId: created.documentId })
      }
      expect(await names(await get(path))).toEqual(before)
    })

    it('keeps the article list cached when a visitor asks for an assessment', async () => {
      const path = '/api/articles?cache-check=lead'
      expect((await get(path)).headers.get('x-cache')).toBe('MISS')
      expect((await get(path)).headers.get('x-cache')).toBe('HIT')
      const lead = await fetch(`${context.cms.url}/api/assessment-submissions`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${DEV_ASSESSMENT_API_TOKEN}` },
        body: JSON.stringify({ data: {
          name: 'Cache Check',
          email: 'cache-check@example.com',
          company: 'Cache Check Ltd',
          websiteUrl: context.cms.fixtureSite.url,
          services: ['web-design'],
          message: 'Checking the cache.',
          consent: true,
          sourcePage: '/free-website-assessment',
          idempotencyKey: crypto.randomUUID(),
        } }),
      })
      expect(lead.status).toBe(201)
      expect((await get(path)).headers.get('x-cache')).toBe('HIT')
    })

    it('forgets the article reads when an article is published, and keeps the services cached', async () => {
      const articles = '/api/articles?cache-check=publish-article'
      const services = '/api/services?cache-check=publish-article'
      for (const path of [articles, services, articles, services])
        await get(path)
      expect((await get(services)).headers.get('x-cache')).toBe('HIT')
      const documents = context.cms.strapi.documents(ARTICLE_UID)
      const article = await documents.findFirst({ status: 'published' })
      expect(article).toBeTruthy()
      const documentId = article?.documentId ?? ''
      const excerpt = String(article?.excerpt ?? '')
      await documents.update({ documentId, data: { excerpt: `${excerpt} (updated)` } })
      await documents.publish({ documentId })
      try {
        const after = await get(articles)
        expect(after.headers.get('x-cache')).toBe('MISS')
        expect(await after.text()).toContain(`${excerpt} (updated)`)
        expect((await get(services)).headers.get('x-cache')).toBe('HIT')
      }
      finally {
        await documents.update({ documentId, data: { excerpt } })
        await documents.publish({ documentId })
      }
    })

    it('stops serving content at once when the Public role loses access to it', async () => {
      const path = '/api/categories?cache-check=permissions'
      expect((await get(path)).status).toBe(200)
      expect((await get(path)).headers.get('x-cache')).toBe('HIT')
      const permissions = context.cms.strapi.db.query('plugin::users-permissions.permission')
      const granted = await permissions.findOne({ where: { action: PUBLIC_FIND_CATEGORIES, role: { type: 'public' } }, populate: ['role'] }) as { id: number, role: { id: number } } | null
      expect(granted).toBeTruthy()
      await permissions.delete({ where: { id: granted?.id } })
      try {
        expect((await get(path)).status).toBe(403)
      }
      finally {
        await permissions.create({ data: { action: PUBLIC_FIND_CATEGORIES, role: granted?.role.id } })
      }
      expect((await get(path)).status).toBe(200)
    })

    it('never caches what a token reads, nor refused or failed reads', async () => {
      const withToken = await get('/api/categories', { Authorization: 'Bearer not-a-real-token' })
      expect(withToken.status).toBe(401)
      expect(withToken.headers.get('x-cache')).toBeNull()
      for (let attempt = 0; attempt < 2; attempt++) {
        const missing = await get('/api/articles/no-such-document')
        expect(missing.status).toBe(404)
        expect(missing.headers.get('x-cache')).toBeNull()
      }
    })
  })
}
