import type { CmsDatabase } from '@agency/test-support/cms-server'
import type { FixtureSite } from '@agency/test-support/fixture-site'
import type { Mailbox } from '@agency/test-support/smtp'
import type { Core } from '@strapi/strapi'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { cmsEnv } from '@agency/test-support/cms-server'
import { startFixtureSite } from '@agency/test-support/fixture-site'
import { freePort } from '@agency/test-support/ports'
import { createTemporaryDatabase } from '@agency/test-support/postgres'
import { startMailbox } from '@agency/test-support/smtp'
import { FIXTURE_SITE } from './fixture-site'
import { createStrapi } from './strapi'

export type DatabaseKind = 'sqlite' | 'postgres'

export interface RunningCms {
  strapi: Core.Strapi
  url: string
  database: DatabaseKind
  /** Every email the CMS sent, received by a real local SMTP server. */
  mailbox: Mailbox
  /** A local website the assessment audit is allowed to fetch. */
  fixtureSite: FixtureSite
  stop: () => Promise<void>
}

const appDir = path.resolve(__dirname, '..', '..')

/**
 * Strapi's destroy() calls process.removeAllListeners(), which would also cut the test runner's IPC
 * channel with this worker; the runner's listeners are put back afterwards.
 */
async function destroyKeepingProcessListeners(strapi: Core.Strapi): Promise<void> {
  const saved = process.eventNames().map(name => ({ name, listeners: process.rawListeners(name) }))
  await strapi.destroy()
  for (const { name, listeners } of saved) {
    const present = process.rawListeners(name)
    for (const listener of listeners.filter(listener => !present.includes(listener)))
      process.on(name, listener as (...args: unknown[]) => void)
  }
}

export interface StartCmsOptions {
  /** Variables set for this CMS on top of the test defaults. */
  env?: Record<string, string>
  /** Changes the loaded configuration before Strapi starts, as an edit of config/*.ts would. */
  configure?: (config: Core.Strapi['config']) => void
}

/**
 * Boots the real, compiled Strapi app on a brand-new database (a temporary SQLite file or a uniquely
 * named PostgreSQL database), seeded as on a first start, listening on a free local port.
 */
export async function startCms(database: DatabaseKind, options: StartCmsOptions = {}): Promise<RunningCms> {
  const port = await freePort()
  const cleanups: Array<() => Promise<void> | void> = []
  const mailbox = await startMailbox()
  const fixtureSite = await startFixtureSite(FIXTURE_SITE)
  cleanups.push(mailbox.close, fixtureSite.close)

  let target: CmsDatabase
  if (database === 'postgres') {
    const temporary = await createTemporaryDatabase()
    cleanups.push(temporary.drop)
    target = { client: 'postgres', url: temporary.url }
  }
  else {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-cms-'))
    cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }))
    target = { client: 'sqlite', file: path.join(dir, 'data.db') }
  }

  Object.assign(process.env, {
    ...cmsEnv({ database: target, smtpPort: mailbox.port, auditTestSites: fixtureSite.host }),
    NODE_ENV: 'test',
    HOST: '127.0.0.1',
    PORT: String(port),
    STRAPI_LOG_LEVEL: 'error',
    STRAPI_STARTUP_BANNER: 'false',
    ...options.env,
  })

  const strapi = createStrapi({ appDir, distDir: path.join(appDir, 'dist'), autoReload: false, serveAdminPanel: false })
  options.configure?.(strapi.config)
  await strapi.start()

  return {
    strapi,
    url: `http://127.0.0.1:${port}`,
    database,
    mailbox,
    fixtureSite,
    async stop() {
      await destroyKeepingProcessListeners(strapi)
      for (const cleanup of cleanups.reverse())
        await cleanup()
    },
  }
}
