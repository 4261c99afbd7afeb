import type { RunningProcess } from './processes'
import path from 'node:path'
import { freePort } from './ports'
import { startServer } from './processes'

const webDir = path.resolve(import.meta.dirname, '..', '..', 'web')

export interface SiteServerOptions {
  cmsUrl: string
  /** Added to the site's environment: its runtime config (`NUXT_*`) and `SITE_WORKERS`. */
  env?: Record<string, string>
  /** A free one unless given, as for a site restarted where the CMS's webhook expects it. */
  port?: number
  /** Node.js options, as web/Dockerfile starts the site with. */
  nodeOptions?: string[]
}

/**
 * The built site (web/.output, so `nuxt build` first) in a process of its own, started by
 * web/scripts/serve.mjs as in production, against a CMS.
 */
export async function startSiteServer({ cmsUrl, env = {}, port, nodeOptions = [] }: SiteServerOptions): Promise<RunningProcess> {
  const sitePort = port ?? await freePort()
  return startServer('site', process.execPath, [...nodeOptions, 'scripts/serve.mjs'], {
    cwd: webDir,
    port: sitePort,
    readyPath: '/favicon.svg',
    env: {
      HOST: '127.0.0.1',
      PORT: String(sitePort),
      NUXT_CMS_URL: cmsUrl,
      NUXT_TELEMETRY_DISABLED: '1',
      ...env,
    },
  })
}
