import type { Core } from '@strapi/strapi'
import { articleFieldsSchema, categoryFieldsSchema, globalFieldsSchema, PAGE_BLOCKS, pageFieldsSchema, serviceFieldsSchema } from '@agency/shared'
import { z } from 'zod'
import { articles } from './articles'
import { categories } from './categories'
import { global } from './global'
import { pages } from './pages'
import { services } from './services'

export interface SeedReport {
  created: string[]
  kept: string[]
}

const fixturesSchema = z.object({
  services: z.array(serviceFieldsSchema),
  categories: z.array(categoryFieldsSchema),
  articles: z.array(articleFieldsSchema.extend({ categories: z.array(z.string()) })),
  global: globalFieldsSchema,
  pages: z.array(pageFieldsSchema.extend({
    sections: z.array(z.looseObject({ __component: z.string().refine(name => PAGE_BLOCKS.some(block => block === name), 'Unknown block') })),
  })),
})

/** The typed fixtures, checked against the shared schemas so that bad seed data fails loudly, not silently. */
export function seedFixtures() {
  return fixturesSchema.parse({ services, categories, articles, global, pages })
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

async function seedPages(strapi: Core.Strapi, fixtures: ReturnType<typeof seedFixtures>, note: Note): Promise<void> {
  for (const page of fixtures.pages) {
    const documents = strapi.documents('api::page.page')
    const existing = await documents.findFirst({ filters: { slug: page.slug } })
    if (!existing)
      await documents.create({ data: page as never, status: 'published' })
    note(!existing, `page "${page.title}"`)
  }
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

  await seedPages(strapi, fixtures, note)
  return report
}
