import type { Page } from 'playwright-core'
import crypto from 'node:crypto'
import { cmsRequest } from '@agency/test-support/cms-api'
import { TEST_ADMIN } from '@agency/test-support/cms-server'

/** The editor the admin tests sign in as. */
export const EDITOR = { firstname: 'Eda', lastname: 'Editor', email: 'eda.editor@kestrel.example', password: `Editor-${crypto.randomUUID()}` }

/**
 * Invites a user with the Editor role and accepts the invitation, as a Super Admin and the new editor
 * would in the admin (Settings → Users → Invite new user, then the registration link).
 */
export async function inviteEditor(cmsUrl: string): Promise<void> {
  const { data: { token } } = await cmsRequest<{ data: { token: string } }>(`${cmsUrl}/admin/login`, { method: 'POST', body: JSON.stringify(TEST_ADMIN) })
  const { data: roles } = await cmsRequest<{ data: Array<{ id: number, code: string }> }>(`${cmsUrl}/admin/roles`, { token })
  const editorRole = roles.find(role => role.code === 'strapi-editor')
  const { data: invited } = await cmsRequest<{ data: { registrationToken: string } }>(`${cmsUrl}/admin/users`, {
    method: 'POST',
    token,
    body: JSON.stringify({ firstname: EDITOR.firstname, lastname: EDITOR.lastname, email: EDITOR.email, roles: [editorRole?.id] }),
  })
  await cmsRequest(`${cmsUrl}/admin/register`, {
    method: 'POST',
    body: JSON.stringify({ registrationToken: invited.registrationToken, userInfo: { firstname: EDITOR.firstname, lastname: EDITOR.lastname, password: EDITOR.password } }),
  })
}

/** Signs the editor in through the admin's login page. */
export async function signInEditor(page: Page, cmsUrl: string): Promise<void> {
  await page.goto(`${cmsUrl}/admin/auth/login`)
  await page.getByLabel('Email').fill(EDITOR.email)
  await page.getByLabel('Password').fill(EDITOR.password)
  await page.getByRole('button', { name: 'Login' }).click()
  await page.getByRole('heading', { name: /Hello Eda/ }).waitFor()
}

/** The notice the admin shows once a save or a publish went through. */
export async function confirmed(page: Page, message: string): Promise<void> {
  await page.getByRole('status').filter({ hasText: message }).first().waitFor()
}
