import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import { describe, expect, it } from 'vitest'

const UID = 'api::assessment-submission.assessment-submission'

interface AdminUserService {
  create: (attributes: { email: string, firstname: string, lastname: string, password: string, isActive: boolean, roles: number[] }) => Promise<{ id: number }>
  deleteById: (id: number) => Promise<unknown>
}

interface AdminRoleService {
  create: (attributes: { name: string, description: string }) => Promise<{ id: number }>
  assignPermissions: (roleId: number, permissions: Array<{ action: string, subject?: string }>) => Promise<unknown>
  deleteByIds: (ids: number[]) => Promise<unknown>
}

export interface AdminSession {
  token: string
  remove: () => Promise<unknown>
}

/** Signs a new user of `roleId` in to the admin, as a person would in the browser. */
async function signIn(context: CmsContext, roleId: number): Promise<AdminSession> {
  const { strapi, url } = context.cms
  const email = `editor-${crypto.randomUUID().slice(0, 8)}@kestrel.example`
  const password = `Editor-${crypto.randomUUID()}`
  const users = strapi.service('admin::user') as unknown as AdminUserService
  const user = await users.create({ email, firstname: 'Eda', lastname: 'Editor', password, isActive: true, roles: [roleId] })
  const response = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
  expect(response.status).toBe(200)
  const { data } = await response.json() as { data: { token: string } }
  return { token: data.token, remove: () => users.deleteById(user.id) }
}

/** Signs in to the admin as a new user with the Editor role. */
export async function signInAsEditor(context: CmsContext): Promise<AdminSession> {
  const role = await context.cms.strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } }) as { id: number }
  return signIn(context, role.id)
}

/** Signs in as a new user of a new role holding only `permissions`; removing the session removes the role too. */
export async function signInWithRole(context: CmsContext, name: string, permissions: Array<{ action: string, subject?: string }>): Promise<AdminSession> {
  const roles = context.cms.strapi.service('admin::role') as unknown as AdminRoleService
  const role = await roles.create({ name: `${name} ${crypto.randomUUID().slice(0, 8)}`, description: 'Made by a test.' })
  await roles.assignPermissions(role.id, permissions)
  const session = await signIn(context, role.id)
  return { token: session.token, remove: async () => {
    await session.remove()
    await roles.deleteByIds([role.id])
  } }
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
