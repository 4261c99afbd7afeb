import type { RunningProcess } from '@agency/test-support/processes'
import type { SmtpServer } from '@agency/test-support/smtp'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer } from '@agency/test-support/cms-server'
import { freePort } from '@agency/test-support/ports'
import { startMailDrop } from '@agency/test-support/smtp'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { countSubmissions, inBatches, postAssessment, STRESS, validFields } from '../support/assessments'
import { startTestSite } from '../support/stack'

/**
 * Its own CMS and site, because these tests stop and restart them: the shared ones serve the other
 * suites meanwhile.
 */
describe('never losing a lead', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-outage-'))
  const outboxDir = path.join(dataDir, 'outbox')
  let mailDrop: SmtpServer
  let cmsPort = 0
  let sitePort = 0
  let cms: RunningProcess | undefined
  let site: RunningProcess | undefined
  let token = ''

  const startCms = async () => {
    cms = await startCmsServer({ database: { client: 'sqlite', file: path.join(dataDir, 'data.db') }, port: cmsPort, smtpPort: mailDrop.port })
  }
  const startSite = async (env: Record<string, string> = {}) => {
    site = await startTestSite({ cmsUrl: `http://127.0.0.1:${cmsPort}`, outboxDir, port: sitePort, env: { NUXT_CMS_TIMEOUT_MS: '2000', ...env } })
  }
  const count = (company: string) => countSubmissions(`http://127.0.0.1:${cmsPort}`, token, { company })
  const send = (company: string, total: number) =>
    inBatches(Array.from({ length: total }, () => validFields({ company })), 10, async fields => (await postAssessment(site?.url ?? '', fields)).status)

  beforeAll(async () => {
    mailDrop = await startMailDrop(path.join(dataDir, 'mail'))
    cmsPort = await freePort()
    sitePort = await freePort()
    await startCms()
    token = await createFullAccessToken(`http://127.0.0.1:${cmsPort}`)
    await startSite()
  })

  afterAll(async () => {
    await site?.stop()
    await cms?.stop()
    await mailDrop.close()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  const half = STRESS ? 250 : 30
  it(`stores exactly ${2 * half} requests when the CMS stops half-way and comes back`, async () => {
    const company = `Outage ${crypto.randomUUID()}`
    expect((await send(company, half)).filter(status => status !== 202)).toEqual([])
    await cms?.stop()
    expect((await send(company, half)).filter(status => status !== 202)).toEqual([])
    expect(fs.readdirSync(outboxDir).filter(name => name.endsWith('.json'))).toHaveLength(half)

    await startCms()
    await expect.poll(() => count(company), { timeout: 60_000, interval: 500 }).toBe(2 * half)
    await new Promise(resolve => setTimeout(resolve, 1500))
    expect(await count(company)).toBe(2 * half)
    expect(fs.readdirSync(outboxDir).filter(name => name.endsWith('.json'))).toHaveLength(0)
  }, 240_000)

  it('keeps queued requests across a restart of the site and delivers them on SIGTERM', async () => {
    const company = `Restart ${crypto.randomUUID()}`
    await site?.stop()
    // Only the shutdown flush delivers: the background retry would not run within this test.
    await startSite({ NUXT_ASSESSMENT_OUTBOX_INTERVAL_MS: '600000' })
    await cms?.stop()
    expect((await send(company, 5)).filter(status => status !== 202)).toEqual([])
    await site?.stop()

    await startCms()
    await startSite({ NUXT_ASSESSMENT_OUTBOX_INTERVAL_MS: '600000' })
    expect(await count(company)).toBe(0)
    await site?.stop()
    expect(await count(company)).toBe(5)
    await startSite()
  }, 240_000)
})
