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

interface AdminUserService {
  create: (attributes: { email: string, firstname: string, lastname: string, password: string, isActive: boolean, roles: number[] }) => Promise<{ id: number }>
  deleteById: (id: number) => Promise<unknown>
}

/**
 * Creates a user with the given admin role and signs in through POST /admin/login, as someone with that
 * role would in the browser.
 */
export async function signInAs(cms: RunningCms, roleCode: AdminRoleCode): Promise<AdminSession> {
  const { strapi, url } = cms
  const role = await strapi.db.query('admin::role').findOne({ where: { code: roleCode } }) as { id: number } | null
  if (!role)
    throw new Error(`No admin role ${roleCode}`)
  const email = `${roleCode}-${crypto.randomUUID().slice(0, 8)}@kestrel.example`
  const password = `Session-${crypto.randomUUID()}`
  const users = strapi.service('admin::user') as unknown as AdminUserService
  const user = await users.create({ email, firstname: 'Test', lastname: roleCode, password, isActive: true, roles: [role.id] })
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
