import type { Core } from '@strapi/strapi'
import { articleFieldsSchema, categoryFieldsSchema, globalFieldsSchema, serviceFieldsSchema } from '@agency/shared'
import { z } from 'zod'
import { articles } from './articles'
import { categories } from './categories'
import { global } from './global'
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
})

/** The typed fixtures, checked against the shared schemas so that bad seed data fails loudly, not silently. */
export function seedFixtures() {
  return fixturesSchema.parse({ services, categories, articles, global })
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
export async function seed(strapi: Core.Strapi): Promise<SeedReport> {
  const fixtures = seedFixtures()
  const report: SeedReport = { created: [], kept: [] }
  const note = (created: boolean, label: string) => {
    (created ? report.created : report.kept).push(label)
    strapi.log.info(`[seed] ${created ? 'created' : 'kept existing'} ${label}`)
  }

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

  return report
}
