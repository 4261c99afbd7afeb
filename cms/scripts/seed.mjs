// Loads the default content into the configured database: creates what is missing, keeps what exists.
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

// Strapi's ESM build cannot be imported by Node directly (it imports `lodash/fp` as a directory).
const require = createRequire(import.meta.url)
const { compileStrapi, createStrapi } = require('@strapi/strapi')

process.env.SEED_ON_EMPTY = 'false'
const context = await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..') })
const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load()
try {
  const { seed } = require(path.join(context.distDir, 'src', 'seed', 'run.js'))
  const { created, kept } = await seed(app)
  app.log.info(`[seed] finished: ${created.length} created, ${kept.length} kept`)
}
finally {
  await app.destroy()
}
