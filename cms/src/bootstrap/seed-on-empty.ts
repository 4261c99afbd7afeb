import type { Core } from '@strapi/strapi'
import { isContentEmpty, seed } from '../seed/run'

/** Loads the default content on the first start, unless SEED_ON_EMPTY=false. */
export async function seedOnEmpty(strapi: Core.Strapi): Promise<void> {
  if (process.env.SEED_ON_EMPTY === 'false' || !(await isContentEmpty(strapi)))
    return
  strapi.log.info('[seed] empty database: loading the default content')
  const { created } = await seed(strapi)
  strapi.log.info(`[seed] done: ${created.length} entries created`)
}
