import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { parse } from 'csv-parse/sync'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { AdminSession } from '../../support/admin-session'
import { signInAs, signInWithPermissions } from '../../support/admin-session'

const UID = 'api::assessment-submission.assessment-submission'

interface Lead {
  documentId: string
  id: number
}

/** A report from long ago, so the background auditor leaves the lead alone and a new run is allowed. */
const OLD_REPORT = { version: 1, url: 'https://example.com/', finalUrl: 'https://example.com/', fetchedAt: '2025-01-01T00:00:00.000Z', score: 40, checks: [] }

/** A stored lead, received on `receivedAt` (set in the database, as the form cannot backdate). */
async function storeLead(context: CmsContext, fields: Record<string, unknown>, receivedAt: string): Promise<Lead> {
  const { strapi } = context.cms
  const lead = await strapi.documents(UID).create({
    data: { email: 'lead@example.com', company: 'Lead Co', websiteUrl: 'https://example.com/', consent: true, stage: 'new', idempotencyKey: `lead-desk-${crypto.randomUUID()}`, name: 'A Lead', auditReport: OLD_REPORT, ...fields },
  }) as Lead
  await strapi.db.query(UID).update({ where: { id: lead.id }, data: { createdAt: new Date(receivedAt) } })
  return lead
}

export function leadDeskSuite(context: CmsContext): void {
  describe('the lead desk, through the admin API as an Editor', () => {
    let editor: AdminSession
    const leads: Lead[] = []
    const desk = (path: string, init: RequestInit = {}, session = editor) => session.fetch(`/lead-desk${path}`, init)

    beforeAll(async () => {
      editor = await signInAs(context.cms, 'strapi-editor')
      const webDesign = await context.cms.strapi.documents('api::service.service').findFirst({ filters: { slug: 'web-design' }, status: 'published' })
      leads.push(
        await storeLead(context, { name: '=HYPERLINK("http://attacker.example","Click")', stage: 'contacted', services: [webDesign?.documentId], phone: '+44 20 7946 0000', message: 'Hello, "team"\nSecond line' }, '2025-03-10T09:00:00Z'),
        await storeLead(context, { name: 'March New', stage: 'new' }, '2025-03-20T09:00:00Z'),
        await storeLead(context, { name: 'April Contacted', stage: 'contacted' }, '2025-04-02T09:00:00Z'),
      )
    })

    afterAll(async () => {
      await editor.end()
      await Promise.all(leads.map(({ documentId }) => context.cms.strapi.documents(UID).delete({ documentId })))
    })

    it('exports the leads of a stage and a date range as CSV, with cells that could run as formulas defused', async () => {
      const response = await desk('/leads.csv?stage=contacted&from=2025-03-01&to=2025-03-31')
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toBe('text/csv; charset=utf-8')
      expect(response.headers.get('content-disposition')).toMatch(/^attachment; filename="leads-\d{4}-\d{2}-\d{2}\.csv"$/)
      const rows = parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>
      expect(rows).toHaveLength(1)
      expect(rows[0]).toMatchObject({
        Received: '2025-03-10T09:00:00.000Z',
        Name: '\'=HYPERLINK("http://attacker.example","Click")',
        Phone: '\'+44 20 7946 0000',
        Message: 'Hello, "team"\nSecond line',
        Stage: 'contacted',
      })
    })

    it('takes several stages and a day range that includes its last day', async () => {
      const response = await desk('/leads.csv?stage=new,contacted&from=2025-03-20&to=2025-04-02')
      const names = (parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>).map(row => row.Name)
      expect(names).toEqual(['March New', 'April Contacted'])
    })

    it.each([
      ['?stage=archived', 'Unknown stage "archived"'],
      ['?from=2025-02-30', '"from" must be a date written as YYYY-MM-DD'],
      ['?from=2025-04-01&to=2025-03-01', '"from" must not be after "to"'],
    ])('answers %s with 400 and says what is wrong', async (query, message) => {
      const response = await desk(`/leads.csv${query}`)
      expect(response.status).toBe(400)
      expect(((await response.json()) as { error: { message: string } }).error.message).toContain(message)
    })

    it('streams a large export in batches, every lead once', async () => {
      const { strapi } = context.cms
      const day = '2024-06-15'
      const many = Array.from({ length: 1_050 }, (_, index) => ({
        documentId: crypto.randomUUID().replaceAll('-', '').slice(0, 24),
        name: `Bulk ${index}`,
        email: 'bulk@example.com',
        company: 'Bulk Co',
        websiteUrl: 'https://example.com/',
        consent: true,
        stage: 'lost',
        idempotencyKey: `bulk-${crypto.randomUUID()}`,
        createdAt: new Date(`${day}T10:00:00Z`),
        updatedAt: new Date(`${day}T10:00:00Z`),
      }))
      await strapi.db.query(UID).createMany({ data: many })
      try {
        const response = await desk(`/leads.csv?stage=lost&from=${day}&to=${day}`)
        expect(response.headers.get('transfer-encoding')).toBe('chunked')
        const names = (parse(await response.text(), { bom: true, columns: true }) as Array<Record<string, string>>).map(row => row.Name)
        expect(names).toHaveLength(many.length)
        expect(new Set(names).size).toBe(many.length)
      }
      finally {
        await strapi.db.query(UID).deleteMany({ where: { stage: 'lost', createdAt: { $lt: new Date(`${day}T23:59:59Z`), $gte: new Date(`${day}T00:00:00Z`) } } })
      }
    })

    it('audits a lead\'s website again on request, at most once a minute', async () => {
      const { strapi, fixtureSite } = context.cms
      const lead = await storeLead(context, { websiteUrl: fixtureSite.url }, '2025-05-01T09:00:00Z')
      leads.push(lead)
      const first = await desk(`/leads/${lead.documentId}/audit`, { method: 'POST' })
      expect(first.status).toBe(200)
      const { data: report } = await first.json() as { data: { url: string, score: number, checks: Array<{ id: string, status: string }> } }
      expect(report.url).toBe(fixtureSite.url)
      expect(report.checks.find(check => check.id === 'title')?.status).toBe('pass')
      expect(await strapi.db.query(UID).findOne({ where: { id: lead.id } })).toMatchObject({ score: report.score, auditReport: { url: fixtureSite.url } })

      const again = await desk(`/leads/${lead.documentId}/audit`, { method: 'POST' })
      expect(again.status).toBe(429)
      expect(Number(again.headers.get('retry-after'))).toBeGreaterThan(50)
      expect(((await again.json()) as { error: { message: string } }).error.message).toMatch(/less than a minute ago/)
    })

    it('keeps the audit\'s address rules when run again: a private address is reported, not fetched', async () => {
      const lead = await storeLead(context, { websiteUrl: 'http://10.0.0.1/admin' }, '2025-05-02T09:00:00Z')
      leads.push(lead)
      const response = await desk(`/leads/${lead.documentId}/audit`, { method: 'POST' })
      const { data: report } = await response.json() as { data: { score: number, checks: Array<{ id: string, status: string }> } }
      expect(report.score).toBe(0)
      expect(report.checks).toEqual([expect.objectContaining({ id: 'reachable', status: 'fail' })])
    })

    it('answers 404 for a lead that does not exist', async () => {
      expect((await desk('/leads/nosuchlead000000000000000/audit', { method: 'POST' })).status).toBe(404)
    })

    it('feeds the home page widgets: new leads by stage, latest audits, drafts waiting', async () => {
      const { strapi } = context.cms
      const since = '2025-03-15T00:00:00Z'
      const newLeads = await (await desk(`/new-leads?since=${since}`)).json() as { data: { stages: Array<{ stage: string, count: number }> } }
      const expected = await Promise.all(['new', 'contacted'].map(stage => strapi.db.query(UID).count({ where: { stage, createdAt: { $gte: new Date(since) } } })))
      expect(newLeads.data.stages.find(row => row.stage === 'new')?.count).toBe(expected[0])
      expect(newLeads.data.stages.find(row => row.stage === 'contacted')?.count).toBe(expected[1])
      expect(newLeads.data.stages.map(row => row.stage)).toEqual(['new', 'in_review', 'contacted', 'won', 'lost'])
      expect((await desk('/new-leads?since=yesterday')).status).toBe(400)

      const audits = await (await desk('/latest-audits')).json() as { data: Array<{ documentId: string, score: number | null, auditedAt: string | null }> }
      expect(audits.data[0]?.auditedAt).toEqual(expect.any(String))

      const draft = await strapi.documents('api::article.article').create({ data: { title: 'Waiting for its editor', slug: `waiting-${crypto.randomUUID().slice(0, 8)}`, excerpt: 'A draft no one has published yet.', author: { name: 'Eda Editor' }, body: 'Almost there.', publishedDate: '2025-05-01' } })
      try {
        const drafts = await (await desk('/drafts')).json() as { data: Array<{ documentId: string, title: string, state: string, contentTypeName: string }> }
        expect(drafts.data[0]).toMatchObject({ documentId: draft.documentId, title: 'Waiting for its editor', state: 'draft', contentTypeName: 'Article' })
        const published = await strapi.documents('api::service.service').findFirst({ status: 'published' })
        expect(drafts.data.map(row => row.documentId)).not.toContain(published?.documentId)
      }
      finally {
        await strapi.documents('api::article.article').delete({ documentId: draft.documentId })
      }
    })

    it('refuses the export, the audit and the lead widgets to a role that may not read leads, and to nobody signed in', async () => {
      const articlesOnly = await signInWithPermissions(context.cms, [{ action: 'plugin::content-manager.explorer.read', subject: 'api::article.article' }])
      try {
        for (const [path, method] of [['/leads.csv', 'GET'], ['/new-leads', 'GET'], ['/latest-audits', 'GET'], [`/leads/${leads[0]?.documentId}/audit`, 'POST']] as const) {
          const response = await desk(path, { method }, articlesOnly)
          expect(response.status, path).toBe(403)
        }
        expect((await desk('/drafts', {}, articlesOnly)).status).toBe(200)
      }
      finally {
        await articlesOnly.end()
      }
      expect((await fetch(`${context.cms.url}/lead-desk/leads.csv`)).status).toBe(401)
    })
  })
}
