// Starts the CMS's REST API without building the admin panel: for end-to-end tests and benchmarks.
import { createRequire } from 'node:module'
import path from 'node:path'

// Strapi's ESM build cannot be imported by Node directly (it imports `lodash/fp` as a directory).
const require = createRequire(import.meta.url)
const { compileStrapi, createStrapi } = require('@strapi/strapi')

const context = await compileStrapi({ appDir: path.resolve(import.meta.dirname, '..') })
await createStrapi({ ...context, autoReload: false, serveAdminPanel: false }).start()
