import type { Core } from '@strapi/strapi'
import crypto from 'node:crypto'
import fs from 'node:fs'
import path from 'node:path'
import { appRoot } from '../utils/app-root'

interface Credentials {
  email: string
  password: string
}

const CREDENTIALS_FILE = path.join(appRoot(), '.tmp', 'dev-admin.json')

interface AdminUserService {
  exists: () => Promise<boolean>
  create: (data: Record<string, unknown>) => Promise<unknown>
}

interface AdminRoleService {
  getSuperAdmin: () => Promise<{ id: number } | null>
}

/** A password that satisfies Strapi's rules (8+ characters with upper, lower and a digit). */
function generatePassword(): string {
  return `Dev-${crypto.randomBytes(12).toString('base64url')}-a1A`
}

function readSavedCredentials(): Credentials | null {
  try {
    return JSON.parse(fs.readFileSync(CREDENTIALS_FILE, 'utf8')) as Credentials
  }
  catch {
    return null
  }
}

function announce(strapi: Core.Strapi, { email, password }: Credentials, created: boolean): void {
  const adminUrl = `${strapi.config.get<string>('server.absoluteUrl', '')}${strapi.config.get<string>('admin.path', '/admin')}`
  strapi.log.info([
    created ? 'Development admin created.' : 'Development admin login (unless you changed it in the admin):',
    `  URL:      ${adminUrl}`,
    `  Email:    ${email}`,
    `  Password: ${password}`,
  ].join('\n'))
}

/**
 * In development only: when no admin exists, creates a super admin from ADMIN_EMAIL / ADMIN_PASSWORD,
 * or with a generated password kept in .tmp/dev-admin.json (git-ignored) and printed at start.
 */
export async function ensureDevAdmin(strapi: Core.Strapi): Promise<void> {
  if (strapi.config.get('environment') === 'production')
    return
  const users = strapi.service('admin::user') as unknown as AdminUserService
  if (await users.exists()) {
    const saved = readSavedCredentials()
    if (saved)
      announce(strapi, saved, false)
    return
  }

  const superAdmin = await (strapi.service('admin::role') as unknown as AdminRoleService).getSuperAdmin()
  if (!superAdmin)
    throw new Error('The Super Admin role is missing; the admin plugin did not initialise.')

  const credentials: Credentials = {
    email: process.env.ADMIN_EMAIL?.trim() || 'admin@kestrel.example',
    password: process.env.ADMIN_PASSWORD?.trim() || generatePassword(),
  }
  await users.create({
    ...credentials,
    firstname: 'Site',
    lastname: 'Admin',
    isActive: true,
    blocked: false,
    registrationToken: null,
    roles: [superAdmin.id],
  })
  if (!process.env.ADMIN_PASSWORD) {
    fs.mkdirSync(path.dirname(CREDENTIALS_FILE), { recursive: true })
    fs.writeFileSync(CREDENTIALS_FILE, `${JSON.stringify(credentials, null, 2)}\n`, { mode: 0o600 })
  }
  announce(strapi, credentials, true)
}
