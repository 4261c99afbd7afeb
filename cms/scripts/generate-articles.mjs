// Adds generated, published articles to the configured database, for load and scale tests:
//   pnpm --filter @agency/cms generate:articles [count, default 1000]
// The site is not told about each one (that would be thousands of purges); it shows them after its next
// purge or background refresh, or at once when restarted.
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

// Strapi's ESM build cannot be imported by Node directly (it imports `lodash/fp` as a directory).
const require = createRequire(import.meta.url)
const { compileStrapi, createStrapi } = require('@strapi/strapi')

const count = Number(process.argv[2] ?? 1000)
if (!Number.isInteger(count) || count < 1) {
  console.error(`The count must be a positive whole number, not "${process.argv[2]}".`)
  process.exit(2)
}

/** Waits for the work each write sets off after it commits (events for webhooks) to finish. */
async function databaseIdle(app) {
  const pool = app.db.connection.client.pool
  let quietSince = Date.now()
  while (Date.now() - quietSince < 300) {
    if (pool.numUsed() + pool.numPendingAcquires() > 0)
      quietSince = Date.now()
    await new Promise(resolve => setTimeout(resolve, 25))
  }
}

const context = await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..') })
const app = await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).load()
app.eventHub.removeAllSubscribers()
try {
  const { generateArticles } = require(path.join(context.distDir, 'src', 'seed', 'generated-articles.js'))
  const started = Date.now()
  const created = await generateArticles(app, count)
  app.log.info(`[generate] ${created} articles in ${((Date.now() - started) / 1000).toFixed(1)} s`)
  await databaseIdle(app)
}
finally {
  await app.destroy()
}
