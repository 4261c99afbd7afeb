import type { RunningProcess } from '@agency/test-support/processes'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { freePort } from '@agency/test-support/ports'
import { startServer } from '@agency/test-support/processes'
import { TEST_ADMIN } from '../../web/test/support/cms-fixtures'

const root = path.resolve(import.meta.dirname, '..', '..')
export const cmsDir = path.join(root, 'cms')
export const webDir = path.join(root, 'web')

export type Database = { client: 'sqlite', file: string } | { client: 'postgres', url: string }

function cmsEnv(database: Database): Record<string, string> {
  return {
    STRAPI_LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...(database.client === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.file }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }),
  }
}

/** The CMS's REST API (no admin build) with quiet logs, seeded on its first start. */
export async function startCms(database: Database, env: Record<string, string> = {}): Promise<RunningProcess> {
  const port = await freePort()
  return startServer('CMS', process.execPath, ['scripts/serve-api.mjs'], {
    cwd: cmsDir,
    port,
    readyPath: '/_health',
    timeoutMs: 300_000,
    env: { ...cmsEnv(database), HOST: '127.0.0.1', PORT: String(port), ...env },
  })
}

/** Seeds the database when it is empty and adds `count` generated, published articles; the CMS must not be running on SQLite. */
export function generateArticles(database: Database, count: number): void {
  const result = spawnSync(process.execPath, ['scripts/generate-articles.mjs', String(count)], {
    cwd: cmsDir,
    env: { ...process.env, ...cmsEnv(database) },
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`Generating ${count} articles failed:\n${result.stdout}${result.stderr}`)
}

/** Shared between the CMS's webhook and the site's purge endpoint. */
export const REVALIDATE_SECRET = crypto.randomBytes(24).toString('hex')

/**
 * The built site as it runs in production (indexable, secrets set, started as web/package.json's
 * `start` and web/Dockerfile do), one Node.js process unless `env` sets SITE_WORKERS.
 */
export async function startSite(cmsUrl: string, env: Record<string, string> = {}, port?: number): Promise<RunningProcess> {
  const sitePort = port ?? await freePort()
  const secret = () => crypto.randomBytes(24).toString('hex')
  return startServer('site', process.execPath, ['--max-semi-space-size=64', 'scripts/serve.mjs'], {
    cwd: webDir,
    port: sitePort,
    readyPath: '/favicon.svg',
    env: {
      HOST: '127.0.0.1',
      PORT: String(sitePort),
      NODE_ENV: 'production',
      NUXT_ENVIRONMENT: 'production',
      NUXT_TELEMETRY_DISABLED: '1',
      NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${sitePort}`,
      NUXT_CMS_URL: cmsUrl,
      NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET,
      NUXT_ASSESSMENT_TOKEN_SECRET: secret(),
      NUXT_PREVIEW_SECRET: secret(),
      NUXT_CMS_PREVIEW_TOKEN: secret(),
      NUXT_CMS_FORM_TOKEN: secret(),
      ...env,
    },
  })
}
