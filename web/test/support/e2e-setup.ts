import type { TestProject } from 'vitest/node'
import { execFileSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer } from '@agency/test-support/cms-server'
import { startFixtureSite } from '@agency/test-support/fixture-site'
import { startMailDrop } from '@agency/test-support/smtp'
import { HOSTILE_MARKDOWN, publishArticle } from './cms-fixtures'
import { FIXTURE_SITE } from './fixture-site'
import { startTestSite } from './stack'

const webDir = path.resolve(import.meta.dirname, '..', '..')

declare module 'vitest' {
  export interface ProvidedContext {
    webUrl: string
    cmsUrl: string
    cmsToken: string
    mailDir: string
    fixtureSiteUrl: string
  }
}

/**
 * Builds the site, boots a real CMS on a fresh SQLite database (seeded on its first start) with a real
 * SMTP server and a fixture website for the audit, adds a few articles through the REST API, and
 * serves the built site against it.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  execFileSync(path.join(webDir, 'node_modules', '.bin', 'nuxt'), ['build'], { cwd: webDir, stdio: 'inherit' })

  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-e2e-'))
  const mailDir = path.join(dataDir, 'mail')
  const mailDrop = await startMailDrop(mailDir)
  const fixtureSite = await startFixtureSite(FIXTURE_SITE)
  const cms = await startCmsServer({ database: { client: 'sqlite', file: path.join(dataDir, 'data.db') }, smtpPort: mailDrop.port, auditTestSites: fixtureSite.host })

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

  const web = await startTestSite({ cmsUrl: cms.url, outboxDir: path.join(dataDir, 'outbox') })

  project.provide('webUrl', web.url)
  project.provide('cmsUrl', cms.url)
  project.provide('cmsToken', token)
  project.provide('mailDir', mailDir)
  project.provide('fixtureSiteUrl', fixtureSite.url)

  return async () => {
    await web.stop()
    await cms.stop()
    await mailDrop.close()
    await fixtureSite.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  }
}
