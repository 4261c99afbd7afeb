import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { DEV_PREVIEW_SECRET, pageBlockSchema, pageSchema, verifyPreviewLink } from '@agency/shared'
import { describe, expect, it } from 'vitest'
import { pages } from '../../../src/seed/pages'
import { previewUrl } from '../../../src/utils/preview-url'
import { signInAs } from '../../support/admin-session'

const PAGE_UID = 'api::page.page'

interface PageList {
  data: unknown[]
}

export function pagesSuite(context: CmsContext): void {
  const read = async (query: string): Promise<PageList> => {
    const response = await fetch(`${context.cms.url}/api/pages?${query}`)
    expect(response.status).toBe(200)
    return await response.json() as PageList
  }
  const bySlug = async (slug: string) => pageSchema.parse((await read(`filters[slug][$eq]=${slug}`)).data[0])

  describe('pages built from blocks, through the REST API', () => {
    it.each(pages.map(page => [page.slug, page] as const))('serves the seeded %s page with every block whole, in the editor\'s order', async (slug, fixture) => {
      const page = await bySlug(slug)
      expect(page.title).toBe(fixture.title)
      expect(page.sections.map(section => section.__component)).toEqual(fixture.sections.map(section => section.__component))
      for (const section of page.sections)
        expect(pageBlockSchema.safeParse(section).error).toBeUndefined()
    })

    it('populates each block\'s relations and media through its own fragment', async () => {
      const { strapi } = context.cms
      const [webDesign, content] = await Promise.all([
        strapi.documents('api::service.service').findFirst({ filters: { slug: 'web-design' }, status: 'published' }),
        strapi.documents('api::category.category').findFirst({ filters: { slug: 'content' } }),
      ])
      const testimonial = await strapi.documents('api::testimonial.testimonial').create({
        data: { quote: 'They rebuilt our site in six weeks and the phone has not stopped ringing.', name: 'Maria Lopez', role: 'Owner', company: 'Harbor Bakery' },
        status: 'published',
      })
      const slug = `blocks-${crypto.randomUUID().slice(0, 8)}`
      const page = await strapi.documents(PAGE_UID).create({
        data: {
          title: 'Every block',
          slug,
          sections: [
            { __component: 'blocks.services-grid', heading: 'Chosen services', services: [webDesign?.documentId] },
            { __component: 'blocks.latest-articles', heading: 'On content', count: 2, category: content?.documentId },
            { __component: 'blocks.testimonials', heading: 'Clients say', testimonials: [testimonial.documentId] },
            { __component: 'blocks.faq', heading: 'Questions', items: [{ question: 'How long does it take?', answer: 'Six to ten weeks.' }] },
            { __component: 'blocks.figures', figures: [{ value: '+38%', label: 'more enquiries' }] },
            { __component: 'blocks.cta-banner', heading: 'Ready?', action: { label: 'Talk to us', href: '/free-website-assessment' } },
          ],
        } as never,
        status: 'published',
      })
      try {
        const served = await bySlug(slug)
        const blocks = served.sections.map(section => pageBlockSchema.parse(section))
        expect(blocks).toMatchObject([
          { __component: 'blocks.services-grid', services: [{ slug: 'web-design', title: 'Web Design' }] },
          { __component: 'blocks.latest-articles', count: 2, category: { slug: 'content', name: 'Content' } },
          { __component: 'blocks.testimonials', testimonials: [{ name: 'Maria Lopez', company: 'Harbor Bakery' }] },
          { __component: 'blocks.faq', items: [{ question: 'How long does it take?', answer: 'Six to ten weeks.' }] },
          { __component: 'blocks.figures', figures: [{ value: '+38%', label: 'more enquiries' }] },
          { __component: 'blocks.cta-banner', action: { label: 'Talk to us', href: '/free-website-assessment' } },
        ])
      }
      finally {
        await strapi.documents(PAGE_UID).delete({ documentId: page.documentId })
        await strapi.documents('api::testimonial.testimonial').delete({ documentId: testimonial.documentId })
      }
    })

    it('keeps drafts from anonymous readers, even when they ask for them', async () => {
      const { strapi } = context.cms
      const slug = `draft-${crypto.randomUUID().slice(0, 8)}`
      const draft = await strapi.documents(PAGE_UID).create({ data: { title: 'Not yet', slug, sections: [] } as never })
      try {
        expect((await read(`filters[slug][$eq]=${slug}`)).data).toEqual([])
        expect((await read(`filters[slug][$eq]=${slug}&status=draft`)).data).toEqual([])
      }
      finally {
        await strapi.documents(PAGE_UID).delete({ documentId: draft.documentId })
      }
    })

    it('previews the home page at / and any other page at its slug', async () => {
      const { strapi } = context.cms
      const documentId = async (slug: string) => (await strapi.documents(PAGE_UID).findFirst({ filters: { slug }, status: 'published' }))?.documentId ?? ''
      expect(await previewUrl(strapi, PAGE_UID, await documentId('home'), 'published')).toBe('http://localhost:3000/')
      const draft = new URL(await previewUrl(strapi, PAGE_UID, await documentId('about'), 'draft') ?? '')
      const link = Object.fromEntries(draft.searchParams)
      expect(link.path).toBe('/about')
      expect(verifyPreviewLink(DEV_PREVIEW_SECRET, link)).toBe(true)
    })

    it('refuses to publish a page whose image has no alternative text, saying which and where, and publishes it once described', async () => {
      const { strapi } = context.cms
      const image = await strapi.db.query('plugin::upload.file').create({
        data: { name: 'team-at-work.jpg', hash: `team_${crypto.randomUUID().slice(0, 8)}`, ext: '.jpg', mime: 'image/jpeg', size: 1, width: 1, height: 1, url: '/uploads/team.jpg', provider: 'local' },
      }) as { id: number }
      const page = await strapi.documents(PAGE_UID).create({
        data: { title: 'Our team', slug: `team-${crypto.randomUUID().slice(0, 8)}`, sections: [{ __component: 'blocks.image-text', heading: 'The people', body: 'We are six.', image: image.id, imageOnRight: true }] } as never,
      })
      const editor = await signInAs(context.cms, 'strapi-editor')
      try {
        const publish = () => editor.fetch(`/content-manager/collection-types/${PAGE_UID}/${page.documentId}/actions/publish`, { method: 'POST', body: JSON.stringify({}) })
        const refused = await publish()
        expect(refused.status).toBe(400)
        expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
          'Describe every image before publishing: "team-at-work.jpg" in the Image with text block (section 1) has no alternative text. Add it in the Media Library (the image\'s details).',
        )
        expect((await read(`filters[slug][$eq]=${page.slug}`)).data).toEqual([])

        await strapi.db.query('plugin::upload.file').update({ where: { id: image.id }, data: { alternativeText: 'Six people around a table, sketching a website.' } })
        expect((await publish()).status).toBe(200)
        expect((await read(`filters[slug][$eq]=${page.slug}`)).data).toHaveLength(1)
      }
      finally {
        await editor.end()
        await strapi.documents(PAGE_UID).delete({ documentId: page.documentId })
        await strapi.db.query('plugin::upload.file').delete({ where: { id: image.id } })
      }
    })

    it('refuses, through the REST API too, a testimonial published in one request whose photo has no alternative text', async () => {
      const { strapi, url } = context.cms
      const photo = await strapi.db.query('plugin::upload.file').create({
        data: { name: 'maria.jpg', hash: `maria_${crypto.randomUUID().slice(0, 8)}`, ext: '.jpg', mime: 'image/jpeg', size: 1, width: 1, height: 1, url: '/uploads/maria.jpg', provider: 'local' },
      }) as { id: number }
      const tokens = strapi.service('admin::api-token-content-api') as unknown as { create: (attributes: object) => Promise<{ accessKey: string }> }
      const { accessKey } = await tokens.create({ name: `alt-${crypto.randomUUID()}`, description: 'A test of the REST publish path', type: 'full-access', lifespan: null })
      const post = () => fetch(`${url}/api/testimonials?status=published`, {
        method: 'POST',
        headers: { 'Authorization': `Bearer ${accessKey}`, 'Content-Type': 'application/json' },
        body: JSON.stringify({ data: { quote: 'Quick and clear.', name: 'Maria Lopez', photo: photo.id } }),
      })
      try {
        const refused = await post()
        expect(refused.status).toBe(400)
        expect(((await refused.json()) as { error: { message: string } }).error.message).toContain('"maria.jpg" in the photo has no alternative text')
        expect(await strapi.documents('api::testimonial.testimonial').count({ status: 'published', filters: { name: 'Maria Lopez', quote: 'Quick and clear.' } })).toBe(0)

        await strapi.db.query('plugin::upload.file').update({ where: { id: photo.id }, data: { alternativeText: 'Maria Lopez in her bakery' } })
        const published = await post()
        expect(published.status).toBe(201)
        expect(((await published.json()) as { data: { publishedAt: string | null } }).data.publishedAt).toEqual(expect.any(String))
      }
      finally {
        const made = await strapi.documents('api::testimonial.testimonial').findMany({ filters: { quote: 'Quick and clear.' } })
        await Promise.all(made.map(({ documentId }) => strapi.documents('api::testimonial.testimonial').delete({ documentId })))
        await strapi.db.query('plugin::upload.file').delete({ where: { id: photo.id } })
      }
    })

    it('refuses anonymous writes to pages and testimonials', async () => {
      for (const path of ['pages', 'testimonials']) {
        const response = await fetch(`${context.cms.url}/api/${path}`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data: {} }) })
        expect(response.status, path).toBe(403)
      }
    })
  })
}
