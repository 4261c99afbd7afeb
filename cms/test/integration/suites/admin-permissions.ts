import type { Core } from '@strapi/strapi'
import type { ViewConfigurationService } from '../../../src/admin-fields/configuration'
import type { AdminRoleCode, AdminSession } from '../../support/admin-session'
import type { CmsContext } from '../../support/suite'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { signInAs } from '../../support/admin-session'

const ARTICLE = 'api::article.article'
const SERVICE = 'api::service.service'
const LEAD = 'api::assessment-submission.assessment-submission'

/** A 1×1 transparent PNG, the smallest image the media library accepts. */
const PNG = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mNkYPhfDwAChwGA60e6kgAAAABJRU5ErkJggg==', 'base64')

/**
 * What one request works on, made on demand for it and named with its tag, so that everything it leaves
 * (its own documents and files, and whatever an allowed write created) can be found and removed.
 */
interface Bench {
  strapi: Core.Strapi
  tag: string
  /** The documentId of a draft article. */
  article: () => Promise<string>
  /** The documentId of a draft service. */
  service: () => Promise<string>
  /** The documentId of a new lead. */
  lead: () => Promise<string>
  /** The id of an image in the media library. */
  file: () => Promise<number>
}

/**
 * allowed: 2xx. refused: 403 from the permission check. schema-locked: 403 from the Content-Type Builder,
 * which refuses schema changes outside `strapi develop` after its permission check; so the route exists
 * and the role passed that check.
 */
type Outcome = 'allowed' | 'refused' | 'schema-locked'
type Outcomes = Record<AdminRoleCode, Outcome>

const EVERY_ADMIN: Outcomes = { 'strapi-editor': 'allowed', 'strapi-super-admin': 'allowed' }
const SUPER_ADMIN_ONLY: Outcomes = { 'strapi-editor': 'refused', 'strapi-super-admin': 'allowed' }
const SCHEMA_CHANGE: Outcomes = { 'strapi-editor': 'refused', 'strapi-super-admin': 'schema-locked' }

const SCHEMA_LOCK = 'Content-Type Builder modifications are disabled'

interface Row {
  name: string
  method: 'GET' | 'POST' | 'PUT' | 'DELETE'
  path: string | ((bench: Bench) => Promise<string>)
  body?: (bench: Bench) => Promise<Record<string, unknown> | FormData> | Record<string, unknown> | FormData
  outcomes: Outcomes
  /** Whether a write took effect: it must have when allowed, and must not have when refused. */
  effect?: (bench: Bench) => Promise<boolean>
  /** Removes what the request creates beyond the bench's own documents and files. */
  undo?: (bench: Bench) => Promise<void>
}

const contentManager = (uid: string, suffix = '') => `/content-manager/collection-types/${uid}${suffix}`

const articleData = (title: string, tag: string) => ({
  title,
  slug: `${tag}-${crypto.randomUUID().slice(0, 4)}`,
  excerpt: 'Who may edit what.',
  body: 'A draft the admin permission matrix works on.',
  author: { name: 'Matrix' },
  publishedDate: '2025-01-01',
})

const serviceData = (title: string, tag: string) => ({
  title,
  slug: `${tag}-${crypto.randomUUID().slice(0, 4)}`,
  summary: 'Who may edit what.',
  body: 'A draft the admin permission matrix works on.',
  icon: 'pen' as const,
  order: 99,
})

/**
 * Whether an entry of `uid` whose `field` holds the bench's tag exists, and its removal, with the entries
 * of its `owned` relation: Strapi deletes the link to those, not the entries themselves.
 */
function tagged(uid: string, { field = 'name', owned }: { field?: string, owned?: { relation: string, uid: string } } = {}): Pick<Row, 'effect' | 'undo'> {
  const where = (tag: string) => ({ [field]: { $contains: tag } })
  return {
    effect: async ({ strapi, tag }) => await strapi.db.query(uid).count({ where: where(tag) }) > 0,
    undo: async ({ strapi, tag }) => {
      const entries = await strapi.db.query(uid).findMany({ where: where(tag), populate: owned ? [owned.relation] : [] }) as Array<{ id: number } & Record<string, unknown>>
      for (const entry of entries) {
        // One by one: deleteMany would leave the entries' relation rows behind.
        await strapi.db.query(uid).delete({ where: { id: entry.id } })
        if (owned) {
          for (const { id } of entry[owned.relation] as Array<{ id: number }>)
            await strapi.db.query(owned.uid).delete({ where: { id } })
        }
      }
    },
  }
}

interface WebhookStore {
  findWebhooks: () => Promise<Array<{ id: string, name: string }>>
  deleteWebhook: (id: string) => Promise<unknown>
}

async function taggedWebhooks({ strapi, tag }: Bench): Promise<Array<{ id: string }>> {
  const store = strapi.get('webhookStore') as WebhookStore
  return (await store.findWebhooks()).filter(webhook => webhook.name === tag)
}

/** A content type's or component's view configuration as it is stored, in the shape the admin saves it. */
async function viewConfiguration(strapi: Core.Strapi, kind: 'content-types' | 'components', uid: string): Promise<Record<string, unknown>> {
  const { settings, metadatas, layouts } = await (strapi.plugin('content-manager').service(kind) as ViewConfigurationService).findConfiguration({ uid })
  return { settings, metadatas, layouts }
}

const hasDocument = async (strapi: Core.Strapi, uid: typeof ARTICLE | typeof SERVICE, title: string, status: 'draft' | 'published' = 'draft') =>
  await strapi.documents(uid).count({ filters: { title }, status }) > 0

const ROWS: Row[] = [
  // Content: the Editor's work.
  { name: 'lists articles', method: 'GET', path: contentManager(ARTICLE), outcomes: EVERY_ADMIN },
  {
    name: 'creates an article',
    method: 'POST',
    path: contentManager(ARTICLE),
    body: ({ tag }) => articleData(`${tag} new`, tag),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, ARTICLE, `${tag} new`),
  },
  {
    name: 'updates an article',
    method: 'PUT',
    path: async bench => contentManager(ARTICLE, `/${await bench.article()}`),
    body: ({ tag }) => ({ title: `${tag} edited` }),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, ARTICLE, `${tag} edited`),
  },
  {
    name: 'publishes an article',
    method: 'POST',
    path: async bench => contentManager(ARTICLE, `/${await bench.article()}/actions/publish`),
    body: () => ({}),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, ARTICLE, `${tag} draft`, 'published'),
  },
  {
    name: 'deletes an article',
    method: 'DELETE',
    path: async bench => contentManager(ARTICLE, `/${await bench.article()}`),
    outcomes: EVERY_ADMIN,
    effect: async ({ strapi, tag }) => !await hasDocument(strapi, ARTICLE, `${tag} draft`),
  },
  { name: 'lists services', method: 'GET', path: contentManager(SERVICE), outcomes: EVERY_ADMIN },
  {
    name: 'creates a service',
    method: 'POST',
    path: contentManager(SERVICE),
    body: ({ tag }) => serviceData(`${tag} new`, tag),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, SERVICE, `${tag} new`),
  },
  {
    name: 'updates a service',
    method: 'PUT',
    path: async bench => contentManager(SERVICE, `/${await bench.service()}`),
    body: ({ tag }) => ({ title: `${tag} edited` }),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, SERVICE, `${tag} edited`),
  },
  {
    name: 'publishes a service',
    method: 'POST',
    path: async bench => contentManager(SERVICE, `/${await bench.service()}/actions/publish`),
    body: () => ({}),
    outcomes: EVERY_ADMIN,
    effect: ({ strapi, tag }) => hasDocument(strapi, SERVICE, `${tag} draft`, 'published'),
  },
  { name: 'lists categories', method: 'GET', path: contentManager('api::category.category'), outcomes: EVERY_ADMIN },
  { name: 'opens the global settings of the site', method: 'GET', path: '/content-manager/single-types/api::global.global', outcomes: EVERY_ADMIN },

  // Leads.
  { name: 'lists leads', method: 'GET', path: contentManager(LEAD), outcomes: EVERY_ADMIN },
  { name: 'opens a lead', method: 'GET', path: async bench => contentManager(LEAD, `/${await bench.lead()}`), outcomes: EVERY_ADMIN },
  {
    name: 'moves a lead to another stage',
    method: 'PUT',
    path: async bench => contentManager(LEAD, `/${await bench.lead()}`),
    body: () => ({ stage: 'contacted' }),
    outcomes: EVERY_ADMIN,
    effect: async ({ strapi, tag }) => await strapi.documents(LEAD).count({ filters: { name: tag, stage: 'contacted' } }) > 0,
  },

  // Media.
  { name: 'lists media files', method: 'GET', path: '/upload/files', outcomes: EVERY_ADMIN },
  {
    name: 'uploads an image',
    method: 'POST',
    path: '/upload',
    body: ({ tag }) => {
      const form = new FormData()
      form.append('files', new Blob([PNG], { type: 'image/png' }), `${tag}.png`)
      return form
    },
    outcomes: EVERY_ADMIN,
    effect: async ({ strapi, tag }) => await strapi.db.query('plugin::upload.file').count({ where: { name: `${tag}.png` } }) > 0,
  },
  {
    name: 'describes an image',
    method: 'PUT',
    path: async bench => `/upload/files/${await bench.file()}`,
    body: () => ({ fileInfo: { alternativeText: 'A transparent dot' } }),
    outcomes: EVERY_ADMIN,
    effect: async bench => await bench.strapi.db.query('plugin::upload.file').count({ where: { id: await bench.file(), alternativeText: 'A transparent dot' } }) > 0,
  },
  {
    name: 'deletes an image',
    method: 'DELETE',
    path: async bench => `/upload/files/${await bench.file()}`,
    outcomes: EVERY_ADMIN,
    effect: async bench => await bench.strapi.db.query('plugin::upload.file').count({ where: { id: await bench.file() } }) === 0,
  },

  // Who may sign in and what they may do.
  { name: 'lists admin users', method: 'GET', path: '/admin/users', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'invites an admin user',
    method: 'POST',
    path: '/admin/users',
    body: async ({ strapi, tag }) => {
      const editor = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' } }) as { id: number }
      return { email: `${tag}@kestrel.example`, firstname: 'Invited', lastname: 'Colleague', roles: [editor.id] }
    },
    outcomes: SUPER_ADMIN_ONLY,
    ...tagged('admin::user', { field: 'email' }),
  },
  { name: 'lists admin roles', method: 'GET', path: '/admin/roles', outcomes: SUPER_ADMIN_ONLY },
  { name: 'creates an admin role', method: 'POST', path: '/admin/roles', body: ({ tag }) => ({ name: tag, description: 'Made by the permission matrix' }), outcomes: SUPER_ADMIN_ONLY, ...tagged('admin::role') },
  { name: 'lists the site\'s end users', method: 'GET', path: contentManager('plugin::users-permissions.user'), outcomes: SUPER_ADMIN_ONLY },
  { name: 'lists end-user roles', method: 'GET', path: '/users-permissions/roles', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'creates an end-user role',
    method: 'POST',
    path: '/users-permissions/roles',
    body: ({ tag }) => ({ name: tag, description: 'Made by the permission matrix', permissions: {} }),
    outcomes: SUPER_ADMIN_ONLY,
    ...tagged('plugin::users-permissions.role'),
  },

  // Access from outside: tokens, webhooks, data transfer.
  { name: 'lists API tokens', method: 'GET', path: '/admin/api-tokens', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'creates an API token',
    method: 'POST',
    path: '/admin/api-tokens',
    body: ({ tag }) => ({ name: tag, description: 'Made by the permission matrix', type: 'read-only', lifespan: null }),
    outcomes: SUPER_ADMIN_ONLY,
    ...tagged('admin::api-token'),
  },
  { name: 'lists webhooks', method: 'GET', path: '/admin/webhooks', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'creates a webhook',
    method: 'POST',
    path: '/admin/webhooks',
    // No events: the webhook never fires while it exists.
    body: ({ tag }) => ({ name: tag, url: 'https://hooks.kestrel.example/matrix', headers: {}, events: [] }),
    outcomes: SUPER_ADMIN_ONLY,
    effect: async bench => (await taggedWebhooks(bench)).length > 0,
    undo: async (bench) => {
      const store = bench.strapi.get('webhookStore') as WebhookStore
      const runner = bench.strapi.get('webhookRunner') as { remove: (id: string) => void }
      for (const { id } of await taggedWebhooks(bench)) {
        await store.deleteWebhook(id)
        runner.remove(id)
      }
    },
  },
  { name: 'lists admin tokens', method: 'GET', path: '/admin/admin-tokens', outcomes: SUPER_ADMIN_ONLY },
  { name: 'lists transfer tokens', method: 'GET', path: '/admin/transfer/tokens', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'creates a transfer token',
    method: 'POST',
    path: '/admin/transfer/tokens',
    body: ({ tag }) => ({ name: tag, description: 'Made by the permission matrix', permissions: ['pull'], lifespan: null }),
    outcomes: SUPER_ADMIN_ONLY,
    ...tagged('admin::transfer-token', { owned: { relation: 'permissions', uid: 'admin::transfer-token-permission' } }),
  },

  // Settings.
  { name: 'opens the project settings', method: 'GET', path: '/admin/project-settings', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'saves the layout of articles',
    method: 'PUT',
    path: `/content-manager/content-types/${ARTICLE}/configuration`,
    // The configuration as it is, so that an allowed save changes nothing.
    body: ({ strapi }) => viewConfiguration(strapi, 'content-types', ARTICLE),
    outcomes: SUPER_ADMIN_ONLY,
  },
  {
    name: 'saves the layout of a component',
    method: 'PUT',
    path: '/content-manager/components/shared.seo/configuration',
    body: ({ strapi }) => viewConfiguration(strapi, 'components', 'shared.seo'),
    outcomes: SUPER_ADMIN_ONLY,
  },
  { name: 'opens the media library settings', method: 'GET', path: '/upload/settings', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'saves the media library settings',
    method: 'PUT',
    path: '/upload/settings',
    // The settings as they are, so that an allowed save changes nothing.
    body: async ({ strapi }) => await (strapi.plugin('upload').service('upload') as { getSettings: () => Promise<Record<string, unknown>> }).getSettings(),
    outcomes: SUPER_ADMIN_ONLY,
  },
  { name: 'opens the email settings', method: 'GET', path: '/email/settings', outcomes: SUPER_ADMIN_ONLY },
  {
    name: 'saves the internationalization settings',
    method: 'PUT',
    path: '/i18n/settings',
    body: async ({ strapi }) => await (strapi.plugin('i18n').service('settings') as { getSettings: () => Promise<Record<string, unknown> | null> }).getSettings() ?? {},
    outcomes: SUPER_ADMIN_ONLY,
  },
  { name: 'lists the locales one may add', method: 'GET', path: '/i18n/iso-locales', outcomes: SUPER_ADMIN_ONLY },
  { name: 'adds a locale', method: 'POST', path: '/i18n/locales', body: ({ tag }) => ({ code: 'mt', name: tag, isDefault: false }), outcomes: SUPER_ADMIN_ONLY, ...tagged('plugin::i18n.locale') },
  { name: 'opens the end-user sign-in settings', method: 'GET', path: '/users-permissions/advanced', outcomes: SUPER_ADMIN_ONLY },
  { name: 'opens the end-user email templates', method: 'GET', path: '/users-permissions/email-templates', outcomes: SUPER_ADMIN_ONLY },
  { name: 'opens the end-user sign-in providers', method: 'GET', path: '/users-permissions/providers', outcomes: SUPER_ADMIN_ONLY },
  { name: 'lists installed plugins', method: 'GET', path: '/admin/plugins', outcomes: SUPER_ADMIN_ONLY },

  // The schema.
  { name: 'opens the content-type builder', method: 'GET', path: '/content-type-builder/content-types', outcomes: SUPER_ADMIN_ONLY },
  // An invalid body: were schema changes ever unlocked, the Super Admin's request would still write nothing.
  { name: 'creates a content type', method: 'POST', path: '/content-type-builder/content-types', body: () => ({}), outcomes: SCHEMA_CHANGE },
]

function once<T>(make: () => Promise<T>): () => Promise<T> {
  let made: Promise<T> | undefined
  return () => made ??= make()
}

function openBench(strapi: Core.Strapi): Bench & { clear: () => Promise<void> } {
  const tag = `matrix-${crypto.randomUUID().slice(0, 8)}`
  const draft = (uid: typeof ARTICLE | typeof SERVICE) => once(async () => {
    const data = uid === ARTICLE ? articleData(`${tag} draft`, tag) : serviceData(`${tag} draft`, tag)
    return (await strapi.documents(uid).create({ data })).documentId
  })
  const upload = strapi.plugin('upload').service('upload') as {
    upload: (input: { data: Record<string, unknown>, files: { filepath: string, originalFilename: string, mimetype: string, size: number } }) => Promise<Array<{ id: number }>>
    remove: (file: unknown) => Promise<unknown>
  }
  return {
    strapi,
    tag,
    article: draft(ARTICLE),
    service: draft(SERVICE),
    lead: once(async () => (await strapi.documents(LEAD).create({
      data: { name: tag, email: 'matrix@example.com', company: 'Matrix Co', websiteUrl: 'https://example.com/', consent: true, stage: 'new', idempotencyKey: tag },
    })).documentId),
    file: once(async () => {
      const filepath = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'matrix-')), `${tag}.png`)
      fs.writeFileSync(filepath, PNG)
      try {
        const [file] = await upload.upload({ data: {}, files: { filepath, originalFilename: `${tag}.png`, mimetype: 'image/png', size: PNG.length } })
        if (!file)
          throw new Error('The media library kept no file')
        return file.id
      }
      finally {
        fs.rmSync(path.dirname(filepath), { recursive: true, force: true })
      }
    }),
    async clear() {
      for (const uid of [ARTICLE, SERVICE] as const) {
        for (const { documentId } of await strapi.documents(uid).findMany({ filters: { title: { $contains: tag } } }))
          await strapi.documents(uid).delete({ documentId })
      }
      for (const { documentId } of await strapi.documents(LEAD).findMany({ filters: { name: tag } }))
        await strapi.documents(LEAD).delete({ documentId })
      // Through the media library, which deletes the stored image too.
      for (const file of await strapi.db.query('plugin::upload.file').findMany({ where: { name: { $contains: tag } } }))
        await upload.remove(file)
    },
  }
}

const ROLES: Array<{ name: string, code: AdminRoleCode }> = [
  { name: 'Editor', code: 'strapi-editor' },
  { name: 'Super Admin', code: 'strapi-super-admin' },
]

/**
 * Admin actions that open a settings page, a tool that changes the app, or access from outside. The admin
 * shows their menu entries and pages only to users who hold one.
 */
const HIDDEN_FROM_EDITORS = [
  'admin::users.',
  'admin::roles.',
  'admin::api-tokens.',
  'admin::admin-tokens.',
  'admin::webhooks.',
  'admin::transfer.',
  'admin::project-settings.',
  'admin::marketplace.',
  'plugin::content-type-builder.',
  'plugin::upload.settings.',
  'plugin::email.',
  'plugin::i18n.locale.',
  'plugin::users-permissions.',
]

/**
 * Everything the Editor holds: the content manager on the site's content, its redirects and the leads,
 * and the media library. Strapi lists publish for every content type; where drafts are off there is nothing to publish.
 */
const EDITOR_PERMISSIONS = [
  ...[ARTICLE, SERVICE, 'api::category.category', 'api::global.global', 'api::page.page', 'api::testimonial.testimonial', 'api::case-study.case-study', 'api::redirect.redirect', LEAD].flatMap(subject =>
    ['create', 'read', 'update', 'delete', 'publish'].map(action => `plugin::content-manager.explorer.${action} ${subject}`)),
  ...['read', 'configure-view', 'assets.create', 'assets.update', 'assets.download', 'assets.copy-link'].map(action => `plugin::upload.${action}`),
]

export function adminPermissionsSuite(context: CmsContext): void {
  describe('admin permissions, Editor against Super Admin', () => {
    const sessions = new Map<AdminRoleCode, AdminSession>()
    const session = (code: AdminRoleCode) => {
      const found = sessions.get(code)
      if (!found)
        throw new Error(`Not signed in as ${code}`)
      return found
    }

    beforeAll(async () => {
      for (const { code } of ROLES)
        sessions.set(code, await signInAs(context.cms, code))
    })

    afterAll(async () => {
      for (const signedIn of sessions.values())
        await signedIn.end()
    })

    describe('over the admin API', () => {
      const cells = ROWS.flatMap(row => ROLES.map(role => ({ row, role, outcome: row.outcomes[role.code] })))
      it.each(cells)('$row.name: $role.name is $outcome', async ({ row, role, outcome }) => {
        const bench = openBench(context.cms.strapi)
        try {
          const path = typeof row.path === 'string' ? row.path : await row.path(bench)
          const body = await row.body?.(bench)
          const response = await session(role.code).fetch(path, {
            method: row.method,
            body: body instanceof FormData ? body : body && JSON.stringify(body),
          })
          const text = await response.text()
          const answer = `${row.method} ${path} answered ${response.status}: ${text.slice(0, 300)}`
          if (outcome === 'allowed') {
            expect(response.ok, answer).toBe(true)
          }
          else {
            expect(response.status, answer).toBe(403)
            expect(text.includes(SCHEMA_LOCK), answer).toBe(outcome === 'schema-locked')
          }
          if (row.effect)
            expect(await row.effect(bench), `whether "${row.name}" took effect`).toBe(outcome === 'allowed')
        }
        finally {
          await row.undo?.(bench)
          await bench.clear()
        }
      })
    })

    describe('in the admin\'s menus', () => {
      /** The permissions the admin panel reads to decide which menu entries and pages to show. */
      async function shownTo(code: AdminRoleCode): Promise<string[]> {
        const response = await session(code).fetch('/admin/users/me/permissions')
        expect(response.status).toBe(200)
        const { data } = await response.json() as { data: Array<{ action: string, subject: string | null }> }
        return data.map(permission => permission.subject ? `${permission.action} ${permission.subject}` : permission.action)
      }

      it.each(HIDDEN_FROM_EDITORS)('shows %s… to the Super Admin only', async (prefix) => {
        expect((await shownTo('strapi-super-admin')).some(action => action.startsWith(prefix))).toBe(true)
        expect((await shownTo('strapi-editor')).filter(action => action.startsWith(prefix))).toEqual([])
      })

      it('gives the Editor the content manager on the site\'s content and leads, and the media library, and nothing else', async () => {
        expect((await shownTo('strapi-editor')).sort()).toEqual([...EDITOR_PERMISSIONS].sort())
      })
    })
  })
}
