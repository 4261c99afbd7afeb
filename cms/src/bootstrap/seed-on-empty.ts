import type { Core } from '@strapi/strapi'
import { isContentEmpty, seed, seedMissingCaseStudies, seedMissingPages } from '../seed/run'

/**
 * Loads the default content on the first start, unless SEED_ON_EMPTY=false; a database from before
 * pages existed gets the default pages, so the site keeps its home and about pages, and one from before
 * case studies existed gets the example case studies and the work page, once.
 */
export async function seedOnEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_ON_EMPTY === 'false')
    return
  if (!(await isContentEmpty(strapi))) {
    await seedMissingPages(strapi)
    await seedMissingCaseStudies(strapi)
    return
  }
  strapi.log.info('[seed] empty database: loading the default content')
  const { created } = await seed(strapi)
  strapi.log.info(`[seed] done: ${created.length} entries created`)
}
