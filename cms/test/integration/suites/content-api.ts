import type { CmsContext } from '../../support/suite'
import { CmsError, createCmsClient, DEV_PREVIEW_API_TOKEN, DEV_PREVIEW_SECRET, verifyPreviewLink } from '@agency/shared'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { articles } from '../../../src/seed/articles'
import { global } from '../../../src/seed/global'
import { previewUrl } from '../../../src/utils/preview-url'
import { services } from '../../../src/seed/services'

const ARTICLE_UID = 'api::article.article'

export function contentApiSuite(context: CmsContext): void {
  describe('content API through the shared client', () => {
    const client = () => createCmsClient({ baseURL: context.cms.url })
    const seedArticle = articles[0]
    if (!seedArticle)
      throw new Error('The seed has no article')

    it('lists the six services in menu order with their content', async () => {
      const listed = await client().services.list()
      expect(listed.map(service => service.title)).toEqual([
        'Web Design',
        'Web Marketing',
        'Logo Design & Branding',
        'Graphic Design',
        'Social Media',
        'Supporting Services',
      ])
      for (const [index, service] of listed.entries()) {
        const fixture = services[index]
        expect(service).toMatchObject({ slug: fixture?.slug, summary: fixture?.summary, body: fixture?.body, icon: fixture?.icon })
        expect(service.highlights.map(({ title, text }) => ({ title, text }))).toEqual(fixture?.highlights)
      }
    })

    it('finds a service by slug', async () => {
      const service = await client().services.bySlug('logo-design-branding')
      expect(service.title).toBe('Logo Design & Branding')
      expect(service.seo?.metaTitle).toBeTruthy()
    })

    it('serves the seed article in full with its three categories and a derived reading time', async () => {
      const article = await client().articles.bySlug(seedArticle.slug)
      expect(article.title).toBe('Social media marketing: to outsource, or not to outsource?')
      expect(article.body).toBe(seedArticle.body)
      expect(article.body).toContain('gunfight at the OK Corral')
      expect(article.body).toContain('rock-solid, efficient social presence')
      expect(article.categories.map(category => category.name).sort()).toEqual(['Content', 'Internet Marketing', 'Social Media'])
      expect(article.author.name).toBe(seedArticle.author.name)
      expect(article.publishedDate).toBe(seedArticle.publishedDate)
      expect(article.readingTimeMinutes).toBeGreaterThanOrEqual(2)
    })

    it('serves the global settings with the "I need" menu and the assessment call to action', async () => {
      const settings = await client().global.get()
      expect(settings.agencyName).toBe(global.agencyName)
      const menu = settings.navigation.find(item => item.label === 'I need')
      expect(menu?.links.map(link => link.label)).toEqual(services.map(service => service.title))
      expect(settings.cta).toMatchObject({ label: 'FREE Website Assessment', href: '/free-website-assessment' })
      expect(settings.footer.links.length).toBeGreaterThan(0)
    })

    it('answers an unknown slug with a not-found error naming the resource', async () => {
      const failure = await client().articles.bySlug('no-such-article').catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(CmsError)
      expect(failure).toMatchObject({ kind: 'not-found', resource: 'article "no-such-article"' })
      await expect(client().services.bySlug('no-such-service')).rejects.toMatchObject({ kind: 'not-found' })
    })

    describe('with more articles', () => {
      const created: string[] = []
      let draftId = ''

      beforeAll(async () => {
        const documents = context.cms.strapi.documents(ARTICLE_UID)
        const content = await context.cms.strapi.documents('api::category.category').findFirst({ filters: { slug: 'content' } })
        for (let day = 1; day <= 12; day++) {
          const article = await documents.create({
            data: {
              title: `Pagination check ${day}`,
              slug: `pagination-check-${day}`,
              excerpt: 'A generated article for paging through the list.',
              body: 'Generated body text.',
              author: { name: 'Test Author' },
              publishedDate: `2030-01-${String(day).padStart(2, '0')}`,
              categories: day % 2 === 0 && content ? [content.documentId] : [],
            },
            status: 'published',
          })
          created.push(article.documentId)
        }
        const draft = await documents.create({
          data: {
            title: 'Unpublished draft',
            slug: 'unpublished-draft',
            excerpt: 'Not for the public yet.',
            body: 'Secret draft body.',
            author: { name: 'Test Author' },
            publishedDate: '2031-01-01',
          },
        })
        draftId = draft.documentId
        created.push(draftId)
      })

      afterAll(async () => {
        const documents = context.cms.strapi.documents(ARTICLE_UID)
        for (const documentId of created)
          await documents.delete({ documentId })
      })

      it('pages through articles newest first', async () => {
        const first = await client().articles.list({ page: 1, pageSize: 5 })
        expect(first.pagination).toEqual({ page: 1, pageSize: 5, pageCount: 3, total: 13 })
        expect(first.items.map(article => article.slug)).toEqual([12, 11, 10, 9, 8].map(day => `pagination-check-${day}`))
        const last = await client().articles.list({ page: 3, pageSize: 5 })
        expect(last.items.map(article => article.slug)).toEqual(['pagination-check-2', 'pagination-check-1', seedArticle.slug])
      })

      it('caps the page size at the configured maximum', async () => {
        const page = await client().articles.list({ pageSize: 1000 })
        expect(page.pagination.pageSize).toBe(100)
      })

      it('filters articles by category slug', async () => {
        const content = await client().articles.list({ category: 'content', pageSize: 50 })
        expect(content.items.map(article => article.slug).sort()).toEqual(
          [seedArticle.slug, ...[2, 4, 6, 8, 10, 12].map(day => `pagination-check-${day}`)].sort(),
        )
        const socialMedia = await client().articles.list({ category: 'social-media' })
        expect(socialMedia.items.map(article => article.slug)).toEqual([seedArticle.slug])
      })

      it('keeps a draft invisible to the public, even when asked for drafts', async () => {
        await expect(client().articles.bySlug('unpublished-draft')).rejects.toMatchObject({ kind: 'not-found' })
        const listed = await client().articles.list({ pageSize: 100 })
        expect(listed.items.some(article => article.slug === 'unpublished-draft')).toBe(false)

        const asDraft = await fetch(`${context.cms.url}/api/articles?status=draft&pagination[pageSize]=100`)
        const body = await asDraft.json() as { data: Array<{ slug: string }> }
        expect(body.data.some(article => article.slug === 'unpublished-draft')).toBe(false)
        const byId = await fetch(`${context.cms.url}/api/articles/${draftId}?status=draft`)
        expect(byId.status).toBe(404)
      })

      it('builds the admin\'s preview link: signed and short-lived for a draft, the live page once published', async () => {
        const { strapi } = context.cms
        const seed = await strapi.documents(ARTICLE_UID).findFirst({ filters: { slug: seedArticle.slug }, status: 'published' })
        const draftUrl = new URL(await previewUrl(strapi, ARTICLE_UID, draftId, 'draft') ?? '')
        expect(draftUrl.pathname).toBe('/api/preview')
        const link = Object.fromEntries(draftUrl.searchParams)
        expect(link.path).toBe('/blog/unpublished-draft')
        expect(verifyPreviewLink(DEV_PREVIEW_SECRET, link)).toBe(true)
        expect(verifyPreviewLink(DEV_PREVIEW_SECRET, { ...link, path: '/blog/other' })).toBe(false)
        expect(verifyPreviewLink(DEV_PREVIEW_SECRET, link, Number(link.expiresAt) + 1)).toBe(false)
        expect(await previewUrl(strapi, ARTICLE_UID, seed?.documentId ?? '', 'published')).toBe(`http://localhost:3000/blog/${seedArticle.slug}`)
        expect(await previewUrl(strapi, 'api::category.category', 'any', 'draft')).toBeNull()
      })

      it('shows the draft to the site\'s preview token', async () => {
        const preview = createCmsClient({ baseURL: context.cms.url, token: DEV_PREVIEW_API_TOKEN })
        const draft = await preview.articles.bySlug('unpublished-draft', { draft: true })
        expect(draft.body).toBe('Secret draft body.')
        await expect(preview.articles.bySlug('unpublished-draft')).rejects.toMatchObject({ kind: 'not-found' })
      })
    })
  })
}
