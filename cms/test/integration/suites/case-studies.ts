import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { caseStudySchema, createCmsClient, DEV_PREVIEW_SECRET, listResponseSchema, pageBlockSchema, pageSchema, verifyPreviewLink } from '@agency/shared'
import { describe, expect, it } from 'vitest'
import { caseStudies } from '../../../src/seed/case-studies'
import { seedMissingCaseStudies } from '../../../src/seed/run'
import { previewUrl } from '../../../src/utils/preview-url'
import { signInAs } from '../../support/admin-session'

const UID = 'api::case-study.case-study'

export function caseStudiesSuite(context: CmsContext): void {
  const read = async (query = '') => {
    const response = await fetch(`${context.cms.url}/api/case-studies?${query}`)
    expect(response.status).toBe(200)
    return listResponseSchema(caseStudySchema).parse(await response.json())
  }

  /** A picture in the Media Library, without a description unless one is given. */
  const image = async (name: string, alternativeText?: string) => await context.cms.strapi.db.query('plugin::upload.file').create({
    data: { name, alternativeText, hash: `${name.replace(/\W/g, '_')}_${crypto.randomUUID().slice(0, 8)}`, ext: '.jpg', mime: 'image/jpeg', size: 1, width: 1600, height: 1000, url: `/uploads/${name}`, provider: 'local' },
  }) as { id: number }

  describe('case studies, through the REST API', () => {
    it('serves the seeded case studies in the shared shape, newest first, with services, results, pictures and testimonial', async () => {
      const { data, meta } = await read()
      expect(meta.pagination.total).toBe(caseStudies.length)
      expect(data.map(study => study.year)).toEqual([...data.map(study => study.year)].sort((a, b) => b - a))
      for (const fixture of caseStudies) {
        const study = data.find(candidate => candidate.slug === fixture.slug)
        expect(study, fixture.slug).toBeDefined()
        expect(study?.services.map(service => service.slug)).toEqual(expect.arrayContaining(fixture.services))
        expect(study?.results.map(({ figure, label }) => ({ figure, label }))).toEqual(fixture.results)
        expect(study?.cover.alternativeText).toBe(fixture.cover.alternativeText)
        expect(study?.cover).toMatchObject({ mime: 'image/jpeg', width: 1600, height: 1000 })
        expect(study?.gallery.map(picture => picture.alternativeText)).toEqual(fixture.gallery.map(picture => picture.alternativeText))
        expect(study?.testimonial?.name).toBe(fixture.testimonial?.name)
        expect(study?.liveUrl).toBe(fixture.liveUrl)
      }
    })

    it('gives the site\'s client an index of every case study with its services, and a page of one service\'s', async () => {
      const cms = createCmsClient({ baseURL: context.cms.url })
      const index = await cms.caseStudies.index()
      expect(index.items.map(study => study.slug).sort()).toEqual(caseStudies.map(study => study.slug).sort())
      for (const study of index.items)
        expect(study.services.map(service => service.slug).sort(), study.slug).toEqual([...caseStudies.find(fixture => fixture.slug === study.slug)?.services ?? []].sort())
      const webMarketing = await cms.caseStudies.list({ service: 'web-marketing' })
      expect(webMarketing.items.map(study => study.slug)).toEqual(caseStudies.filter(study => study.services.includes('web-marketing')).map(study => study.slug))
      expect((await cms.caseStudies.search({ terms: ['Tidewater'] })).items.map(study => study.client)).toEqual(['Tidewater Physiotherapy'])
    })

    it('lists only the case studies of one service when filtered by its slug', async () => {
      const { data } = await read('filters[services][slug][$eq]=social-media')
      expect(data.map(study => study.slug)).toEqual(caseStudies.filter(study => study.services.includes('social-media')).map(study => study.slug))
      expect((await read('filters[services][slug][$eq]=supporting-services')).data).toEqual([])
    })

    it('keeps drafts from anonymous readers, even when they ask for them', async () => {
      const { strapi } = context.cms
      const cover = await image('draft-cover.jpg', 'A draft cover')
      const slug = `draft-${crypto.randomUUID().slice(0, 8)}`
      const draft = await strapi.documents(UID).create({
        data: { title: 'Not yet', slug, client: 'Draft Co', industry: 'Testing', year: 2026, summary: 'Unpublished.', challenge: 'A.', approach: 'B.', outcome: 'C.', cover: cover.id } as never,
      })
      try {
        expect((await read(`filters[slug][$eq]=${slug}`)).data).toEqual([])
        expect((await read(`filters[slug][$eq]=${slug}&status=draft`)).data).toEqual([])
      }
      finally {
        await strapi.documents(UID).delete({ documentId: draft.documentId })
        await strapi.db.query('plugin::upload.file').delete({ where: { id: cover.id } })
      }
    })

    it('refuses an Editor\'s publish while a gallery picture has no alternative text, naming it, and publishes once described', async () => {
      const { strapi } = context.cms
      const cover = await image('harbour-cover.jpg', 'The new site on a laptop')
      const undescribed = await image('harbour-phone.jpg')
      const draft = await strapi.documents(UID).create({
        data: {
          title: 'A harbour café opens online',
          slug: `harbour-${crypto.randomUUID().slice(0, 8)}`,
          client: 'Harbour Café',
          industry: 'Food and hospitality',
          year: 2026,
          summary: 'A café takes bookings online.',
          challenge: 'Bookings by phone.',
          approach: 'A booking page.',
          outcome: 'Fewer calls.',
          cover: cover.id,
          gallery: [undescribed.id],
        } as never,
      })
      const editor = await signInAs(context.cms, 'strapi-editor')
      try {
        const publish = () => editor.fetch(`/content-manager/collection-types/${UID}/${draft.documentId}/actions/publish`, { method: 'POST', body: JSON.stringify({}) })
        const refused = await publish()
        expect(refused.status).toBe(400)
        expect(((await refused.json()) as { error: { message: string } }).error.message).toBe(
          'Describe every image before publishing: "harbour-phone.jpg" in the gallery (image 1) has no alternative text. Add it in the Media Library (the image\'s details).',
        )
        expect((await read(`filters[slug][$eq]=${draft.slug}`)).data).toEqual([])

        await strapi.db.query('plugin::upload.file').update({ where: { id: undescribed.id }, data: { alternativeText: 'The booking page on a phone' } })
        expect((await publish()).status).toBe(200)
        expect((await read(`filters[slug][$eq]=${draft.slug}`)).data).toHaveLength(1)
      }
      finally {
        await editor.end()
        await strapi.documents(UID).delete({ documentId: draft.documentId })
        await strapi.db.query('plugin::upload.file').deleteMany({ where: { id: { $in: [cover.id, undescribed.id] } } })
      }
    })

    it('populates the selected work block with the case studies chosen, in the editor\'s order', async () => {
      const { strapi } = context.cms
      const chosen = await Promise.all(caseStudies.slice(0, 2).reverse().map(async study => (await strapi.documents(UID).findFirst({ filters: { slug: study.slug }, status: 'published' }))?.documentId))
      const slug = `work-${crypto.randomUUID().slice(0, 8)}`
      const page = await strapi.documents('api::page.page').create({
        data: { title: 'Selected', slug, sections: [{ __component: 'blocks.selected-work', heading: 'Our work', caseStudies: chosen, count: 3, linkLabel: 'All work' }] } as never,
        status: 'published',
      })
      try {
        const response = await fetch(`${context.cms.url}/api/pages?filters[slug][$eq]=${slug}`)
        const served = pageSchema.parse(((await response.json()) as { data: unknown[] }).data[0])
        expect(served.sections.map(section => pageBlockSchema.parse(section))).toMatchObject([
          { __component: 'blocks.selected-work', count: 3, linkLabel: 'All work', caseStudies: caseStudies.slice(0, 2).reverse().map(({ slug, title }) => ({ slug, title })) },
        ])
      }
      finally {
        await strapi.documents('api::page.page').delete({ documentId: page.documentId })
      }
    })

    it('previews a case study at its address under /work', async () => {
      const { strapi } = context.cms
      const [first] = caseStudies
      const study = await strapi.documents(UID).findFirst({ filters: { slug: first?.slug }, status: 'published' })
      expect(await previewUrl(strapi, UID, study?.documentId ?? '', 'published')).toBe(`http://localhost:3000/work/${first?.slug}`)
      const link = Object.fromEntries(new URL(await previewUrl(strapi, UID, study?.documentId ?? '', 'draft') ?? '').searchParams)
      expect(link.path).toBe(`/work/${first?.slug}`)
      expect(verifyPreviewLink(DEV_PREVIEW_SECRET, link)).toBe(true)
    })

    it('gives a database from before case studies the examples once, and never brings back what editors removed', async () => {
      const { strapi } = context.cms
      expect(await seedMissingCaseStudies(strapi)).toEqual({ created: [], kept: [] })
      const media = await strapi.db.query('plugin::upload.file').count()
      await strapi.store.delete({ type: 'plugin', name: 'agency', key: 'seeded-case-studies' })
      const again = await seedMissingCaseStudies(strapi)
      expect(again.created).toEqual([])
      expect(again.kept).toEqual([...caseStudies.map(study => `case study "${study.title}"`), 'page "Our work"'])
      expect(await strapi.db.query('plugin::upload.file').count()).toBe(media)
      expect(await seedMissingCaseStudies(strapi)).toEqual({ created: [], kept: [] })
    })

    it('refuses anonymous writes to case studies', async () => {
      const response = await fetch(`${context.cms.url}/api/case-studies`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ data: { title: 'Hijacked' } }) })
      expect(response.status).toBe(403)
    })
  })
}
