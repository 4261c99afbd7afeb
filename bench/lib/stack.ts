import type { CmsDatabase } from '@agency/test-support/cms-server'
import type { RunningProcess } from '@agency/test-support/processes'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import path from 'node:path'
import { cmsEnv, startCmsServer } from '@agency/test-support/cms-server'
import { freePort } from '@agency/test-support/ports'
import { startSiteServer } from '@agency/test-support/site-server'

const root = path.resolve(import.meta.dirname, '..', '..')
export const cmsDir = path.join(root, 'cms')
export const webDir = path.join(root, 'web')

/** Where a CMS runs from, and what it hands on as it starts. */
export interface CmsStartOptions {
  /** Another checkout's cms folder (an earlier version); this repository's by default. */
  dir?: string
  onOutput?: (chunk: string) => void
}

/** The CMS's REST API (no admin build) with quiet logs, seeded on its first start. */
export function startCms(database: CmsDatabase, env: Record<string, string> = {}, { dir, onOutput }: CmsStartOptions = {}): Promise<RunningProcess> {
  return startCmsServer({ database, env: { SITE_API_KEY, ...env }, timeoutMs: 300_000, onOutput, cmsDir: dir })
}

/** Seeds the database when it is empty and adds `count` generated, published articles; the CMS must not be running on SQLite. */
export function generateArticles(database: CmsDatabase, count: number, dir = cmsDir): void {
  const result = spawnSync(process.execPath, ['scripts/generate-articles.mjs', String(count)], {
    cwd: dir,
    env: { ...process.env, ...cmsEnv({ database }) },
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`Generating ${count} articles failed:\n${result.stdout}${result.stderr}`)
}

/** Shared between the CMS's webhook and the site's purge endpoint. */
export const REVALIDATE_SECRET = crypto.randomBytes(24).toString('hex')

/** The site's key, which the CMS's public API limits do not count. */
const SITE_API_KEY = crypto.randomBytes(24).toString('hex')

/**
 * The built site as it runs in production (indexable, secrets set, started as web/package.json's
 * `start` and web/Dockerfile do), one Node.js process unless `env` sets SITE_WORKERS.
 */
export async function startSite(cmsUrl: string, env: Record<string, string> = {}, port?: number): Promise<RunningProcess> {
  const sitePort = port ?? await freePort()
  const secret = () => crypto.randomBytes(24).toString('hex')
  return startSiteServer({
    cmsUrl,
    port: sitePort,
    nodeOptions: ['--max-semi-space-size=64'],
    env: {
      NODE_ENV: 'production',
      NUXT_PUBLIC_SITE_URL: `http://127.0.0.1:${sitePort}`,
      NUXT_REVALIDATE_SECRET: REVALIDATE_SECRET,
      NUXT_ASSESSMENT_TOKEN_SECRET: secret(),
      NUXT_PREVIEW_SECRET: secret(),
      NUXT_CMS_PREVIEW_TOKEN: secret(),
      NUXT_CMS_FORM_TOKEN: secret(),
      NUXT_CMS_SITE_KEY: SITE_API_KEY,
      ...env,
    },
  })
}
