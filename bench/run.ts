// `pnpm bench`: builds the site, starts the CMS (on SQLite, then PostgreSQL), the site, nginx and a bare
// Node.js server, measures every figure side by side with its reference, prints the table and writes
// bench/results.md; `pnpm bench rest pages …` runs only those sections and rewrites only theirs in
// bench/results.md. Nothing here is asserted by `pnpm test`; the figures are for people to read.
import type { CmsDatabase } from '@agency/test-support/cms-server'
import type { RunningProcess } from '@agency/test-support/processes'
import type { EarlierVersion } from './lib/earlier-version'
import type { Load } from './lib/wrk'
import type { Row, SectionResults } from './lib/results'
import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import os from 'node:os'
import path from 'node:path'
import { CHROMIUM_PATH } from '@agency/test-support/chromium'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { freePort } from '@agency/test-support/ports'
import { publishToVisible } from '@agency/test-support/publish-latency'
import { createTemporaryDatabase, TEST_POSTGRES_URL } from '@agency/test-support/postgres'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { PAGES, SEED_ARTICLE_SLUG, SEED_CASE_STUDY_SLUG } from '@agency/test-support/site-pages'
import { assessmentsAcrossCmsCrash, pagesDuringCmsOutage, publishThroughOneCms, startScaleOutTopology } from '@agency/test-support/topology'
import { checkOutEarlierVersion } from './lib/earlier-version'
import { JS_BUDGET_KIB, measurePageScripts } from './lib/js-budget'
import { LIGHTHOUSE_CATEGORIES, lighthouseMedians } from './lib/lighthouse'
import { startNginx, startStaticNodeServer } from './lib/reference-servers'
import { printResults, writeResults } from './lib/results'
import { cmsDir, generateArticles, REVALIDATE_SECRET, startCms, startSite, webDir } from './lib/stack'
import { ensureSystemTools, NGINX, programVersion } from './lib/system-tools'
import { measureInTurns, measureLoad, WARM_UP_SECONDS } from './lib/wrk'

const RESULTS_FILE = path.join(import.meta.dirname, 'results.md')
/** Articles beside the seed, so that the REST list returns a full page of ten. */
const LIST_ARTICLES = 12
const SCALE_ARTICLES = 10_000
/** What an integrator asks for first: ten articles, with their categories (and the rest the API populates). */
const REST_LIST_PATH = '/api/articles?pagination[pageSize]=10'
/** How the site reads an article page. */
const REST_ARTICLE_PATH = `/api/articles?filters[slug][$eq]=${SEED_ARTICLE_SLUG}&pagination[page]=1&pagination[pageSize]=1`

const startedAt = new Date()
const sections: SectionResults[] = []
const running = new Set<RunningProcess>()
const workDir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-bench-'))

function step(message: string): void {
  console.info(`[bench] ${((Date.now() - startedAt.getTime()) / 1000).toFixed(0).padStart(4)} s  ${message}`)
}

async function started<T extends RunningProcess>(starting: Promise<T>): Promise<T> {
  const server = await starting
  running.add(server)
  return server
}

async function stop(server: RunningProcess): Promise<void> {
  running.delete(server)
  await server.stop()
}

function currentSection(): SectionResults {
  const section = sections.at(-1)
  if (!section)
    throw new Error('A figure was recorded outside any section')
  return section
}

function note(text: string): void {
  currentSection().notes.push(text)
}

function record(row: Row): void {
  currentSection().rows.push(row)
  console.info(`[bench]        ${row.measure.trim()}: ${row.value}${row.target ? ` (target ${row.target})` : ''}`)
}

const rate = (load: Load) => `${Math.round(load.requestsPerSecond).toLocaleString('en')} req/s, p95 ${load.p95Ms.toFixed(1)} ms${
  load.failures > 0 ? `, ${load.failures} unanswered` : ''}`
const atLeast = (value: number, target: number) => value >= target

/** One side-by-side comparison: the ratio row against its target, then both figures for context. */
function compare(measure: string, ours: Load, reference: Load, referenceName: string, target: number): void {
  const ratio = ours.requestsPerSecond / reference.requestsPerSecond
  record({ measure: `${measure} ÷ ${referenceName}`, value: ratio.toFixed(2), target: `≥ ${target}`, met: atLeast(ratio, target) })
  record({ measure: `  ${measure}`, value: rate(ours), target: '' })
  record({ measure: `  ${referenceName}`, value: rate(reference), target: '' })
}

async function text(url: string): Promise<string> {
  const response = await fetch(url)
  if (!response.ok)
    throw new Error(`${url} answered ${response.status}`)
  return response.text()
}

function buildSite(): void {
  const result = spawnSync(path.join(webDir, 'node_modules', '.bin', 'nuxt'), ['build'], {
    cwd: webDir,
    env: { ...process.env, NUXT_TELEMETRY_DISABLED: '1' },
    encoding: 'utf8',
  })
  if (result.status !== 0)
    throw new Error(`The site's build failed:\n${result.stdout}${result.stderr}`)
}

async function restComparison(database: CmsDatabase, label: string, earlier: EarlierVersion): Promise<void> {
  // As docker-compose.yml runs it: cached reads answered ahead of Koa.
  const cms = await started(startCms(database, { API_CACHE_FRONT_DOOR: 'true' }))
  const url = `${cms.url}${REST_LIST_PATH}`
  const body = await text(url)
  const listed = (JSON.parse(body) as { data: Array<{ categories?: unknown[] }> }).data
  if (listed.length !== 10 || listed.some(article => !Array.isArray(article.categories)))
    throw new Error(`${REST_LIST_PATH} returned ${listed.length} articles, not 10 with their categories`)
  const strapi = await measureLoad(url)
  await stop(cms)
  const bare = await started(startStaticNodeServer(body, 'application/json; charset=utf-8', workDir))
  const reference = await measureLoad(`${bare.url}${REST_LIST_PATH}`)
  await stop(bare)
  compare(`REST list of 10 articles, ${label} (${(body.length / 1024).toFixed(0)} KiB)`, strapi, reference, 'bare Node.js', 0.25)
  const koaCms = await started(startCms(database))
  const throughKoa = await measureLoad(`${koaCms.url}${REST_LIST_PATH}`)
  await stop(koaCms)
  record({ measure: '  … every global middleware run for hits (the default, API_CACHE_FRONT_DOOR=false)', value: `${rate(throughKoa)}, ${(throughKoa.requestsPerSecond / reference.requestsPerSecond).toFixed(2)} of bare Node.js`, target: '' })
  await uncachedReads(database, earlier)
}

/** Requests counted one after another for the statements each one runs. */
const COUNTED_REQUESTS = 20

/** SQL sent per request: queries to the database, and the statements in them. */
interface SqlPerRequest {
  queries: number
  statements: number
}

/**
 * The SQL per request, from the debug log of knex and of the statements the CMS runs without it (a
 * `knex:query` or `cms:sql` line a query, the further statements of a query on lines of their own after
 * `;`) over requests sent one at a time, so that no other request's statements are counted with them.
 */
async function sqlPerRequest(database: CmsDatabase, paths: string[], dir?: string): Promise<SqlPerRequest[]> {
  let log = ''
  const cms = await started(startCms(database, { API_CACHE_ENABLED: 'false', DEBUG: 'knex:query,cms:sql' }, {
    dir,
    onOutput: (chunk) => {
      log += chunk
    },
  }))
  const counts: SqlPerRequest[] = []
  for (const path of paths) {
    await text(`${cms.url}${path}`)
    log = ''
    for (let request = 0; request < COUNTED_REQUESTS; request++)
      await text(`${cms.url}${path}`)
    const queries = log.match(/knex:query|cms:sql/g)?.length ?? 0
    const further = log.match(/;\nselect /g)?.length ?? 0
    counts.push({ queries: queries / COUNTED_REQUESTS, statements: (queries + further) / COUNTED_REQUESTS })
  }
  await stop(cms)
  return counts
}

/**
 * The last version whose published reads went through the document service, with the public role's
 * permissions read on every request and every SQLite statement compiled anew. This run measures it
 * beside the current one, and the read path is held to four times its requests a second.
 */
const READ_PATH_BEFORE = '13fb41c'
const UNCACHED_GAIN_TARGET = 4

function sqlText(sql: SqlPerRequest | undefined): string {
  if (sql === undefined)
    return 'SQL not counted'
  const statements = `${sql.statements.toFixed(1)} SQL statements a request`
  return sql.queries === sql.statements ? statements : `${statements} in ${sql.queries.toFixed(1)} queries`
}

/** A new, empty database of the same kind as `database`, for the earlier version. */
async function emptyDatabaseLike(database: CmsDatabase, name: string): Promise<{ database: CmsDatabase, drop: () => Promise<void> }> {
  if (database.client === 'sqlite')
    return { database: { client: 'sqlite', file: path.join(workDir, `${name}.db`) }, drop: async () => {} }
  const postgres = await createTemporaryDatabase()
  return { database: { client: 'postgres', url: postgres.url }, drop: postgres.drop }
}

/** Runs of 10 s each that the current and the earlier version take in turns on the uncached list. */
const UNCACHED_ROUNDS = 3

/**
 * The list and one article read with the API cache off: what every request costs the database, now and
 * on the earlier version, which runs beside this one on a database of its own with the same content.
 */
async function uncachedReads(database: CmsDatabase, earlier: EarlierVersion): Promise<void> {
  const { database: earlierDatabase, drop } = await emptyDatabaseLike(database, `earlier-${database.client}`)
  try {
    generateArticles(earlierDatabase, LIST_ARTICLES, earlier.cmsDir)
    const uncached = { API_CACHE_ENABLED: 'false' }
    const cms = await started(startCms(database, uncached))
    const before = await started(startCms(earlierDatabase, uncached, { dir: earlier.cmsDir }))
    const { turns, medians: [list, listBefore] } = await measureInTurns([`${cms.url}${REST_LIST_PATH}`, `${before.url}${REST_LIST_PATH}`], UNCACHED_ROUNDS)
    await stop(before)
    const bySlug = await measureLoad(`${cms.url}${REST_ARTICLE_PATH}`)
    await stop(cms)
    const [listSql, bySlugSql] = await sqlPerRequest(database, [REST_LIST_PATH, REST_ARTICLE_PATH])
    const [sqlBefore] = await sqlPerRequest(earlierDatabase, [REST_LIST_PATH], earlier.cmsDir)
    record({ measure: `  … every request to the database (API cache off; the median of ${UNCACHED_ROUNDS} runs taken in turns with ${earlier.commit})`, value: `${rate(list)}, ${sqlText(listSql)}`, target: '' })
    record({ measure: '  … one article by its slug, API cache off', value: `${rate(bySlug)}, ${sqlText(bySlugSql)}`, target: '' })
    record({ measure: `  … the list uncached on ${earlier.commit}, before the query-engine read path (its median run of those turns)`, value: `${rate(listBefore)}, ${sqlText(sqlBefore)}`, target: '' })
    const gain = list.requestsPerSecond / listBefore.requestsPerSecond
    const ratios = turns.map(([now, then]) => (now.requestsPerSecond / then.requestsPerSecond).toFixed(1))
    record({ measure: '  … the list uncached ÷ before (each turn\'s)', value: `${gain.toFixed(2)} (${ratios.join(', ')})`, target: `≥ ${UNCACHED_GAIN_TARGET}`, met: gain >= UNCACHED_GAIN_TARGET })
  }
  finally {
    await drop()
  }
}

function versions(): Record<string, string> {
  const packageVersion = (dir: string, name: string) =>
    (createRequire(path.join(dir, 'package.json'))(`${name}/package.json`) as { version: string }).version
  const postgres = spawnSync('psql', [TEST_POSTGRES_URL, '-tAc', 'show server_version'], { encoding: 'utf8' }).stdout.trim()
  return {
    'Node.js': process.versions.node,
    'Nuxt': packageVersion(webDir, 'nuxt'),
    'Strapi': packageVersion(cmsDir, '@strapi/strapi'),
    'better-sqlite3': packageVersion(cmsDir, 'better-sqlite3'),
    'PostgreSQL': postgres.split(' ')[0] ?? 'unknown',
    'Lighthouse': packageVersion(import.meta.dirname, 'lighthouse'),
    'Chromium': programVersion(CHROMIUM_PATH).replace(/^Chromium /, '').split(' ')[0] ?? 'unknown',
    'nginx': programVersion(NGINX, ['-v']).replace(/^nginx version: nginx\//, '').split(' ')[0] ?? 'unknown',
    'wrk': programVersion('wrk', ['-v']).replace(/^wrk /, '').split(' ')[0] ?? 'unknown',
  }
}

const SECTIONS = ['rest', 'pages', 'js', 'lighthouse', 'publish', 'scale', 'topology'] as const
type Section = typeof SECTIONS[number]
const chosen = process.argv.slice(2).filter(argument => argument !== '--')
const unknown = chosen.filter(name => !(SECTIONS as readonly string[]).includes(name))
if (unknown.length > 0)
  throw new Error(`Unknown section ${unknown.join(', ')}; choose from ${SECTIONS.join(', ')} (none: all of them)`)
const wanted = (section: Section) => chosen.length === 0 || chosen.includes(section)

/** Runs section `name` when it was asked for, its figures (`record`, `note`) going under its heading. */
async function measured(name: Section, run: () => Promise<void>): Promise<void> {
  if (!wanted(name))
    return
  const section: SectionResults = { name, startedAt: new Date(), seconds: 0, rows: [], notes: [] }
  sections.push(section)
  await run()
  section.seconds = (Date.now() - section.startedAt.getTime()) / 1000
}

async function restSection(sqlite: CmsDatabase): Promise<void> {
  step(`checking out ${READ_PATH_BEFORE}, the read path before, to measure it beside this one`)
  const earlier = checkOutEarlierVersion(READ_PATH_BEFORE, workDir)
  try {
    step('REST list on SQLite against a bare Node.js server')
    await restComparison(sqlite, 'SQLite', earlier)

    step('PostgreSQL: a fresh database, the same content, the same comparison')
    const postgresDatabase = await createTemporaryDatabase()
    try {
      const postgres: CmsDatabase = { client: 'postgres', url: postgresDatabase.url }
      generateArticles(postgres, LIST_ARTICLES)
      await restComparison(postgres, 'PostgreSQL', earlier)
    }
    finally {
      await postgresDatabase.drop()
    }
  }
  finally {
    earlier.remove()
  }
}

async function pagesSection(cmsUrl: string, siteUrl: string, articlePath: string): Promise<void> {
  step('cached article page against nginx serving the same HTML')
  const html = await text(`${siteUrl}${articlePath}`)
  const cached = await measureLoad(`${siteUrl}${articlePath}`)
  const nginx = await started(startNginx(html, workDir))
  const nginxLoad = await measureLoad(`${nginx.url}${articlePath}`)
  await stop(nginx)
  compare(`Cached article page (${(html.length / 1024).toFixed(0)} KiB)`, cached, nginxLoad, 'nginx', 0.33)

  const processes = os.availableParallelism()
  step(`article page rendered on every request, by ${processes} site processes sharing Redis`)
  const redisPrefix = `bench-${crypto.randomUUID()}`
  try {
    const perCore = await started(startSite(cmsUrl, { NUXT_PAGE_CACHE_ENABLED: 'false', SITE_WORKERS: 'auto', NUXT_REDIS_URL: TEST_REDIS_URL, NUXT_REDIS_KEY_PREFIX: redisPrefix }))
    const ssr = await measureLoad(`${perCore.url}${articlePath}`)
    await stop(perCore)
    record({ measure: `Article page rendered per request (page cache off; ${processes} site processes and Redis, as in docker-compose.yml)`, value: rate(ssr), target: '≥ 500 req/s', met: atLeast(ssr.requestsPerSecond, 500) })
  }
  finally {
    await deleteRedisKeys(redisPrefix)
  }

  step('article page rendered on every request, by one site process')
  const rendering = await started(startSite(cmsUrl, { NUXT_PAGE_CACHE_ENABLED: 'false' }))
  const single = await measureLoad(`${rendering.url}${articlePath}`)
  await stop(rendering)
  record({ measure: '  … one site process, its cache in memory', value: rate(single), target: '' })
  const uncached = await started(startSite(cmsUrl, { NUXT_PAGE_CACHE_ENABLED: 'false', NUXT_CMS_CACHE_READS: 'false' }))
  const ssrFromCms = await measureLoad(`${uncached.url}${articlePath}`)
  await stop(uncached)
  record({ measure: '  … and every CMS read sent to Strapi (its response cache on)', value: rate(ssrFromCms), target: '' })
}

async function javascriptSection(siteUrl: string): Promise<void> {
  step('gzipped JavaScript per page')
  for (const page of await measurePageScripts(siteUrl)) {
    const budget = JS_BUDGET_KIB[page.kind]
    record({ measure: `JavaScript, ${page.path} (${page.kind})`, value: `${page.gzipKiB.toFixed(1)} KiB gzipped`, target: `≤ ${budget} KiB`, met: page.gzipKiB <= budget })
  }
}

async function lighthouseSection(siteUrl: string, articlePath: string): Promise<void> {
  step('Lighthouse, mobile, median of 3 runs per page')
  const pages = ['/', articlePath, '/work', `/work/${SEED_CASE_STUDY_SLUG}`, '/free-website-assessment']
  for (const { url, scores, failing } of await lighthouseMedians(pages.map(page => `${siteUrl}${page}`))) {
    const values = LIGHTHOUSE_CATEGORIES.map(category => scores[category])
    record({ measure: `Lighthouse ${new URL(url).pathname} (perf/a11y/BP/SEO)`, value: values.join(' / '), target: '100 / 100 / 100 / 100', met: values.every(score => score === 100) })
    if (failing.length > 0)
      note(`Lighthouse audits below 90 on ${new URL(url).pathname}: ${failing.join(', ')}.`)
  }
}

/** The worst of `latencies` against the one-second publish budget, with each of them. */
function recordPublishLatencies(measure: string, latencies: number[]): void {
  const worst = Math.max(...latencies)
  record({ measure: `${measure} (worst of ${latencies.length})`, value: `${Math.round(worst)} ms (each: ${latencies.map(Math.round).join(', ')})`, target: '≤ 1000 ms', met: worst <= 1000 })
}

async function publishSection(cmsUrl: string, siteUrl: string): Promise<void> {
  step('publish-to-visible latency')
  const token = await createFullAccessToken(cmsUrl)
  const [latencies = []] = await publishToVisible({ cmsUrl, token, siteUrls: [siteUrl], slug: SEED_ARTICLE_SLUG })
  recordPublishLatencies('Publish to visible', latencies)
}

const SCALE_LOAD = { connections: 4 }

/** The CMS and the site with every cache off: each page rendered, each CMS read answered from the database. */
async function startUncached(sqlite: CmsDatabase): Promise<{ cms: RunningProcess, site: RunningProcess }> {
  const cms = await started(startCms(sqlite, { API_CACHE_ENABLED: 'false' }))
  const site = await started(startSite(cms.url, { NUXT_PAGE_CACHE_ENABLED: 'false', NUXT_CMS_CACHE_READS: 'false' }))
  return { cms, site }
}

/**
 * Blog list p95 and sitemap time before and after 10,000 articles, with no cache anywhere. The blog is
 * loaded by four connections: the uncached stack answers a few dozen requests a second, and 32 would
 * make its p95 the time spent queueing rather than answering.
 */
async function scaleSection(sqlite: CmsDatabase, stopCms: () => Promise<void>): Promise<void> {
  await stopCms()
  step('blog list with the seed content')
  const seed = await startUncached(sqlite)
  const blogSeed = await measureLoad(`${seed.site.url}/blog`, SCALE_LOAD)
  await Promise.all([stop(seed.site), stop(seed.cms)])

  step(`generating ${SCALE_ARTICLES.toLocaleString('en')} articles`)
  const generatingSince = Date.now()
  generateArticles(sqlite, SCALE_ARTICLES)
  note(`${SCALE_ARTICLES.toLocaleString('en')} articles generated in ${((Date.now() - generatingSince) / 1000).toFixed(0)} s through Strapi's document service.`)
  const { site: bigSite } = await startUncached(sqlite)

  step(`blog list with ${SCALE_ARTICLES.toLocaleString('en')} more articles`)
  const blogBig = await measureLoad(`${bigSite.url}/blog`, SCALE_LOAD)
  const growth = blogBig.p95Ms / blogSeed.p95Ms
  record({ measure: `Blog list p95, ${SCALE_ARTICLES.toLocaleString('en')} articles ÷ seed content`, value: growth.toFixed(2), target: '≤ 1.5', met: growth <= 1.5 })
  record({ measure: '  seed content', value: rate(blogSeed), target: '' })
  record({ measure: `  ${SCALE_ARTICLES.toLocaleString('en')} more articles`, value: rate(blogBig), target: '' })

  step('sitemap generation')
  const timings: number[] = []
  let entries = 0
  for (let run = 0; run < 3; run++) {
    const since = performance.now()
    entries = (await text(`${bigSite.url}/sitemap.xml`)).split('<url>').length - 1
    timings.push(performance.now() - since)
  }
  const sitemapMs = [...timings].sort((a, b) => a - b)[1]!
  record({ measure: `Sitemap, ${entries.toLocaleString('en')} URLs, generated uncached (median of 3)`, value: `${Math.round(sitemapMs)} ms`, target: '' })
}

const TOPOLOGY_ASSESSMENTS = 500

/**
 * The scenarios of web/test/e2e/scale-out.spec.ts, measured: two CMS instances and two site processes,
 * each pair behind a round-robin balancer, on PostgreSQL, Redis and S3-compatible storage.
 */
async function topologySection(): Promise<void> {
  step('two CMS instances starting together on a new PostgreSQL database, two site processes, two balancers')
  const since = performance.now()
  const topology = await startScaleOutTopology()
  try {
    record({ measure: 'Two CMS instances and two site processes started, the CMS together on a new PostgreSQL database', value: `${((performance.now() - since) / 1000).toFixed(0)} s`, target: '' })

    step('publishing through CMS instance A, read from each site process')
    const perSite = await publishThroughOneCms(topology, 5)
    perSite.forEach((latencies, index) => recordPublishLatencies(`Publish through CMS A to visible on site process ${index + 1}`, latencies))

    step(`${TOPOLOGY_ASSESSMENTS} assessment requests over both site processes, CMS instance A killed half-way`)
    const run = await assessmentsAcrossCmsCrash(topology, TOPOLOGY_ASSESSMENTS)
    const notAccepted = Object.entries(run.refused).map(([status, count]) => `${count} × ${status}`).join(', ') || 'none'
    record({
      measure: `${TOPOLOGY_ASSESSMENTS} assessment requests over 2 site processes, CMS A killed (SIGKILL) half-way and restarted: stored / stored twice`,
      value: `${run.stored} / ${run.stored - run.distinctEmails}`,
      target: `${TOPOLOGY_ASSESSMENTS} / 0`,
      met: run.stored === TOPOLOGY_ASSESSMENTS && run.distinctEmails === TOPOLOGY_ASSESSMENTS,
    })
    record({ measure: '  … from the first request until every one was stored', value: `${run.seconds.toFixed(1)} s (not accepted with 202: ${notAccepted})`, target: '' })
    record({ measure: '  … CMS A down, from SIGKILL until it answered again', value: `${run.downtimeSeconds.toFixed(1)} s (${run.cutOff} requests from the site cut off by the kill, delivered again from its outbox)`, target: '' })

    step('every page through the site balancer while CMS instance B is down')
    const wrong = await pagesDuringCmsOutage(topology)
    const answered = PAGES.length - Object.keys(wrong).length
    record({ measure: 'Pages answering as they should through the site balancer while CMS B is down', value: `${answered} of ${PAGES.length}${answered < PAGES.length ? ` (${JSON.stringify(wrong)})` : ''}`, target: `${PAGES.length} of ${PAGES.length}`, met: answered === PAGES.length })

    step('cached article page through the site balancer')
    const cached = await measureLoad(`${topology.siteBalancer.url}/blog/${SEED_ARTICLE_SLUG}`)
    record({ measure: 'Cached article page through the test balancer (one Node.js process) and 2 site processes', value: rate(cached), target: '' })
    note('The topology\'s balancers are a small Node.js proxy in the test support (`test-support/src/balancer.ts`), not a production load balancer: its throughput bounds the last row.')
  }
  finally {
    await topology.close()
  }
}

async function main(): Promise<void> {
  ensureSystemTools()
  step('building the site')
  buildSite()

  step(`seeding SQLite with ${LIST_ARTICLES} more articles`)
  const sqlite: CmsDatabase = { client: 'sqlite', file: path.join(workDir, 'data.db') }
  generateArticles(sqlite, LIST_ARTICLES)
  await measured('rest', () => restSection(sqlite))
  await measured('topology', topologySection)
  if (!SECTIONS.some(section => section !== 'rest' && section !== 'topology' && wanted(section)))
    return

  step('starting the CMS and the site as they run in production')
  const sitePort = await freePort()
  const cms = await started(startCms(sqlite, { SITE_REVALIDATE_URL: `http://127.0.0.1:${sitePort}/api/revalidate`, REVALIDATE_SECRET }))
  const site = await started(startSite(cms.url, {}, sitePort))
  const articlePath = `/blog/${SEED_ARTICLE_SLUG}`
  await measured('pages', () => pagesSection(cms.url, site.url, articlePath))
  await measured('js', () => javascriptSection(site.url))
  await measured('lighthouse', () => lighthouseSection(site.url, articlePath))
  await measured('publish', () => publishSection(cms.url, site.url))
  await stop(site)
  await measured('scale', () => scaleSection(sqlite, () => stop(cms)))
}

const COMMON_NOTES = [
  'Every figure is measured side by side in one run of its section; absolute figures drift on a shared machine, the ratios less so.',
  `Load from wrk (one thread; 32 connections, 4 for the blog list at scale; ${WARM_UP_SECONDS} s warm-up, then 10 s). The site runs one Node.js process unless a row says otherwise, and nginx one worker.`,
  'The site runs as in production (NODE_ENV production, every secret set, indexable); the CMS serves its REST API on Strapi with warn-level logs.',
]

try {
  await main()
}
finally {
  await Promise.allSettled([...running].map(server => server.stop()))
  fs.rmSync(workDir, { recursive: true, force: true })
}
const results = { versions: versions(), sections, notes: COMMON_NOTES }
printResults(results)
writeResults(RESULTS_FILE, results, SECTIONS)
console.info(`[bench] written to ${path.relative(process.cwd(), RESULTS_FILE)}`)
