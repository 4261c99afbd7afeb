import type { RunningProcess } from '@agency/test-support/processes'
import type { TemporaryDatabase } from '@agency/test-support/postgres'
import type { AddressInfo } from 'node:net'
import crypto from 'node:crypto'
import http from 'node:http'
import { cmsRequest } from '@agency/test-support/cms-api'
import { startCmsServer, TEST_ADMIN } from '@agency/test-support/cms-server'
import { createTemporaryDatabase } from '@agency/test-support/postgres'
import { describeWithServices } from '@agency/test-support/suites'
import { afterAll, beforeAll, expect, it } from 'vitest'

const ARTICLE = 'api::article.article'

interface HeardEvent {
  event: string
  documentId: string
  at: number
}

/** The site's revalidation endpoint as the CMS calls it: every webhook event it hears, with when. */
async function startWebhookReceiver(): Promise<{ url: string, heard: HeardEvent[], close: () => Promise<void> }> {
  const heard: HeardEvent[] = []
  const server = http.createServer((request, response) => {
    let body = ''
    request.on('data', (chunk: Buffer) => {
      body += chunk.toString()
    })
    request.on('end', () => {
      const { event, entry } = JSON.parse(body) as { event: string, entry?: { documentId?: string } }
      heard.push({ event, documentId: entry?.documentId ?? '', at: Date.now() })
      response.writeHead(204).end()
    })
  })
  await new Promise<void>(resolve => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/api/revalidate`,
    heard,
    close: () => new Promise(resolve => server.close(() => resolve())),
  }
}

/**
 * Two CMS processes on one PostgreSQL database, each running the schedule every second, as two
 * instances behind a load balancer would: each due draft goes live once, and the site hears of it once.
 */
await describeWithServices(['postgres'], 'scheduled publishing across two CMS instances', () => {
  let database: TemporaryDatabase
  let receiver: Awaited<ReturnType<typeof startWebhookReceiver>>
  const instances: RunningProcess[] = []
  let adminToken = ''
  const run = `due-${crypto.randomUUID().slice(0, 8)}`

  const draftDueAt = async (publishAt: Date, index: number): Promise<string> => {
    const { data } = await cmsRequest<{ data: { documentId: string } }>(`${instances[index % 2]?.url}/content-manager/collection-types/${ARTICLE}`, {
      method: 'POST',
      token: adminToken,
      body: JSON.stringify({ title: `Due ${index}`, slug: `${run}-${index}`, excerpt: 'Goes live on its own.', body: 'Text.', author: { name: 'Ada' }, publishedDate: '2026-01-01', publishAt: publishAt.toISOString() }),
    })
    return data.documentId
  }
  const liveIds = async (): Promise<Set<string>> => {
    const answer = await cmsRequest<{ data: Array<{ documentId: string }> }>(`${instances[0]?.url}/api/articles?filters[slug][$startsWith]=${run}&pagination[pageSize]=100&fields[0]=slug`)
    return new Set(answer.data.map(article => article.documentId))
  }
  const publishEvents = (documentId: string) => receiver.heard.filter(heard => heard.event === 'entry.publish' && heard.documentId === documentId)

  beforeAll(async () => {
    database = await createTemporaryDatabase()
    receiver = await startWebhookReceiver()
    const options = {
      database: { client: 'postgres', url: database.url } as const,
      env: { SCHEDULE_CRON: '* * * * * *', SITE_REVALIDATE_URL: receiver.url, API_CACHE_ENABLED: 'false' },
    }
    // One after the other: the first seeds the new database, which is not what this tests.
    instances.push(await startCmsServer(options))
    instances.push(await startCmsServer(options))
    adminToken = (await cmsRequest<{ data: { token: string } }>(`${instances[0]?.url}/admin/login`, { method: 'POST', body: JSON.stringify(TEST_ADMIN) })).data.token
  })

  afterAll(async () => {
    await Promise.all(instances.map(instance => instance.stop()))
    await receiver?.close()
    await database?.drop()
  })

  it('publishes each of twenty due drafts exactly once, within seconds of its time, and tells the site once', async () => {
    const publishAt = new Date(Date.now() + 3000)
    const ids = await Promise.all(Array.from({ length: 20 }, (_, index) => draftDueAt(publishAt, index)))
    const dueBy = Math.max(publishAt.getTime(), Date.now())

    await expect.poll(async () => (await liveIds()).size, { timeout: 20_000, interval: 250 }).toBe(ids.length)
    // A draft due after all of those went live: once it is live too, both instances have run passes since.
    const sentinel = await draftDueAt(new Date(), ids.length)
    await expect.poll(async () => (await liveIds()).has(sentinel), { timeout: 10_000, interval: 250 }).toBe(true)
    await expect.poll(() => publishEvents(sentinel).length, { timeout: 5000 }).toBe(1)

    for (const documentId of ids) {
      const events = publishEvents(documentId)
      expect(events, documentId).toHaveLength(1)
      expect(events[0]?.at, documentId).toBeGreaterThanOrEqual(publishAt.getTime())
      expect(events[0]?.at, documentId).toBeLessThan(dueBy + 10_000)
    }
  }, 120_000)
})
