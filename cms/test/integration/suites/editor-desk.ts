import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

const UID = 'api::assessment-submission.assessment-submission'

interface AdminUserService {
  create: (attributes: { email: string, firstname: string, lastname: string, password: string, isActive: boolean, roles: number[] }) => Promise<{ id: number }>
  deleteById: (id: number) => Promise<unknown>
}

/** Signs in to the admin as a new user with the Editor role, as an editor would in the browser. */
async function signInAsEditor(context: CmsContext): Promise<{ token: string, remove: () => Promise<unknown> }> {
  const { strapi, url } = context.cms
  const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } }) as { id: number }
  const email = `editor-${crypto.randomUUID().slice(0, 8)}@kestrel.example`
  const password = `Editor-${crypto.randomUUID()}`
  const users = strapi.service('admin::user') as unknown as AdminUserService
  const editor = await users.create({ email, firstname: 'Eda', lastname: 'Editor', password, isActive: true, roles: [role.id] })
  const response = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  expect(response.status).toBe(200)
  const { data } = await response.json() as { data: { token: string } }
  return { token: data.token, remove: () => users.deleteById(editor.id) }
}

export function editorDeskSuite(context: CmsContext): void {
  describe('the editor\'s desk, through the admin API', () => {
    it('lets an editor move a lead from new to contacted with a note, and lists it by stage', async () => {
      const { strapi, url } = context.cms
      const lead = await strapi.documents(UID).create({
        data: { name: 'Grace Hopper', email: 'grace@example.com', company: 'Compilers Inc', websiteUrl: 'https://example.com/', consent: true, stage: 'new', idempotencyKey: `editor-desk-${crypto.randomUUID()}` },
      })
      const editor = await signInAsEditor(context)
      try {
        const admin = (path: string, init: RequestInit = {}) => fetch(`${url}/content-manager/collection-types/${UID}${path}`, {
          ...init,
          headers: { 'Authorization': `Bearer ${editor.token}`, 'Content-Type': 'application/json', ...init.headers },
        })
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
        await editor.remove()
        await strapi.documents(UID).delete({ documentId: lead.documentId })
      }
    })
  })
}
