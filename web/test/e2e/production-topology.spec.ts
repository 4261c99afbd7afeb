import type { TemporaryDatabase } from '@agency/test-support/postgres'
import type { RunningProcess } from '@agency/test-support/processes'
import type { SmtpServer } from '@agency/test-support/smtp'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer } from '@agency/test-support/cms-server'
import { createTemporaryDatabase } from '@agency/test-support/postgres'
import { deleteRedisKeys, TEST_REDIS_URL, withTestRedis } from '@agency/test-support/redis'
import { startMailDrop } from '@agency/test-support/smtp'
import { describeWithServices } from '@agency/test-support/suites'
import { sharedSecrets, statusOfWholeAnswer } from '@agency/test-support/topology'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { countSubmissions, postAssessment, validFields } from '../support/assessments'
import { startTestSite } from '../support/stack'

/** The processes that `pid` started and that are still running. */
function childProcesses(pid: number): number[] {
  const { stdout } = spawnSync('ps', ['--ppid', String(pid), '-o', 'pid=', '--no-headers'], { encoding: 'utf8' })
  return stdout.split('\n').filter(line => line.trim()).map(Number)
}

function isRunning(pid: number): boolean {
  try {
    process.kill(pid, 0)
    return true
  }
  catch {
    return false
  }
}

/**
 * The topology of docker-compose.yml without Docker: the CMS on PostgreSQL, the site in production (no
 * local evaluation, every secret private) in two processes with their cache, rate limit and outbox in
 * Redis, smoke-tested end to end.
 */
await describeWithServices(['postgres', 'redis'], 'the production topology without Docker', () => {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-topology-'))
  const redisPrefix = `topology-${crypto.randomUUID()}`
  let database: TemporaryDatabase | undefined
  let mailDrop: SmtpServer
  let cms: RunningProcess
  let site: RunningProcess
  let token = ''

  beforeAll(async () => {
    database = await createTemporaryDatabase()
    mailDrop = await startMailDrop(path.join(dataDir, 'mail'))
    const secrets = sharedSecrets()
    cms = await startCmsServer({ database: { client: 'postgres', url: database.url }, smtpPort: mailDrop.port, env: secrets.cms })
    token = await createFullAccessToken(cms.url)
    site = await startTestSite({
      cmsUrl: cms.url,
      outboxDir: path.join(dataDir, 'outbox'),
      env: { ...secrets.site, NUXT_LOCAL_EVALUATION: 'false', NUXT_REDIS_URL: TEST_REDIS_URL, NUXT_REDIS_KEY_PREFIX: redisPrefix, SITE_WORKERS: '2' },
    })
  })

  afterAll(async () => {
    await site?.stop()
    await cms?.stop()
    await mailDrop?.close()
    await deleteRedisKeys(`${redisPrefix}:`)
    await database?.drop()
    fs.rmSync(dataDir, { recursive: true, force: true })
  })

  it('runs the site in two processes', () => {
    expect(childProcesses(site.pid)).toHaveLength(2)
  })

  it('serves the seeded content from PostgreSQL and caches pages in Redis', async () => {
    const first = await fetch(`${site.url}/services`)
    expect(first.status).toBe(200)
    expect(await first.text()).toContain('Supporting Services')
    const second = await fetch(`${site.url}/services`)
    expect(second.headers.get('x-cache')).toBe('HIT')
    const pageKeys = await withTestRedis(redis => redis.keys(`${redisPrefix}:cache:entry:page:/services`))
    expect(pageKeys).toHaveLength(1)
  })

  it('stores an assessment request in PostgreSQL', async () => {
    const fields = validFields({ company: `Topology ${crypto.randomUUID()}` })
    expect((await postAssessment(site.url, fields)).status).toBe(202)
    expect(await countSubmissions(cms.url, token, { company: String(fields.company) })).toBe(1)
  })

  it('finishes the requests in flight in every process when the site is stopped with SIGTERM', async () => {
    const workers = childProcesses(site.pid)
    const pages = ['/', '/services/web-design', '/blog', '/blog/category/content', '/about', '/privacy']
    const inFlight = pages.map(page => fetch(`${site.url}${page}`).then(statusOfWholeAnswer))
    await new Promise(resolve => setTimeout(resolve, 20))
    const stopping = site.stop()
    expect(await Promise.all(inFlight)).toEqual(pages.map(() => 200))
    await stopping
    expect(workers).toHaveLength(2)
    expect(workers.filter(isRunning)).toEqual([])
  })

  it('answers every request in flight when the CMS is stopped with SIGTERM', async () => {
    // Read with a token, past the response cache, so that each request takes the CMS real work.
    const reads = Array.from({ length: 20 }, (_, index) => fetch(`${cms.url}/api/articles?pagination[pageSize]=25&sort=title:${index % 2 ? 'asc' : 'desc'}&filters[title][$notContains]=${index}`, {
      headers: { Authorization: `Bearer ${token}` },
    }).then(statusOfWholeAnswer))
    await Promise.race(reads)
    const stopping = cms.stop()
    expect(await Promise.all(reads)).toEqual(Array.from({ length: 20 }, () => 200))
    await stopping
    expect((await fetch(`${cms.url}/_health`).catch(() => null))?.status).toBeUndefined()
  })
})
