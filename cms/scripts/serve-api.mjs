// Starts the CMS's REST API without building the admin panel: for end-to-end tests and benchmarks.
// SERVE_API_COMPILE=false starts what is already compiled in dist/, as a second instance beside a first does.
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

// Strapi's ESM build cannot be imported by Node directly (it imports `lodash/fp` as a directory).
const require = createRequire(import.meta.url)
const { compileStrapi, createStrapi } = require('@strapi/strapi')

const appDir = path.resolve(import.meta.dirname, '..')
const context = process.env.SERVE_API_COMPILE === 'false'
  ? { appDir, distDir: path.join(appDir, 'dist') }
  : await compileStrapi({ appDir })
await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).start()
