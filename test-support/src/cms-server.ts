import type { RunningProcess } from './processes'
import path from 'node:path'
import { freePort } from './ports'
import { startServer } from './processes'

const cmsDir = path.resolve(import.meta.dirname, '..', '..', 'cms')

/** The development admin the CMS creates on its first start; the suites and benchmarks sign in as it. */
export const TEST_ADMIN = { email: 'e2e-admin@kestrel.example', password: 'E2e-admin-password-1' }

/** Where the test CMS sends its lead notifications. */
export const TEST_NOTIFY_EMAIL = 'leads@kestrel.example'

export type CmsDatabase = { client: 'sqlite', file: string } | { client: 'postgres', url: string }

export interface CmsEnvOptions {
  database: CmsDatabase
  /** The SMTP server on this machine the CMS sends through, to TEST_NOTIFY_EMAIL and to visitors. */
  smtpPort?: number
  /** "hostname:port" fixture websites the audit may fetch. */
  auditTestSites?: string
}

/** What the CMS and its scripts read to run quietly against `database`, with the test admin. */
export function cmsEnv({ database, smtpPort, auditTestSites }: CmsEnvOptions): Record<string, string> {
  return {
    STRAPI_LOG_LEVEL: 'warn',
    STRAPI_TELEMETRY_DISABLED: 'true',
    // Tests, the site under test and the load tools all call from 127.0.0.1: one address for many callers.
    API_RATE_LIMIT_POINTS: '1000000',
    ADMIN_EMAIL: TEST_ADMIN.email,
    ADMIN_PASSWORD: TEST_ADMIN.password,
    ...(database.client === 'sqlite'
      ? { DATABASE_CLIENT: 'sqlite', DATABASE_FILENAME: database.file }
      : { DATABASE_CLIENT: 'postgres', DATABASE_URL: database.url }),
    ...(smtpPort === undefined ? {} : { SMTP_HOST: '127.0.0.1', SMTP_PORT: String(smtpPort), NOTIFY_EMAIL: TEST_NOTIFY_EMAIL }),
    ...(auditTestSites === undefined ? {} : { AUDIT_TEST_SITES: auditTestSites }),
  }
}

export interface CmsServerOptions extends CmsEnvOptions {
  /** The cms folder of another checkout, as an earlier version the bench compares with; this repository's by default. */
  cmsDir?: string
  /** Added over `cmsEnv`. */
  env?: Record<string, string>
  /** A free one unless given, as for a CMS restarted where the site expects it. */
  port?: number
  timeoutMs?: number
  onOutput?: (chunk: string) => void
}

/** Starts `script` of cms/scripts as the CMS on a free (or the given) port, ready once /_health answers. */
async function startCmsScript(name: string, script: string, { env = {}, port, timeoutMs, onOutput, cmsDir: dir = cmsDir, ...options }: CmsServerOptions): Promise<RunningProcess> {
  const cmsPort = port ?? await freePort()
  return startServer(name, process.execPath, [`scripts/${script}`], {
    cwd: dir,
    port: cmsPort,
    readyPath: '/_health',
    timeoutMs,
    onOutput,
    env: { ...cmsEnv(options), HOST: '127.0.0.1', PORT: String(cmsPort), ...env },
  })
}

/**
 * The CMS's REST API in a process of its own (cms/scripts/serve-api.mjs: the compiled app without the
 * admin build), seeded on its first start.
 */
export function startCmsServer(options: CmsServerOptions): Promise<RunningProcess> {
  return startCmsScript('CMS', 'serve-api.mjs', options)
}

/**
 * The whole CMS, admin panel included, as `pnpm start` runs it (cms/scripts/start.mjs builds the admin
 * first when its build is missing or older than the sources, about a minute).
 */
export function startCmsWithAdmin(options: CmsServerOptions): Promise<RunningProcess> {
  return startCmsScript('CMS with its admin', 'start.mjs', { timeoutMs: 300_000, ...options })
}
