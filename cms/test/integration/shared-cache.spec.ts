import type { RunningProcess } from '@agency/test-support/processes'
import type { TemporaryDatabase } from '@agency/test-support/postgres'
import { randomUUID } from 'node:crypto'
import { setTimeout as delay } from 'node:timers/promises'
import { createFullAccessToken } from '@agency/test-support/cms-api'
import { startCmsServer, TEST_ADMIN } from '@agency/test-support/cms-server'
import { createTemporaryDatabase } from '@agency/test-support/postgres'
import { deleteRedisKeys, TEST_REDIS_URL } from '@agency/test-support/redis'
import { describeWithServices } from '@agency/test-support/suites'
import { eventually } from '@agency/test-support/wait'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { PUBLIC_PERMISSIONS_LIFETIME_MS } from '../../src/public-api/public-permissions'

const KEY_PREFIX = `test:shared-cache:${randomUUID()}:`

type RolePermissions = Record<string, { controllers: Record<string, Record<string, { enabled: boolean }>> }>

/**
 * Ticks or clears one action of the public role in the admin's Users & Permissions settings, as a Super
 * Admin does: the role is read whole and saved whole.
 */
async function setPublicAction(cmsUrl: string, [api, controller, action]: [string, string, string], enabled: boolean): Promise<void> {
  const login = await fetch(`${cmsUrl}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify(TEST_ADMIN) })
  const { data: { token } } = await login.json() as { data: { token: string } }
  const call = (path: string, init: RequestInit = {}) => fetch(`${cmsUrl}${path}`, { ...init, headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json' } })
  const { roles } = await (await call('/users-permissions/roles')).json() as { roles: Array<{ id: number, type: string }> }
  const publicRole = roles.find(role => role.type === 'public')
  const { role } = await (await call(`/users-permissions/roles/${publicRole?.id}`)).json() as { role: { name: string, description: string, permissions: RolePermissions } }
  const setting = role.permissions[api]?.controllers[controller]?.[action]
  if (!setting)
    throw new Error(`The public role has no ${api}.${controller}.${action}`)
  setting.enabled = enabled
  const saved = await call(`/users-permissions/roles/${publicRole?.id}`, { method: 'PUT', body: JSON.stringify({ name: role.name, description: role.description, permissions: role.permissions }) })
  expect(saved.status).toBe(200)
}

/** Two CMS processes on one PostgreSQL database and one Redis, as when the CMS is scaled out. */
await describeWithServices(['postgres', 'redis'], 'the response cache shared through Redis by two CMS instances', () => {
  let database: TemporaryDatabase | undefined
  const instances: RunningProcess[] = []
  let token = ''

  beforeAll(async () => {
    database = await createTemporaryDatabase()
    const env = { API_CACHE_STORE: 'redis', API_CACHE_REDIS_URL: TEST_REDIS_URL, REDIS_KEY_PREFIX: KEY_PREFIX }
    // One after the other: the first creates the schema and the seed content.
    for (let started = 0; started < 2; started++)
      instances.push(await startCmsServer({ database: { client: 'postgres', url: database.url }, env }))
    token = await createFullAccessToken(instances[0]?.url ?? '')
  })
  afterAll(async () => {
    await Promise.all(instances.map(instance => instance.stop()))
    await database?.drop()
    await deleteRedisKeys(KEY_PREFIX)
  })

  const cache = async (instance: RunningProcess | undefined, path: string) =>
    (await fetch(`${instance?.url}${path}`)).headers.get('x-cache')

  it('serves on one instance what the other stored, and forgets on both what a write on one changes', async () => {
    const [one, other] = instances
    const categories = '/api/categories?cache-check=shared'
    const services = '/api/services?cache-check=shared'
    expect(await cache(one, categories)).toBe('MISS')
    expect(await cache(one, services)).toBe('MISS')
    expect(await cache(other, categories)).toBe('HIT')
    expect(await cache(other, services)).toBe('HIT')

    const created = await fetch(`${one?.url}/api/categories`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` },
      body: JSON.stringify({ data: { name: 'Shared Cache Check', slug: 'shared-cache-check' } }),
    })
    expect(created.status).toBe(201)
    const listed = await fetch(`${other?.url}${categories}`)
    expect(listed.headers.get('x-cache')).toBe('MISS')
    expect(await listed.text()).toContain('Shared Cache Check')
    expect(await cache(one, categories)).toBe('HIT')
    expect(await cache(other, services)).toBe('HIT')
  })

  it('applies a change of the public role made through one instance on the other within its memo\'s lifetime, keeping no answer of the old permissions', async () => {
    const [one, other] = instances
    const path = '/api/categories?cache-check=public-role'
    const status = async () => (await fetch(`${other?.url}${path}`)).status
    const findCategories: [string, string, string] = ['api::category', 'category', 'find']
    expect(await status()).toBe(200)
    await setPublicAction(one?.url ?? '', findCategories, false)
    try {
      const changedAt = Date.now()
      await eventually(async () => (await status()) === 403 || undefined, { timeoutMs: 5000, awaiting: 'the other instance to refuse the read' })
      // The other instance reads the permissions again once a lifetime; a loaded machine may be late by a little.
      expect(Date.now() - changedAt).toBeLessThan(2 * PUBLIC_PERMISSIONS_LIFETIME_MS)
      for (let read = 0; read < 3; read++) {
        expect(await status()).toBe(403)
        await delay(PUBLIC_PERMISSIONS_LIFETIME_MS / 2)
      }
    }
    finally {
      await setPublicAction(one?.url ?? '', findCategories, true)
    }
    await eventually(async () => (await status()) === 200 || undefined, { timeoutMs: 2 * PUBLIC_PERMISSIONS_LIFETIME_MS, awaiting: 'the other instance to serve the read again' })
  })
})
