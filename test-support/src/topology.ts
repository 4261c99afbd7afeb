import type { Balancer } from './balancer'
import type { TemporaryDatabase } from './postgres'
import type { RunningProcess } from './processes'
import crypto from 'node:crypto'
import { assessmentFields, inBatches, postAssessment, requestFormToken } from './assessments'
import { startBalancer } from './balancer'
import { cmsRequest, createFullAccessToken } from './cms-api'
import { startCmsServer } from './cms-server'
import { freePort } from './ports'
import { connectToDatabase, createTemporaryDatabase } from './postgres'
import { publishToVisible } from './publish-latency'
import { deleteRedisKeys, TEST_REDIS_URL, withTestRedis } from './redis'
import { startObjectStorage } from './s3'
import { startSiteServer } from './site-server'
import { PAGES, SEED_ARTICLE_SLUG } from './site-pages'
import { eventually } from './wait'

const secret = () => crypto.randomBytes(32).toString('base64url')

/** One private value for each secret the CMS and the site share, as a deployment's .env holds them. */
export function sharedSecrets() {
  const [formToken, previewToken, previewSecret, revalidateSecret, siteKey] = [secret(), secret(), secret(), secret(), secret()]
  return {
    cms: { ASSESSMENT_API_TOKEN: formToken, PREVIEW_API_TOKEN: previewToken, PREVIEW_SECRET: previewSecret, REVALIDATE_SECRET: revalidateSecret, SITE_API_KEY: siteKey },
    site: { NUXT_CMS_FORM_TOKEN: formToken, NUXT_CMS_PREVIEW_TOKEN: previewToken, NUXT_PREVIEW_SECRET: previewSecret, NUXT_REVALIDATE_SECRET: revalidateSecret, NUXT_CMS_SITE_KEY: siteKey },
  }
}

/** The secrets CMS replicas must hold alike (sessions, API token hashes, encryption); each would make its own otherwise. */
export function replicaSecrets(): Record<string, string> {
  const names = ['APP_KEYS', 'API_TOKEN_SALT', 'ADMIN_JWT_SECRET', 'TRANSFER_TOKEN_SALT', 'JWT_SECRET', 'ENCRYPTION_KEY']
  return Object.fromEntries(names.map(name => [name, secret()]))
}

/**
 * Two CMS instances and two site processes, each pair behind a round-robin balancer on loopback, on one
 * new PostgreSQL database, one Redis (under a prefix of their own) and one S3-protocol store: the
 * scale-out of the README without Docker. The CMS's webhook reaches the site through its balancer, and
 * the site processes share the purge through Redis.
 */
export interface ScaleOutTopology {
  database: TemporaryDatabase
  /** Instance A first. Replaced by `restartCms`. */
  cms: RunningProcess[]
  cmsBalancer: Balancer
  sites: RunningProcess[]
  siteBalancer: Balancer
  /** A full-access API token, valid on every CMS instance. */
  token: string
  /** Every Redis key of this topology starts with it. */
  redisPrefix: string
  /** Kills CMS instance `index` with SIGKILL, as a crashed machine, and resolves once its port refuses connections. */
  killCms: (index: number) => Promise<void>
  /** Starts CMS instance `index` again on its port, and resolves once it answers. */
  restartCms: (index: number) => Promise<void>
  close: () => Promise<void>
}

const INSTANCES = 2

/** An article beside the seed's one, so that the blog has a second page. */
const SECOND_ARTICLE = {
  title: 'Two of everything',
  slug: 'two-of-everything',
  excerpt: 'What a second server changes.',
  body: 'Replicas share a database, a cache and a bucket.',
  author: { name: 'Test Writer', role: 'Editor' },
  publishedDate: '2024-06-01',
}

/** Starts the whole topology; the site must be built (`nuxt build`) and the CMS compiled (its `dist/`). */
export async function startScaleOutTopology(): Promise<ScaleOutTopology> {
  const redisPrefix = `scale-out-${crypto.randomUUID()}`
  const cmsPorts = await Promise.all(Array.from({ length: INSTANCES }, freePort))
  const sitePorts = await Promise.all(Array.from({ length: INSTANCES }, freePort))
  const cmsBalancer = await startBalancer(cmsPorts.map(port => `http://127.0.0.1:${port}`))
  const siteBalancer = await startBalancer(sitePorts.map(port => `http://127.0.0.1:${port}`))
  const database = await createTemporaryDatabase()
  const storage = await startObjectStorage()
  const secrets = sharedSecrets()
  const cms: RunningProcess[] = []
  const sites: RunningProcess[] = []

  const cmsEnv = {
    ...replicaSecrets(),
    ...secrets.cms,
    ...storage.cmsEnv,
    // Both run what was compiled before, as two replicas of one image do, rather than compiling over each other.
    SERVE_API_COMPILE: 'false',
    API_CACHE_STORE: 'redis',
    API_RATE_LIMIT_STORE: 'redis',
    REDIS_URL: TEST_REDIS_URL,
    REDIS_KEY_PREFIX: `${redisPrefix}:cms:`,
    SITE_URL: siteBalancer.url,
    SITE_REVALIDATE_URL: `${siteBalancer.url}/api/revalidate`,
  }
  const startCms = (index: number) => startCmsServer({
    database: { client: 'postgres', url: database.url },
    port: cmsPorts[index],
    env: cmsEnv,
    timeoutMs: 240_000,
  })
  const siteEnv = {
    ...secrets.site,
    NUXT_LOCAL_EVALUATION: 'false',
    NUXT_PUBLIC_SITE_URL: siteBalancer.url,
    NUXT_REDIS_URL: TEST_REDIS_URL,
    NUXT_REDIS_KEY_PREFIX: `${redisPrefix}:site`,
    NUXT_CMS_MEDIA_URL: storage.publicUrl,
    // With the article added below, the blog has the second page PAGES holds.
    NUXT_BLOG_PAGE_SIZE: '1',
    // One signing secret for both processes, as for a form served by one and posted to the other.
    NUXT_ASSESSMENT_TOKEN_SECRET: secret(),
    NUXT_ASSESSMENT_MIN_FILL_SECONDS: '0',
    NUXT_ASSESSMENT_TRUST_PROXY: 'true',
    NUXT_ASSESSMENT_OUTBOX_INTERVAL_MS: '300',
    SITE_WORKERS: '1',
  }

  const close = async () => {
    await Promise.allSettled(sites.map(site => site.stop()))
    await Promise.allSettled(cms.map(instance => instance.stop()))
    await Promise.allSettled([cmsBalancer.close(), siteBalancer.close(), storage.close()])
    await deleteRedisKeys(`${redisPrefix}:`)
    await database.drop()
  }
  try {
    const starts = await Promise.allSettled(cmsPorts.map((_, index) => startCms(index)))
    cms.push(...starts.flatMap(start => start.status === 'fulfilled' ? [start.value] : []))
    const failed = starts.find(start => start.status === 'rejected')
    if (failed)
      throw failed.reason
    const token = await createFullAccessToken(cms[0]?.url ?? '')
    await cmsRequest(`${cmsBalancer.url}/api/articles?status=published`, { method: 'POST', token, body: JSON.stringify({ data: SECOND_ARTICLE }) })
    sites.push(...await Promise.all(sitePorts.map(port => startSiteServer({ cmsUrl: cmsBalancer.url, port, env: siteEnv }))))
    return {
      database,
      cms,
      cmsBalancer,
      sites,
      siteBalancer,
      token,
      redisPrefix,
      async killCms(index) {
        const instance = cms[index]
        if (!instance)
          throw new Error(`No CMS instance ${index}`)
        process.kill(instance.pid, 'SIGKILL')
        await eventually(() => fetch(`${instance.url}/_health`).then(() => undefined, () => true), { awaiting: `CMS instance ${index} to stop answering` })
      },
      async restartCms(index) {
        cms[index] = await startCms(index)
      },
      close,
    }
  }
  catch (error) {
    await close()
    throw error
  }
}

/** Publishes a change to the seed article through CMS instance A, `times` times: per site process, the milliseconds until it showed it. */
export function publishThroughOneCms(topology: ScaleOutTopology, times: number): Promise<number[][]> {
  const [instanceA] = topology.cms
  return publishToVisible({ cmsUrl: instanceA?.url ?? '', token: topology.token, siteUrls: topology.sites.map(site => site.url), slug: SEED_ARTICLE_SLUG }, times)
}

export interface CrashRun {
  /** Requests the site did not answer with 202, by status. */
  refused: Record<number, number>
  stored: number
  distinctEmails: number
  /** From the first request until every one was stored. */
  seconds: number
  /** From the SIGKILL until instance A answered again. */
  downtimeSeconds: number
  /** The sites' requests to the CMS that the crash cut off, which their outbox then delivered. */
  cutOff: number
}

/** How many of `company`'s submissions are stored, and under how many distinct emails. */
async function storedSubmissions(databaseUrl: string, company: string): Promise<{ stored: number, distinctEmails: number }> {
  const connection = await connectToDatabase(databaseUrl)
  try {
    const [row] = await connection.rows<{ stored: string, emails: string }>(
      'select count(*) as stored, count(distinct email) as emails from assessment_submissions where company = $1',
      [company],
    )
    return { stored: Number(row?.stored ?? 0), distinctEmails: Number(row?.emails ?? 0) }
  }
  finally {
    await connection.end()
  }
}

/** Requests still waiting in the sites' shared outbox. */
function outboxBacklog(topology: ScaleOutTopology): Promise<number> {
  return withTestRedis(redis => redis.hlen(`${topology.redisPrefix}:site:assessment-outbox:entries`))
}

/**
 * `total` assessment requests, each from a visitor of its own, spread in turn over the site processes
 * (ten at a time), while CMS instance A is killed with SIGKILL half-way through and started again;
 * resolves once every accepted request is stored and the sites' outbox is empty.
 */
export async function assessmentsAcrossCmsCrash(topology: ScaleOutTopology, total: number): Promise<CrashRun> {
  const company = `Scale-out ${crypto.randomUUID()}`
  const formToken = await requestFormToken(topology.siteBalancer.url)
  const started = performance.now()
  const failedBefore = topology.cmsBalancer.counts.failed
  let crash: Promise<number> | undefined
  const statuses = await inBatches(Array.from({ length: total }, () => assessmentFields(formToken, { company })), 10, async (fields, index) => {
    if (index === Math.floor(total / 2)) {
      crash = (async () => {
        const killedAt = performance.now()
        await topology.killCms(0)
        await topology.restartCms(0)
        return performance.now() - killedAt
      })()
    }
    const site = topology.sites[index % topology.sites.length]
    return (await postAssessment(site?.url ?? '', fields)).status
  })
  const downtimeMs = await crash
  const accepted = statuses.filter(status => status === 202).length
  const { stored, distinctEmails } = await eventually(async () => {
    const counts = await storedSubmissions(topology.database.url, company)
    return counts.stored >= accepted && await outboxBacklog(topology) === 0 ? counts : undefined
  }, { timeoutMs: 120_000, intervalMs: 250, awaiting: `${accepted} submissions stored and the outbox empty` })
  const refused: Record<number, number> = {}
  for (const status of statuses.filter(status => status !== 202))
    refused[status] = (refused[status] ?? 0) + 1
  return {
    refused,
    stored,
    distinctEmails,
    seconds: (performance.now() - started) / 1000,
    downtimeSeconds: (downtimeMs ?? 0) / 1000,
    cutOff: topology.cmsBalancer.counts.failed - failedBefore,
  }
}

/** A status once the body is read whole: one left unread holds its socket paused while the server closes it. */
export async function statusOfWholeAnswer(response: Response): Promise<number> {
  await response.arrayBuffer()
  return response.status
}

/**
 * Every page of the site through the site's balancer while CMS instance B is down (killed, then started
 * again): those that did not answer as they should (200, the not-found page 404), path → status.
 */
export async function pagesDuringCmsOutage(topology: ScaleOutTopology): Promise<Record<string, number>> {
  await topology.killCms(1)
  try {
    const wrong: Record<string, number> = {}
    for (const page of PAGES) {
      const status = await fetch(`${topology.siteBalancer.url}${page.path}`, { redirect: 'manual' }).then(statusOfWholeAnswer)
      if (status !== (page.name === 'not-found' ? 404 : 200))
        wrong[page.path] = status
    }
    return wrong
  }
  finally {
    await topology.restartCms(1)
  }
}
