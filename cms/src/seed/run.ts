import type { Core } from '@strapi/strapi'
import { articleFieldsSchema, caseStudyFieldsSchema, categoryFieldsSchema, globalFieldsSchema, PAGE_BLOCKS, pageFieldsSchema, serviceFieldsSchema, testimonialFieldsSchema } from '@agency/shared'
import { z } from 'zod'
import { articles } from './articles'
import { caseStudies } from './case-studies'
import { categories } from './categories'
import { global } from './global'
import { pages, WORK_PAGE_SLUG } from './pages'
import { seedImage } from './seed-images'
import { services } from './services'

export interface SeedReport {
  created: string[]
  kept: string[]
}

const seedImageSchema = z.object({
  name: z.string().regex(/^[\w-]+\.jpg$/),
  alternativeText: z.string().min(20).max(250),
  svg: z.custom<() => string>(value => typeof value === 'function'),
})

const fixturesSchema = z.object({
  services: z.array(serviceFieldsSchema),
  categories: z.array(categoryFieldsSchema),
  articles: z.array(articleFieldsSchema.extend({ categories: z.array(z.string()) })),
  global: globalFieldsSchema,
  caseStudies: z.array(caseStudyFieldsSchema.extend({
    services: z.array(z.string()).min(1),
    testimonial: testimonialFieldsSchema.optional(),
    cover: seedImageSchema,
    gallery: z.array(seedImageSchema),
  })),
  pages: z.array(pageFieldsSchema.extend({
    sections: z.array(z.looseObject({ __component: z.string().refine(name => PAGE_BLOCKS.some(block => block === name), 'Unknown block') })),
  })),
})

/** The typed fixtures, checked against the shared schemas so that bad seed data fails loudly, not silently. */
export function seedFixtures() {
  return fixturesSchema.parse({ services, categories, articles, global, caseStudies, pages })
}

/** True when none of the site's content exists yet, i.e. on the very first start. */
export async function isContentEmpty(strapi: Core.Strapi): Promise<boolean> {
  const counts = await Promise.all([
    strapi.db.query('api::service.service').count(),
    strapi.db.query('api::article.article').count(),
    strapi.db.query('api::category.category').count(),
    strapi.db.query('api::global.global').count(),
  ])
  return counts.every(count => count === 0)
}

/**
 * Creates every fixture that does not exist yet, matched by slug. Entries that exist are kept as editors
 * left them, so running it again changes nothing.
 */
type Note = (created: boolean, label: string) => void

function reporter(strapi: Core.Strapi): { report: SeedReport, note: Note } {
  const report: SeedReport = { created: [], kept: [] }
  return {
    report,
    note: (created, label) => {
      (created ? report.created : report.kept).push(label)
      strapi.log.info(`[seed] ${created ? 'created' : 'kept existing'} ${label}`)
    },
  }
}

async function seedPages(strapi: Core.Strapi, fixtures: Pick<ReturnType<typeof seedFixtures>, 'pages'>, note: Note): Promise<void> {
  for (const page of fixtures.pages) {
    const documents = strapi.documents('api::page.page')
    const existing = await documents.findFirst({ filters: { slug: page.slug } })
    if (!existing)
      await documents.create({ data: page as never, status: 'published' })
    note(!existing, `page "${page.title}"`)
  }
}

/** Case studies were added after the first release; this records that a database has had them once. */
const CASE_STUDIES_SEEDED = { type: 'plugin', name: 'agency', key: 'seeded-case-studies' }

type Fixtures = ReturnType<typeof seedFixtures>

/** The published document ids of the services with these slugs; a slug the fixtures misspell fails loudly. */
async function serviceIds(strapi: Core.Strapi, slugs: string[], owner: string): Promise<string[]> {
  const found = await strapi.documents('api::service.service').findMany({ filters: { slug: { $in: slugs } }, status: 'published', fields: ['slug'] })
  return slugs.map((slug) => {
    const service = found.find(candidate => candidate.slug === slug)
    if (!service)
      throw new Error(`Seed ${owner} names an unknown service "${slug}"`)
    return service.documentId
  })
}

/** The client's words, as a Testimonial of their own: the one with the same name and quote, or a new one. */
async function testimonialId(strapi: Core.Strapi, testimonial: Fixtures['caseStudies'][number]['testimonial'], note: Note): Promise<string | undefined> {
  if (!testimonial)
    return undefined
  const documents = strapi.documents('api::testimonial.testimonial')
  const existing = await documents.findFirst({ filters: { name: testimonial.name, quote: testimonial.quote } })
  const document = existing ?? await documents.create({ data: testimonial, status: 'published' })
  note(!existing, `testimonial of ${testimonial.name}`)
  return document.documentId
}

/**
 * The default case studies with their pictures (drawn, rasterised and put into the Media Library) and
 * their clients' testimonials, then the work page. Entries that exist are kept as editors left them.
 */
async function seedCaseStudies(strapi: Core.Strapi, fixtures: Fixtures, note: Note): Promise<void> {
  for (const { services: serviceSlugs, testimonial, cover, gallery, ...caseStudy } of fixtures.caseStudies) {
    const documents = strapi.documents('api::case-study.case-study')
    const existing = await documents.findFirst({ filters: { slug: caseStudy.slug } })
    if (!existing) {
      const data = {
        ...caseStudy,
        services: await serviceIds(strapi, serviceSlugs, `case study "${caseStudy.slug}"`),
        testimonial: await testimonialId(strapi, testimonial, note),
        cover: await seedImage(strapi, cover),
        gallery: await Promise.all(gallery.map(image => seedImage(strapi, image))),
      }
      await documents.create({ data: data as never, status: 'published' })
    }
    note(!existing, `case study "${caseStudy.title}"`)
  }
  await strapi.store.set({ ...CASE_STUDIES_SEEDED, value: true })
}

/**
 * The case studies and the work page alone, once, for a database from before case studies existed.
 * Once seeded, they are never put back: an agency may delete the examples to show its own.
 */
export async function seedMissingCaseStudies(strapi: Core.Strapi): Promise<SeedReport> {
  const { report, note } = reporter(strapi)
  if (await strapi.store.get(CASE_STUDIES_SEEDED) === true)
    return report
  const fixtures = seedFixtures()
  await seedCaseStudies(strapi, fixtures, note)
  await seedPages(strapi, { ...fixtures, pages: fixtures.pages.filter(page => page.slug === WORK_PAGE_SLUG) }, note)
  return report
}

/**
 * The default pages alone, for a database from before pages were built from blocks: the site then
 * shows the home and about pages it showed before.
 */
export async function seedMissingPages(strapi: Core.Strapi): Promise<SeedReport> {
  const { report, note } = reporter(strapi)
  if (await strapi.db.query('api::page.page').count() === 0)
    await seedPages(strapi, seedFixtures(), note)
  return report
}

export async function seed(strapi: Core.Strapi): Promise<SeedReport> {
  const fixtures = seedFixtures()
  const { report, note } = reporter(strapi)

  const categoryIds = new Map<string, string>()
  for (const category of fixtures.categories) {
    const documents = strapi.documents('api::category.category')
    const existing = await documents.findFirst({ filters: { slug: category.slug } })
    const document = existing ?? await documents.create({ data: category })
    categoryIds.set(category.slug, document.documentId)
    note(!existing, `category "${category.name}"`)
  }

  for (const service of fixtures.services) {
    const documents = strapi.documents('api::service.service')
    const existing = await documents.findFirst({ filters: { slug: service.slug } })
    if (!existing)
      await documents.create({ data: service, status: 'published' })
    note(!existing, `service "${service.title}"`)
  }

  for (const { categories: categorySlugs, ...article } of fixtures.articles) {
    const documents = strapi.documents('api::article.article')
    const existing = await documents.findFirst({ filters: { slug: article.slug } })
    if (!existing) {
      const categoryDocumentIds = categorySlugs.map((slug) => {
        const documentId = categoryIds.get(slug)
        if (!documentId)
          throw new Error(`Seed article "${article.slug}" names an unknown category "${slug}"`)
        return documentId
      })
      await documents.create({ data: { ...article, categories: categoryDocumentIds }, status: 'published' })
    }
    note(!existing, `article "${article.title}"`)
  }

  const globals = strapi.documents('api::global.global')
  const existingGlobal = await globals.findFirst()
  if (!existingGlobal)
    await globals.create({ data: fixtures.global })
  note(!existingGlobal, 'global settings')

  await seedCaseStudies(strapi, fixtures, note)
  await seedPages(strapi, fixtures, note)
  return report
}
