import type { DatabaseConnection } from '@agency/test-support/postgres'
import type { ScaleOutTopology } from '@agency/test-support/topology'
import { connectToDatabase } from '@agency/test-support/postgres'
import { describeWithServices } from '@agency/test-support/suites'
import { assessmentsAcrossCmsCrash, pagesDuringCmsOutage, publishThroughOneCms, startScaleOutTopology } from '@agency/test-support/topology'
import { afterAll, beforeAll, expect, it } from 'vitest'

const ASSESSMENTS = 500
const PUBLISH_BUDGET_MS = 1000

/**
 * The scale-out of the README without Docker: two CMS instances started together on one new PostgreSQL
 * database, sharing Redis and S3-compatible storage, and two site processes sharing Redis, each pair
 * behind a round-robin balancer on loopback.
 */
await describeWithServices(['postgres', 'redis'], 'two CMS instances and two site processes behind load balancers', () => {
  let topology: ScaleOutTopology
  let connection: DatabaseConnection

  /** Values of `column` that occur more than once in `table`. */
  const repeated = (column: string, table: string) =>
    connection.rows(`select ${column} as value, count(*) as count from ${table} group by ${column} having count(*) > 1`)

  beforeAll(async () => {
    topology = await startScaleOutTopology()
    connection = await connectToDatabase(topology.database.url)
  })

  afterAll(async () => {
    await connection?.end()
    await topology?.close()
  })

  it('seeds once and creates one of each API token, webhook and role when both instances start together', async () => {
    for (const table of ['services', 'articles', 'categories', 'pages', 'case_studies'])
      expect(await repeated('slug || coalesce(published_at::text, \'draft\')', table), table).toEqual([])
    expect(await connection.rows('select distinct document_id from globals')).toHaveLength(1)
    expect(await repeated('name', 'strapi_api_tokens')).toEqual([])
    expect(await connection.rows('select id from strapi_webhooks')).toHaveLength(1)
    expect(await repeated('code', 'admin_roles')).toEqual([])
    expect(await repeated('type', 'up_roles')).toEqual([])
    expect(await connection.rows('select id from admin_users')).toHaveLength(1)
  })

  it(`shows a change published through one CMS instance on every site process within ${PUBLISH_BUDGET_MS} ms`, async () => {
    const perSite = await publishThroughOneCms(topology, 3)
    const worst = perSite.map(latencies => Math.round(Math.max(...latencies)))
    console.info(`publish to visible, worst per site process: ${worst.join(' ms, ')} ms`)
    expect(worst).toHaveLength(2)
    for (const milliseconds of worst)
      expect(milliseconds).toBeLessThanOrEqual(PUBLISH_BUDGET_MS)
  })

  it(`stores ${ASSESSMENTS} assessment requests exactly once each when a CMS instance is killed half-way`, async () => {
    const run = await assessmentsAcrossCmsCrash(topology, ASSESSMENTS)
    console.info(`${run.stored} stored in ${run.seconds.toFixed(1)} s; CMS instance A down for ${run.downtimeSeconds.toFixed(1)} s; ${run.cutOff} requests to it cut off`)
    expect(run.refused).toEqual({})
    expect(run.stored).toBe(ASSESSMENTS)
    expect(run.distinctEmails).toBe(ASSESSMENTS)
  }, 240_000)

  it('answers every page while a CMS instance is down', async () => {
    expect(await pagesDuringCmsOutage(topology)).toEqual({})
  }, 120_000)
})
