import type { TestProject } from 'vitest/node'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFullAccessToken, HOSTILE_MARKDOWN, publishArticle, TEST_ADMIN } from './cms-fixtures'
import { freePort, startServer } from './processes'
import { E2E_PAGE_SIZE } from './routes'

const webDir = path.resolve(import.meta.dirname, '..', '..')
const cmsDir = path.resolve(webDir, '..', 'cms')

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    cmsUrl: string
    cmsToken: string
  }
}

/**
 * Builds the site, boots a real CMS on a fresh SQLite database (seeded on its first start), adds a few
 * articles through the REST API, and serves the built site against it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(path.join(webDir, 'node_modules', '.bin', 'nuxt'), ['build'], { cwd: webDir, stdio: 'inherit' })

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-e2e-'))
  const cmsPort = await freePort()
  const cms = await startServer('CMS', process.execPath, ['scripts/serve-api.mjs'], {
    cwd: cmsDir,
    port: cmsPort,
    readyPath: '/_health',
    env: {
      HOST: '127.0.0.1',
      PORT: String(cmsPort),
      DATABASE_CLIENT: 'sqlite',
      DATABASE_FILENAME: path.join(dataDir, 'data.db'),
      STRAPI_LOG_LEVEL: 'warn',
      STRAPI_TELEMETRY_DISABLED: 'true',
      ADMIN_EMAIL: TEST_ADMIN.email,
      ADMIN_PASSWORD: TEST_ADMIN.password,
    },
  })

  const token = await createFullAccessToken(cms.url)
  for (const day of [1, 2, 3, 4]) {
    await publishArticle(cms.url, token, {
      title: `Field notes ${day}`,
      slug: `field-notes-${day}`,
      body: `Notes from the field, number ${day}.`,
      publishedDate: `2024-0${day}-10`,
      categories: ['content'],
    })
  }
  await publishArticle(cms.url, token, {
    title: 'Markdown safety check',
    slug: 'markdown-safety-check',
    body: HOSTILE_MARKDOWN,
    publishedDate: '2020-01-01',
  })

  const webPort = await freePort()
  const web = await startServer('site', process.execPath, ['.output/server/index.mjs'], {
    cwd: webDir,
    port: webPort,
    readyPath: '/',
    env: {
      HOST: '127.0.0.1',
      PORT: String(webPort),
      NUXT_CMS_URL: cms.url,
      NUXT_BLOG_PAGE_SIZE: String(E2E_PAGE_SIZE),
      NUXT_TELEMETRY_DISABLED: '1',
    },
  })

  project.provide('webUrl', web.url)
  project.provide('cmsUrl', cms.url)
  project.provide('cmsToken', token)

  return async () => {
    await web.stop()
    await cms.stop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
