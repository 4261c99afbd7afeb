import type { RunningProcess } from '@agency/test-support/processes'
import path from 'node:path'
import { freePort } from '@agency/test-support/ports'
import { startServer } from '@agency/test-support/processes'
import { TEST_ADMIN } from './cms-fixtures'
import { E2E_PAGE_SIZE } from './routes'

const webDir = path.resolve(import.meta.dirname, '..', '..')
const cmsDir = path.resolve(webDir, '..', 'cms')

/** Signs the test site's form tokens, so tests can mint valid ones without rendering the form. */
export const TEST_FORM_SECRET = 'e2e-only-form-token-secret'

export interface TestCmsOptions {
  databaseFile: string
  port?: number
  smtpPort: number
  /** "hostname:port" fixture websites the audit may fetch. */
  testSites: string
  env?: Record<string, string>
}

/** The real CMS (REST API, no admin build) on SQLite, seeded on its first start. */
export async function startTestCms({ databaseFile, port, smtpPort, testSites, env = {} }: TestCmsOptions): Promise<RunningProcess> {
  const cmsPort = port ?? await freePort()
  return startServer('CMS', process.execPath, ['scripts/serve-api.mjs'], {
    cwd: cmsDir,
    port: cmsPort,
    readyPath: '/_health',
    env: {
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: databaseFile,
      STRAPI_LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
      SMTP_HOST: '127.0.0.1',
      SMTP_PORT: String(smtpPort),
      NOTIFY_EMAIL: TEST_NOTIFY_EMAIL,
      AUDIT_TEST_SITES: testSites,
      ...env,
    },
  })
}

/** Where the test CMS sends its lead notifications. */
export const TEST_NOTIFY_EMAIL = 'leads@kestrel.example'

export interface TestSiteOptions {
  cmsUrl: string
  outboxDir: string
  port?: number
  env?: Record<string, string>
}

/** The built site (web/.output, started as in production) against a CMS, with settings that let tests drive the form. */
export async function startTestSite({ cmsUrl, outboxDir, port, env = {} }: TestSiteOptions): Promise<RunningProcess> {
  const webPort = port ?? await freePort()
  return startServer('site', process.execPath, ['scripts/serve.mjs'], {
    cwd: webDir,
    port: webPort,
    readyPath: '/favicon.svg',
    env: {
      HOST: '127.0.0.1',
      PORT: String(webPort),
      NUXT_CMS_URL: cmsUrl,
      NUXT_BLOG_PAGE_SIZE: String(E2E_PAGE_SIZE),
      NUXT_TELEMETRY_DISABLED: '1',
      NUXT_ASSESSMENT_TOKEN_SECRET: TEST_FORM_SECRET,
      NUXT_ASSESSMENT_MIN_FILL_SECONDS: '1',
      NUXT_ASSESSMENT_TRUST_PROXY: 'true',
      NUXT_ASSESSMENT_RATE_LIMIT_POINTS: '20',
      NUXT_ASSESSMENT_OUTBOX_DIR: outboxDir,
      NUXT_ASSESSMENT_OUTBOX_INTERVAL_MS: '300',
      ...env,
    },
  })
}
