import type { CmsContext } from '../../support/suite'
import type { ComponentsService, ContentTypesService, ViewConfiguration, ViewConfigurationService } from '../../../src/admin-fields/configuration'
import type { EditLayout } from '../../../src/admin-fields/edit-layouts'
import { describe, expect, it } from 'vitest'
import { EDIT_LAYOUTS, editLayout } from '../../../src/admin-fields/edit-layouts'
import { strapiDefaultEditLayout } from '../../../src/admin-fields/strapi-defaults'
import { applyAdminEditLayouts } from '../../../src/bootstrap/admin-edit-layouts'
import { applyAdminFieldLabels } from '../../../src/bootstrap/admin-field-labels'
import { LIST_VIEWS } from '../../../src/bootstrap/admin-list-views'
import { PUBLIC_ACTIONS, reconcilePublicPermissions } from '../../../src/bootstrap/public-permissions'
import { ensureQueryIndexes } from '../../../src/bootstrap/query-indexes'
import { pages } from '../../../src/seed/pages'
import { seed } from '../../../src/seed/run'

/** As the admin's API answers: a field's metadata may be missing, the list layout is its columns. */
interface AdminConfiguration extends Omit<ViewConfiguration, 'metadatas' | 'layouts'> {
  metadatas: Partial<ViewConfiguration['metadatas']>
  layouts: { list: string[], edit: EditLayout } & Record<string, unknown>
}

export function bootstrapSuite(context: CmsContext): void {
  let adminToken: Promise<string> | undefined

  /** A content type's configuration as the admin reads it, signed in once as the development admin. */
  async function adminConfiguration(uid: string): Promise<AdminConfiguration> {
    adminToken ??= fetch(`${context.cms.url}/admin/login`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ email: process.env.ADMIN_EMAIL, password: process.env.ADMIN_PASSWORD }),
    }).then(async response => ((await response.json()) as { data: { token: string } }).data.token)
    const answer = await fetch(`${context.cms.url}/content-manager/content-types/${uid}/configuration`, { headers: { Authorization: `Bearer ${await adminToken}` } })
    return ((await answer.json()) as { data: { contentType: AdminConfiguration } }).data.contentType
  }

  describe('bootstrap', () => {
    it('seeds idempotently: a second run creates nothing and keeps editors\' changes', async () => {
      const { strapi } = context.cms
      const services = strapi.documents('api::service.service')
      const webDesign = await services.findFirst({ filters: { slug: 'web-design' } })
      if (!webDesign?.summary)
        throw new Error('Web Design was not seeded')
      const { summary } = webDesign
      await services.update({ documentId: webDesign.documentId, data: { summary: 'Edited by an editor.' }, status: 'published' })

      const report = await seed(strapi)
      expect(report.created).toEqual([])
      expect(report.kept).toHaveLength(6 + 3 + 1 + 1 + pages.length)
      expect(await strapi.db.query('api::service.service').count({ where: { publishedAt: { $notNull: true } } })).toBe(6)
      const after = await services.findFirst({ filters: { slug: 'web-design' }, status: 'published' })
      expect(after?.summary).toBe('Edited by an editor.')
      await services.update({ documentId: webDesign.documentId, data: { summary }, status: 'published' })
    })

    it('indexes the blog list, slug lookups and article components, and puts a dropped index back', async () => {
      const { strapi } = context.cms
      const knex = strapi.db.connection
      const indexNames = async (): Promise<string[]> => {
        const rows = strapi.db.dialect.client === 'postgres'
          ? (await knex.raw('select indexname as name from pg_indexes where tablename in (\'articles\', \'articles_cmps\')')).rows
          : await knex.raw('select name from sqlite_master where type = \'index\' and tbl_name in (\'articles\', \'articles_cmps\')')
        return (rows as Array<{ name: string }>).map(row => row.name)
      }
      const ours = ['articles_published_date_id_index', 'articles_published_at_index', 'articles_slug_index', 'articles_cmps_entity_field_index']
      expect(await indexNames()).toEqual(expect.arrayContaining(ours))
      await knex.raw('drop index articles_cmps_entity_field_index')
      expect(await indexNames()).not.toContain('articles_cmps_entity_field_index')
      await ensureQueryIndexes(strapi)
      expect(await indexNames()).toEqual(expect.arrayContaining(ours))
    })

    it('restores the Public role to exactly its read permissions on every start', async () => {
      const { strapi } = context.cms
      const role = await strapi.db.query('plugin::users-permissions.role').findOne({ where: { type: 'public' } }) as { id: number }
      const permissions = strapi.db.query('plugin::users-permissions.permission')
      await permissions.create({ data: { action: 'api::assessment-submission.assessment-submission.find', role: role.id } })
      await permissions.deleteMany({ where: { action: 'api::service.service.find' } })

      await reconcilePublicPermissions(strapi)
      const actions = (await permissions.findMany({ where: { role: role.id } }) as Array<{ action: string }>).map(row => row.action)
      expect(actions.sort()).toEqual([...PUBLIC_ACTIONS].sort())
    })

    it('gives the Editor role the site\'s content types and no settings', async () => {
      const { strapi } = context.cms
      const role = await strapi.db.query('admin::role').findOne({ where: { code: 'strapi-editor' }, populate: ['permissions'] }) as { permissions: Array<{ action: string, subject: string | null }> }
      const subjects = new Set(role.permissions.map(permission => permission.subject).filter(Boolean))
      expect([...subjects].sort()).toEqual([
        'api::article.article',
        'api::assessment-submission.assessment-submission',
        'api::category.category',
        'api::global.global',
        'api::page.page',
        'api::redirect.redirect',
        'api::service.service',
        'api::testimonial.testimonial',
      ])
      const actions = new Set(role.permissions.map(permission => permission.action))
      expect(actions).toContain('plugin::content-manager.explorer.publish')
      expect(actions).toContain('plugin::upload.assets.create')
      expect([...actions].some(action => action.startsWith('admin::'))).toBe(false)
    })

    it('shows editors assessment leads newest first with score and stage', async () => {
      const uid = 'api::assessment-submission.assessment-submission'
      const { settings, layouts } = await adminConfiguration(uid)
      expect(layouts.list).toEqual(LIST_VIEWS[uid]?.columns)
      expect(settings).toMatchObject({ defaultSortBy: 'createdAt', defaultSortOrder: 'DESC', mainField: 'name' })
    })

    it('labels every field in the admin for editors, and keeps a label an admin wrote', async () => {
      const uid = 'api::assessment-submission.assessment-submission'
      const { metadatas } = await adminConfiguration(uid)
      expect(metadatas.websiteUrl?.edit).toMatchObject({ label: 'Website', description: expect.stringContaining('audit') })
      expect(metadatas.stage?.list.label).toBe('Stage')
      expect(metadatas.createdAt?.list.label).toBe('Created')
      expect((await adminConfiguration('api::article.article')).metadatas.slug?.edit.description).toMatch(/links to the old one stop working/)

      const contentTypes = context.cms.strapi.plugin('content-manager').service('content-types') as unknown as ViewConfigurationService
      const current = await contentTypes.findConfiguration({ uid })
      const notes = current.metadatas.notes ?? { edit: {}, list: {} }
      await contentTypes.updateConfiguration({ uid }, { ...current, metadatas: { ...current.metadatas, notes: { ...notes, edit: { ...notes.edit, label: 'Follow-up' } } } })
      await applyAdminFieldLabels(context.cms.strapi)
      expect((await adminConfiguration(uid)).metadatas.notes?.edit.label).toBe('Follow-up')
    })

    it('arranges every edit view of a new database with the content first and the metadata after', async () => {
      const uid = 'api::assessment-submission.assessment-submission'
      const { layouts } = await adminConfiguration(uid)
      expect(layouts.edit).toEqual(editLayout(EDIT_LAYOUTS[uid] ?? []))

      const contentManager = context.cms.strapi.plugin('content-manager')
      for (const [model, sections] of Object.entries(EDIT_LAYOUTS)) {
        const service = contentManager.service(model.includes('::') ? 'content-types' : 'components') as unknown as ViewConfigurationService
        expect((await service.findConfiguration({ uid: model })).layouts.edit, model).toEqual(editLayout(sections))
      }
    })

    it('names each block in a page\'s sections by its heading', async () => {
      const components = context.cms.strapi.plugin('content-manager').service('components') as unknown as ViewConfigurationService
      for (const block of ['blocks.hero', 'blocks.faq', 'blocks.cta-banner'])
        expect((await components.findConfiguration({ uid: block })).settings.mainField, block).toBe('heading')
    })

    it('knows the edit layout Strapi makes for a model by the layouts it stored for the models this CMS leaves alone', async () => {
      const contentManager = context.cms.strapi.plugin('content-manager')
      const contentTypes = contentManager.service('content-types') as unknown as ContentTypesService
      for (const uid of ['plugin::users-permissions.user', 'plugin::users-permissions.role', 'plugin::upload.file', 'admin::user']) {
        const stored = (await contentTypes.findConfiguration({ uid })).layouts.edit
        expect(stored, uid).toEqual(expect.arrayContaining([expect.any(Array)]))
        expect(await strapiDefaultEditLayout(contentTypes.findContentType(uid)), uid).toEqual(stored)
      }
      const components = contentManager.service('components') as unknown as ComponentsService
      expect(await strapiDefaultEditLayout(components.findComponent('shared.seo'))).toEqual([
        [{ name: 'metaTitle', size: 6 }, { name: 'metaDescription', size: 6 }],
        [{ name: 'shareImage', size: 6 }, { name: 'canonicalUrl', size: 6 }],
        [{ name: 'noIndex', size: 4 }],
      ])
    })

    it('replaces an edit layout still as Strapi made it, and keeps one an admin arranged', async () => {
      const uid = 'api::article.article'
      const contentTypes = context.cms.strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService
      const ours = editLayout(EDIT_LAYOUTS[uid] ?? [])
      const withEdit = async (edit: EditLayout) => {
        const current = await contentTypes.findConfiguration({ uid })
        await contentTypes.updateConfiguration({ uid }, { ...current, layouts: { ...current.layouts, edit } })
      }

      await withEdit(await strapiDefaultEditLayout(contentTypes.findContentType(uid)))
      await applyAdminEditLayouts(context.cms.strapi)
      expect((await adminConfiguration(uid)).layouts.edit).toEqual(ours)

      const arranged: EditLayout = [[{ name: 'publishedDate', size: 4 }, { name: 'title', size: 8 }], ...ours.map(row => row.filter(field => field.name !== 'publishedDate' && field.name !== 'title')).filter(row => row.length > 0)]
      await withEdit(arranged)
      await applyAdminEditLayouts(context.cms.strapi)
      expect((await adminConfiguration(uid)).layouts.edit).toEqual(arranged)
      await withEdit(ours)
    })

    it('places fields added to a model where this CMS puts them, when Strapi appended them to its layout, and not ones an admin moved', async () => {
      const uid = 'api::article.article'
      const contentTypes = context.cms.strapi.plugin('content-manager').service('content-types') as unknown as ContentTypesService
      const ours = editLayout(EDIT_LAYOUTS[uid] ?? [])
      const added = new Set(['publishAt', 'unpublishAt'])
      const before = ours.map(row => row.filter(field => !added.has(field.name))).filter(row => row.length > 0)
      /** The stored layout and labels as Strapi leaves them on the first start after `names` joined the model. */
      const asAppendedByStrapi = async (edit: EditLayout, names: string[]) => {
        const current = await contentTypes.findConfiguration({ uid })
        const metadatas = Object.fromEntries(Object.entries(current.metadatas).map(([name, metadata]) => [name, names.includes(name) ? { edit: { ...metadata.edit, label: name }, list: { ...metadata.list, label: name } } : metadata]))
        await contentTypes.updateConfiguration({ uid }, { ...current, metadatas, layouts: { ...current.layouts, edit } })
      }

      await asAppendedByStrapi([...before, [{ name: 'publishAt', size: 6 }, { name: 'unpublishAt', size: 6 }]], ['publishAt', 'unpublishAt'])
      await applyAdminEditLayouts(context.cms.strapi)
      await applyAdminFieldLabels(context.cms.strapi)
      expect((await adminConfiguration(uid)).layouts.edit).toEqual(ours)

      const moved: EditLayout = [...ours.map(row => row.filter(field => field.name !== 'title')).filter(row => row.length > 0), [{ name: 'title', size: 6 }]]
      await asAppendedByStrapi(moved, [])
      await applyAdminEditLayouts(context.cms.strapi)
      expect((await adminConfiguration(uid)).layouts.edit).toEqual(moved)
      await asAppendedByStrapi(ours, [])
    })

    it('creates the development admin from the environment', async () => {
      const admin = await context.cms.strapi.db.query('admin::user').findOne({ where: { email: process.env.ADMIN_EMAIL }, populate: ['roles'] }) as { isActive: boolean, roles: Array<{ code: string }> } | null
      expect(admin?.isActive).toBe(true)
      expect(admin?.roles.map(role => role.code)).toEqual(['strapi-super-admin'])
    })

    it('answers the browser\'s favicon request with the agency\'s icon, not an error', async () => {
      const response = await fetch(`${context.cms.url}/favicon.ico`)
      expect(response.status).toBe(200)
      expect(response.headers.get('content-type')).toContain('image/')
      expect((await response.arrayBuffer()).byteLength).toBeGreaterThan(100)
    })
  })
}
