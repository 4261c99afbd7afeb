import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { assessmentSubmissionSchema, CmsError, createCmsClient, DEV_ASSESSMENT_API_TOKEN, listResponseSchema } from '@agency/shared'
import { TEST_NOTIFY_EMAIL } from '@agency/test-support/cms-server'
import { eventually } from '@agency/test-support/wait'
import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { createAuditQueue } from '../../../src/assessment/audit-queue'
import { testSiteFetchOptions } from '../../../src/assessment/audit-runner'

const UID = 'api::assessment-submission.assessment-submission'

const key = () => crypto.randomUUID()

function validInput(overrides: Record<string, unknown> = {}) {
  return {
    name: '  Ada Lovelace ',
    email: 'Ada@Example.COM ',
    company: 'Analytical Engines Ltd',
    websiteUrl: 'Example.com/Shop#top',
    phone: '+44 20 7946 0000',
    services: ['web-design', 'social-media'],
    message: 'Our site is slow on phones.',
    consent: true,
    sourcePage: '/services/web-design',
    idempotencyKey: key(),
    ...overrides,
  }
}

interface StoredAudit {
  score: number | null
  auditReport: { checks: Array<{ id: string, status: string }> } | null
}

async function post(url: string, token: string, data: unknown): Promise<{ status: number, body: { data: { documentId: string } | null, error?: { message: string, details?: { errors?: Array<{ path: string[], message: string }> } } } }> {
  const response = await fetch(`${url}/api/assessment-submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${token}` },
    body: JSON.stringify({ data }),
  })
  return { status: response.status, body: await response.json() as never }
}

export function assessmentsSuite(context: CmsContext): void {
  describe('assessment submissions', () => {
    const count = () => context.cms.strapi.db.query(UID).count()

    it('stores a request from the form token, normalised, with its services and consent time', async () => {
      const input = validInput()
      const { status, body } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, input)
      expect(status).toBe(201)
      const stored = await context.cms.strapi.documents(UID).findOne({ documentId: body.data?.documentId ?? '', populate: ['services'] })
      expect(stored).toMatchObject({
        name: 'Ada Lovelace',
        email: 'ada@example.com',
        websiteUrl: 'https://example.com/Shop',
        stage: 'new',
        consent: true,
        idempotencyKey: input.idempotencyKey,
      })
      expect(stored?.consentAt).toBeTruthy()
      expect(stored?.services?.map(service => service.slug).sort()).toEqual(['social-media', 'web-design'])
    })

    it('returns the original record for a repeated idempotency key, also under concurrency', async () => {
      const input = validInput()
      const first = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, input)
      const repeat = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, { ...input, name: 'Someone Else' })
      expect(first.status).toBe(201)
      expect(repeat.status).toBe(200)
      expect(repeat.body.data?.documentId).toBe(first.body.data?.documentId)

      const racing = validInput()
      const results = await Promise.all(Array.from({ length: 12 }, () => post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, racing)))
      expect(results.every(result => result.status === 200 || result.status === 201)).toBe(true)
      expect(new Set(results.map(result => result.body.data?.documentId)).size).toBe(1)
      expect(await context.cms.strapi.db.query(UID).count({ where: { idempotencyKey: racing.idempotencyKey } })).toBe(1)
    })

    it('answers invalid input with 400 and a message per field, storing nothing', async () => {
      const before = await count()
      const client = createCmsClient({ baseURL: context.cms.url, token: DEV_ASSESSMENT_API_TOKEN })
      const failure = await client.assessments.create(validInput({ email: 'not-an-email', websiteUrl: 'javascript:alert(1)', consent: false }) as never).catch((error: unknown) => error)
      expect(failure).toBeInstanceOf(CmsError)
      expect(failure).toMatchObject({ kind: 'bad-request', status: 400 })
      const fields = (failure as CmsError).fieldErrors
      expect(Object.keys(fields).sort()).toEqual(['consent', 'email', 'websiteUrl'])
      expect(fields.email?.[0]).toContain('email address')

      const unknownService = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, validInput({ services: ['time-travel'] }))
      expect(unknownService.status).toBe(400)
      expect(unknownService.body.error?.details?.errors?.[0]).toMatchObject({ path: ['services'], message: 'Unknown service: time-travel.' })
      expect(await count()).toBe(before)
    })

    it('refuses malformed payloads of every shape with a 4xx and a message', async () => {
      const before = await count()
      const payload = fc.oneof(
        fc.anything(),
        fc.record({
          name: fc.oneof(fc.string(), fc.constant(''), fc.integer()),
          email: fc.oneof(fc.string(), fc.emailAddress().map(email => `${email}@`)),
          company: fc.string({ maxLength: 200 }),
          websiteUrl: fc.oneof(fc.string(), fc.constantFrom('ftp://x.example', 'http://', 'localhost', 'javascript:alert(1)')),
          consent: fc.oneof(fc.boolean(), fc.string(), fc.constant(null)),
          idempotencyKey: fc.oneof(fc.string({ maxLength: 10 }), fc.constant('../../etc/passwd')),
        }, { requiredKeys: [] }),
      )
      await fc.assert(fc.asyncProperty(payload, async (data) => {
        const { status, body } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, data)
        expect(status).toBeGreaterThanOrEqual(400)
        expect(status).toBeLessThan(500)
        expect(body.error?.message).toBeTruthy()
      }), { numRuns: 150 })
      expect(await count()).toBe(before)
    })

    it('gives the form token no other access', async () => {
      const headers = { Authorization: `Bearer ${DEV_ASSESSMENT_API_TOKEN}` }
      const stored = await context.cms.strapi.documents(UID).findFirst()
      for (const [method, path] of [['GET', ''], ['GET', `/${stored?.documentId}`], ['PUT', `/${stored?.documentId}`], ['DELETE', `/${stored?.documentId}`]] as const) {
        const response = await fetch(`${context.cms.url}/api/assessment-submissions${path}`, { method, headers })
        expect(response.status, `${method} ${path}`).toBe(403)
      }
      expect((await fetch(`${context.cms.url}/api/articles`, { headers })).status).toBe(403)
    })

    it('lets a full-access token list submissions for CRM sync, newest first', async () => {
      const tokens = context.cms.strapi.service('admin::api-token-content-api') as unknown as { create: (attributes: object) => Promise<{ accessKey: string }> }
      const { accessKey } = await tokens.create({ name: `crm-${key()}`, description: 'CRM sync', type: 'full-access', lifespan: null })
      const response = await fetch(`${context.cms.url}/api/assessment-submissions?pagination[pageSize]=100`, { headers: { Authorization: `Bearer ${accessKey}` } })
      expect(response.status).toBe(200)
      const list = listResponseSchema(assessmentSubmissionSchema).parse(await response.json())
      expect(list.data.length).toBeGreaterThan(0)
      const created = list.data.map(entry => entry.createdAt)
      expect(created).toEqual([...created].sort().reverse())
      expect(list.data.find(entry => entry.services?.length)?.services?.[0]).toMatchObject({ slug: expect.any(String), title: expect.any(String) })
    })

    it('emails the team and the visitor about a new request', async () => {
      const input = validInput({ email: 'grace@hopper.example', company: 'Compilers Inc' })
      const { body } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, input)
      const team = await context.cms.mailbox.waitFor(mail => mail.to.includes(TEST_NOTIFY_EMAIL) && mail.subject.includes('Compilers Inc'))
      expect(team.text).toContain('grace@hopper.example')
      expect(team.text).toContain('https://example.com/Shop')
      expect(team.text).toContain(`/admin/content-manager/collection-types/${UID}/${body.data?.documentId}`)
      const visitor = await context.cms.mailbox.waitFor(mail => mail.to.includes('grace@hopper.example'))
      expect(visitor.subject).toBe('We\'ve received your FREE Website Assessment request')
      expect(visitor.text).toContain('two business days')
    })

    it('keeps the request when email cannot be sent', async () => {
      const email = context.cms.strapi.plugin('email').service('email') as { send: (message: unknown) => Promise<unknown> }
      const send = email.send
      email.send = () => Promise.reject(new Error('SMTP is down'))
      try {
        const { status, body } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, validInput())
        expect(status).toBe(201)
        expect(await context.cms.strapi.documents(UID).findOne({ documentId: body.data?.documentId ?? '' })).toBeTruthy()
      }
      finally {
        email.send = send
      }
    })

    it('audits the submitted website in the background and stores report and score', async () => {
      const { body } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, validInput({ websiteUrl: context.cms.fixtureSite.url }))
      const stored = await eventually(async () => {
        const row = await context.cms.strapi.db.query(UID).findOne({ where: { documentId: body.data?.documentId } }) as StoredAudit
        return row.auditReport ? row : null
      }, { awaiting: 'the stored audit report' })
      expect(stored.score).toBeGreaterThanOrEqual(70)
      expect(stored.auditReport?.checks.length).toBeGreaterThanOrEqual(12)
      expect(stored.auditReport?.checks.find(check => check.id === 'https')?.status).toBe('fail')
      expect(stored.auditReport?.checks.find(check => check.id === 'title')?.status).toBe('pass')
    })

    it('picks up submissions left without an audit, as after a restart', async () => {
      const { strapi, fixtureSite } = context.cms
      const documentId = (await strapi.db.query(UID).create({
        data: { ...validInput(), websiteUrl: fixtureSite.url, services: [], consent: true, stage: 'new' },
      }) as { documentId: string }).documentId
      const restarted = createAuditQueue(strapi, { fetchOptions: testSiteFetchOptions(strapi) })
      expect(await restarted.resumePending()).toBeGreaterThanOrEqual(1)
      await restarted.idle()
      const stored = await strapi.db.query(UID).findOne({ where: { documentId } }) as StoredAudit
      expect(stored.score).toBeGreaterThan(0)
      await restarted.stop()
    })

    it('refuses a body over the size limit with 413', async () => {
      const { status } = await post(context.cms.url, DEV_ASSESSMENT_API_TOKEN, validInput({ message: 'x'.repeat(300_000) }))
      expect(status).toBe(413)
    })
  })
}
