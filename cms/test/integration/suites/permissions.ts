import type { CmsContext } from '../../support/suite'
import { beforeAll, describe, expect, it } from 'vitest'

type Action = 'find' | 'findOne' | 'create' | 'update' | 'delete'

interface ContentTypeRow {
  uid: string
  path: string
  kind: 'collection' | 'single'
  /** The actions the Public role may perform; everything else must be refused. */
  publicActions: Action[]
}

const READS: Action[] = ['find', 'findOne']

const CONTENT_TYPES: ContentTypeRow[] = [
  { uid: 'api::service.service', path: 'services', kind: 'collection', publicActions: READS },
  { uid: 'api::article.article', path: 'articles', kind: 'collection', publicActions: READS },
  { uid: 'api::category.category', path: 'categories', kind: 'collection', publicActions: READS },
  { uid: 'api::case-study.case-study', path: 'case-studies', kind: 'collection', publicActions: READS },
  { uid: 'api::global.global', path: 'global', kind: 'single', publicActions: ['find'] },
  { uid: 'api::assessment-submission.assessment-submission', path: 'assessment-submissions', kind: 'collection', publicActions: [] },
]

const ACTIONS: Action[] = ['find', 'findOne', 'create', 'update', 'delete']

function request(row: ContentTypeRow, action: Action, documentId: string): { method: string, path: string } | null {
  const base = `/api/${row.path}`
  if (row.kind === 'single') {
    // A single type is read, replaced and deleted at one address; it has no findOne or create route.
    const singleRoutes: Partial<Record<Action, string>> = { find: 'GET', update: 'PUT', delete: 'DELETE' }
    const method = singleRoutes[action]
    return method ? { method, path: base } : null
  }
  const routes: Record<Action, { method: string, path: string }> = {
    find: { method: 'GET', path: base },
    findOne: { method: 'GET', path: `${base}/${documentId}` },
    create: { method: 'POST', path: base },
    update: { method: 'PUT', path: `${base}/${documentId}` },
    delete: { method: 'DELETE', path: `${base}/${documentId}` },
  }
  return routes[action]
}

const SUBMISSION = {
  name: 'Matrix Check',
  email: 'matrix@example.com',
  company: 'Matrix Co',
  websiteUrl: 'https://example.com/',
  consent: true,
  stage: 'new' as const,
  idempotencyKey: 'permission-matrix-check-0001',
}

export function permissionMatrixSuite(context: CmsContext): void {
  describe('anonymous permission matrix', () => {
    const documentIds = new Map<string, string>()

    beforeAll(async () => {
      const { strapi } = context.cms
      const submission = await strapi.documents('api::assessment-submission.assessment-submission').create({ data: SUBMISSION })
      documentIds.set('api::assessment-submission.assessment-submission', submission.documentId)
      for (const row of CONTENT_TYPES.filter(entry => entry.kind === 'collection' && !documentIds.has(entry.uid))) {
        const document = await strapi.documents(row.uid as 'api::service.service').findFirst({ status: 'published' })
        if (!document)
          throw new Error(`No published ${row.uid} to test with`)
        documentIds.set(row.uid, document.documentId)
      }
    })

    const cells = CONTENT_TYPES.flatMap(row => ACTIONS.map(action => ({ row, action })))
    it.each(cells)('$row.path × $action', async ({ row, action }) => {
      const route = request(row, action, documentIds.get(row.uid) ?? 'missing')
      if (!route) {
        const response = await fetch(`${context.cms.url}/api/${row.path}`, { method: 'POST', body: '{}', headers: { 'Content-Type': 'application/json' } })
        expect(response.status, `${row.path} has no ${action} route`).toBe(405)
        return
      }
      const response = await fetch(`${context.cms.url}${route.path}`, {
        method: route.method,
        headers: { 'Content-Type': 'application/json' },
        body: route.method === 'GET' || route.method === 'DELETE' ? undefined : JSON.stringify({ data: { title: 'Hijacked', name: 'Hijacked' } }),
      })
      if (row.publicActions.includes(action)) {
        expect(response.status).toBe(200)
      }
      else {
        expect([401, 403]).toContain(response.status)
        const body = await response.json() as { data: unknown, error?: { message: string } }
        expect(body.data).toBeNull()
        expect(body.error?.message).toBeTruthy()
      }
    })

    it('leaves refused writes without effect', async () => {
      const { strapi } = context.cms
      const submissions = await strapi.documents('api::assessment-submission.assessment-submission').findMany({})
      expect(submissions.map(submission => submission.name)).toEqual(['Matrix Check'])
      const globalSettings = await strapi.documents('api::global.global').findFirst()
      expect(globalSettings?.agencyName).not.toBe('Hijacked')
      await strapi.documents('api::assessment-submission.assessment-submission').delete({ documentId: documentIds.get('api::assessment-submission.assessment-submission') ?? '' })
    })

    it.each([
      { method: 'GET', path: '/api/users' },
      { method: 'POST', path: '/api/auth/local/register' },
      { method: 'GET', path: '/api/users-permissions/roles' },
      { method: 'POST', path: '/api/upload' },
    ])('refuses $method $path', async ({ method, path }) => {
      const response = await fetch(`${context.cms.url}${path}`, {
        method,
        headers: { 'Content-Type': 'application/json' },
        body: method === 'POST' ? JSON.stringify({ username: 'mallory', email: 'mallory@example.com', password: 'Password-123' }) : undefined,
      })
      expect([401, 403]).toContain(response.status)
    })
  })

  describe('CORS', () => {
    it.each([
      { origin: 'http://localhost:3000', allowed: true },
      { origin: 'https://evil.example', allowed: false },
      { origin: 'http://localhost:3000.evil.example', allowed: false },
    ])('answers a preflight from $origin with allowed=$allowed', async ({ origin, allowed }) => {
      const response = await fetch(`${context.cms.url}/api/articles`, {
        method: 'OPTIONS',
        headers: { 'Origin': origin, 'Access-Control-Request-Method': 'GET' },
      })
      expect(response.headers.get('access-control-allow-origin')).toBe(allowed ? origin : null)
    })
  })
}
