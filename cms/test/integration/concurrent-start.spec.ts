import type { RunningProcess } from '@agency/test-support/processes'
import type { DatabaseConnection, TemporaryDatabase } from '@agency/test-support/postgres'
import { startCmsServer, TEST_ADMIN } from '@agency/test-support/cms-server'
import { connectToDatabase, createTemporaryDatabase } from '@agency/test-support/postgres'
import { describeWithServices } from '@agency/test-support/suites'
import { replicaSecrets } from '@agency/test-support/topology'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { SITE_TOKENS } from '../../src/bootstrap/site-api-tokens'
import { articles } from '../../src/seed/articles'
import { pages } from '../../src/seed/pages'
import { services } from '../../src/seed/services'

/** The secrets replicas share in production, generated once here so that neither instance makes its own. */
const sharedEnv = (): Record<string, string> => ({
  ...replicaSecrets(),
  // Both start what global-setup compiled, as two replicas of one image do, rather than compiling over each other.
  SERVE_API_COMPILE: 'false',
  SITE_REVALIDATE_URL: 'http://127.0.0.1:9/api/revalidate',
})

await describeWithServices(['postgres'], 'two CMS instances starting at the same moment on a new PostgreSQL database', () => {
  let database: TemporaryDatabase | undefined
  let instances: RunningProcess[] = []
  let connection: DatabaseConnection | undefined

  const rows = async <Row>(sql: string): Promise<Row[]> => {
    if (!connection)
      throw new Error('Not connected to the test database')
    return connection.rows<Row>(sql)
  }
  /** Values of `column` that occur more than once in `from` (a table or a join). */
  const repeated = (column: string, from: string) => rows<{ value: string, count: string }>(
    `select ${column} as value, count(*) as count from ${from} group by ${column} having count(*) > 1`,
  )

  beforeAll(async () => {
    database = await createTemporaryDatabase()
    const env = sharedEnv()
    const starts = await Promise.allSettled([0, 1].map(() => startCmsServer({ database: { client: 'postgres', url: database?.url ?? '' }, env, timeoutMs: 240_000 })))
    instances = starts.flatMap(start => start.status === 'fulfilled' ? [start.value] : [])
    const failed = starts.find(start => start.status === 'rejected')
    if (failed)
      throw failed.reason
    connection = await connectToDatabase(database.url)
  })

  afterAll(async () => {
    await connection?.end()
    await Promise.all(instances.map(instance => instance.stop()))
    await database?.drop()
  })

  it('both start and answer with the same content', async () => {
    const lists = await Promise.all(instances.map(async (instance) => {
      const response = await fetch(`${instance.url}/api/services?pagination[pageSize]=50`)
      expect(response.status).toBe(200)
      return ((await response.json()) as { data: Array<{ slug: string }> }).data.map(service => service.slug).sort()
    }))
    expect(lists).toHaveLength(2)
    expect(lists[0]).toEqual(services.map(service => service.slug).sort())
    expect(lists[1]).toEqual(lists[0])
  })

  it('seeds the default content once', async () => {
    const documents = async (table: string) => rows<{ slug: string }>(`select distinct document_id, slug from ${table}`)
    expect((await documents('services')).map(row => row.slug).sort()).toEqual(services.map(service => service.slug).sort())
    expect((await documents('articles')).map(row => row.slug).sort()).toEqual(articles.map(article => article.slug).sort())
    expect((await documents('pages')).map(row => row.slug).sort()).toEqual(pages.map(page => page.slug).sort())
    expect(await rows('select distinct document_id from globals')).toHaveLength(1)
    // One draft and one published row per document, no more.
    for (const table of ['services', 'articles', 'categories', 'pages'])
      expect(await repeated('document_id::text || coalesce(published_at::text, \'draft\')', table), table).toEqual([])
  })

  it('creates one of each API token, the site webhook, the development admin and each role', async () => {
    // Strapi's own "Full Access" and "Read Only" tokens are made on a first start too.
    expect(await repeated('name', 'strapi_api_tokens')).toEqual([])
    const tokens = await rows<{ name: string }>('select name from strapi_api_tokens')
    expect(tokens.map(token => token.name)).toEqual(expect.arrayContaining(SITE_TOKENS.map(token => token.name)))
    expect(await rows('select id from strapi_webhooks where name = \'Public site cache\'')).toHaveLength(1)
    expect(await rows(`select id from admin_users where email = '${TEST_ADMIN.email}'`)).toHaveLength(1)
    expect(await repeated('code', 'admin_roles')).toEqual([])
    expect((await rows<{ code: string }>('select code from admin_roles')).map(role => role.code)).toContain('strapi-editor')
    expect(await repeated('type', 'up_roles')).toEqual([])
  })

  it('grants each permission once and stores each admin setting once', async () => {
    expect(await repeated('l.role_id::text || p.action || coalesce(p.subject, \'\') || coalesce(p.properties::text, \'\')', 'admin_permissions p join admin_permissions_role_lnk l on l.permission_id = p.id')).toEqual([])
    expect(await repeated('l.role_id::text || p.action', 'up_permissions p join up_permissions_role_lnk l on l.permission_id = p.id')).toEqual([])
    expect(await repeated('l.api_token_id::text || p.action', 'strapi_api_token_permissions p join strapi_api_token_permissions_token_lnk l on l.api_token_permission_id = p.id')).toEqual([])
    expect(await repeated('coalesce(type, \'\') || coalesce(environment, \'\') || coalesce(tag, \'\') || key', 'strapi_core_store_settings')).toEqual([])
  })
})
