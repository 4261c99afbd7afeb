import type { Core } from '@strapi/strapi'
import { isContentEmpty, seed, seedMissingPages } from '../seed/run'

/**
 * Loads the default content on the first start, unless SEED_ON_EMPTY=false; a database from before
 * pages existed gets the default pages, so the site keeps its home and about pages.
 */
export async function seedOnEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_ON_EMPTY === 'false')
    return
  if (!(await isContentEmpty(strapi))) {
    await seedMissingPages(strapi)
    return
  }
  strapi.log.info('[seed] empty database: loading the default content')
  const { created } = await seed(strapi)
  strapi.log.info(`[seed] done: ${created.length} entries created`)
}
