import type { RunningCms } from './cms'
import crypto from 'node:crypto'

/** The admin roles the suites sign in with: the agency's Editor and Strapi's Super Admin. */
export type AdminRoleCode = 'strapi-editor' | 'strapi-super-admin'

export interface AdminSession {
  /** Calls the CMS as this user, with the session's bearer token; a string body is sent as JSON. */
  fetch: (path: string, init?: RequestInit) => Promise<Response>
  /** Signs the user out for good: the user is deleted. */
  end: () => Promise<void>
}

interface AdminRoleService {
  create: (attributes: { name: string, description: string }) => Promise<{ id: number }>
  assignPermissions: (roleId: number, permissions: Array<{ action: string, subject?: string }>) => Promise<unknown>
  deleteByIds: (ids: number[]) => Promise<unknown>
}

interface AdminUserService {
  create: (attributes: { email: string, firstname: string, lastname: string, password: string, isActive: boolean, roles: number[] }) => Promise<{ id: number }>
  deleteById: (id: number) => Promise<unknown>
}

/**
 * Creates a user with the given admin role and signs in through POST /admin/login, as someone with that
 * role would in the browser.
 */
export async function signInAs(cms: RunningCms, roleCode: AdminRoleCode): Promise<AdminSession> {
  const role = await cms.strapi.db.query('admin::role').findOne({ where: { code: roleCode } }) as { id: number } | null
  if (!role)
    throw new Error(`No admin role ${roleCode}`)
  return signInWithRoleId(cms, role.id, roleCode)
}

/** Signs in as a user of a new role that holds only `permissions`; ending the session removes the role too. */
export async function signInWithPermissions(cms: RunningCms, permissions: Array<{ action: string, subject?: string }>): Promise<AdminSession> {
  const roles = cms.strapi.service('admin::role') as unknown as AdminRoleService
  const role = await roles.create({ name: `Limited ${crypto.randomUUID().slice(0, 8)}`, description: 'A role made by a test.' })
  await roles.assignPermissions(role.id, permissions)
  const session = await signInWithRoleId(cms, role.id, 'limited')
  return {
    fetch: session.fetch,
    end: async () => {
      await session.end()
      await roles.deleteByIds([role.id])
    },
  }
}

async function signInWithRoleId(cms: RunningCms, roleId: number, roleCode: string): Promise<AdminSession> {
  const { strapi, url } = cms
  const email = `${roleCode}-${crypto.randomUUID().slice(0, 8)}@kestrel.example`
  const password = `Session-${crypto.randomUUID()}`
  const users = strapi.service('admin::user') as unknown as AdminUserService
  const user = await users.create({ email, firstname: 'Test', lastname: roleCode, password, isActive: true, roles: [roleId] })
  try {
    const response = await fetch(`${url}/admin/login`, { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: JSON.stringify({ email, password }) })
    if (!response.ok)
      throw new Error(`Signing in with ${roleCode} answered ${response.status}: ${await response.text()}`)
    const { data } = await response.json() as { data: { token: string } }
    return {
      fetch: (path, init = {}) => fetch(`${url}${path}`, {
        ...init,
        headers: {
          Authorization: `Bearer ${data.token}`,
          // FormData bodies carry their own multipart boundary and must not be labelled JSON.
          ...(typeof init.body === 'string' ? { 'Content-Type': 'application/json' } : {}),
          ...init.headers,
        },
      }),
      end: async () => {
        await users.deleteById(user.id)
      },
    }
  }
  catch (error) {
    await users.deleteById(user.id)
    throw error
  }
}
