import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'
import { signInAs } from '../../support/admin-session'

const UID = 'api::assessment-submission.assessment-submission'

export function editorDeskSuite(context: CmsContext): void {
  describe('the editor\'s desk, through the admin API', () => {
    it('lets an editor move a lead from new to contacted with a note, and lists it by stage', async () => {
      const { strapi } = context.cms
      const lead = await strapi.documents(UID).create({
        data: { name: 'Grace Hopper', email: 'grace@example.com', company: 'Compilers Inc', websiteUrl: 'https://example.com/', consent: true, stage: 'new', idempotencyKey: `editor-desk-${crypto.randomUUID()}` },
      })
      const editor = await signInAs(context.cms, 'strapi-editor')
      try {
        const admin = (path: string, init: RequestInit = {}) => editor.fetch(`/content-manager/collection-types/${UID}${path}`, init)
        const opened = await (await admin(`/${lead.documentId}`)).json() as { data: { stage: string } }
        expect(opened.data.stage).toBe('new')

        const saved = await admin(`/${lead.documentId}`, { method: 'PUT', body: JSON.stringify({ stage: 'contacted', notes: 'Called on Tuesday; sending a proposal.' }) })
        expect(saved.status).toBe(200)
        expect(await strapi.documents(UID).findOne({ documentId: lead.documentId })).toMatchObject({ stage: 'contacted', notes: 'Called on Tuesday; sending a proposal.' })

        const listed = await (await admin(`?filters[stage][$eq]=contacted&pageSize=100`)).json() as { results: Array<{ documentId: string, stage: string }> }
        expect(listed.results.map(result => result.documentId)).toContain(lead.documentId)
        expect(listed.results.every(result => result.stage === 'contacted')).toBe(true)

        const refused = await admin(`/${lead.documentId}`, { method: 'PUT', body: JSON.stringify({ stage: 'archived' }) })
        expect(refused.status).toBe(400)
      }
      finally {
        await editor.end()
        await strapi.documents(UID).delete({ documentId: lead.documentId })
      }
    })
  })
}
