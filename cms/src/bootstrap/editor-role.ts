import type { Core } from '@strapi/strapi'

const EDITOR_CODE = 'strapi-editor'

/** The content types editors manage: the site's content, its redirects and the assessment leads. */
export const EDITOR_SUBJECTS = [
  'api::service.service',
  'api::article.article',
  'api::category.category',
  'api::global.global',
  'api::page.page',
  'api::testimonial.testimonial',
  'api::case-study.case-study',
  'api::redirect.redirect',
  'api::assessment-submission.assessment-submission',
] as const

const MEDIA_ACTIONS = [
  'plugin::upload.read',
  'plugin::upload.configure-view',
  'plugin::upload.assets.create',
  'plugin::upload.assets.update',
  'plugin::upload.assets.download',
  'plugin::upload.assets.copy-link',
]

interface Action {
  actionId: string
  section: string
  subjects?: string[]
}

interface Permission {
  action: string
  subject?: string | null
  properties?: Record<string, unknown>
  conditions?: string[]
}

interface AdminRoleService {
  findOne: (where: { code: string }) => Promise<{ id: number } | null>
  create: (data: { name: string, code: string, description: string }) => Promise<{ id: number }>
  assignPermissions: (roleId: number, permissions: Permission[]) => Promise<unknown>
}

interface AdminPermissionService {
  actionProvider: { values: () => Action[] }
}

interface AdminContentTypeService {
  getPermissionsWithNestedFields: (actions: Action[], options: { restrictedSubjects: string[] }) => Permission[]
}

/**
 * Makes the "Editor" admin role able to manage and publish every content type of the site, handle
 * assessment submissions and use the media library, and nothing beyond that (no settings, no users).
 */
export async function reconcileEditorRole(strapi: Core.Strapi): Promise<void> {
  const roles = strapi.service('admin::role') as unknown as AdminRoleService
  const { actionProvider } = strapi.service('admin::permission') as unknown as AdminPermissionService
  const contentTypes = strapi.service('admin::content-type') as unknown as AdminContentTypeService

  const role = await roles.findOne({ code: EDITOR_CODE }) ?? await roles.create({
    name: 'Editor',
    code: EDITOR_CODE,
    description: 'Editors manage and publish all content and follow up assessment submissions.',
  })

  const editorSubjects = new Set<string>(EDITOR_SUBJECTS)
  const contentActions = actionProvider.values().filter(action => action.section === 'contentTypes')
  const otherSubjects = [...new Set(contentActions.flatMap(action => action.subjects ?? []))]
    .filter(subject => !editorSubjects.has(subject))
  const contentPermissions = contentTypes.getPermissionsWithNestedFields(contentActions, { restrictedSubjects: otherSubjects })
  const mediaPermissions = MEDIA_ACTIONS.map(action => ({ action, subject: null, properties: {}, conditions: [] }))

  await roles.assignPermissions(role.id, [...contentPermissions, ...mediaPermissions])
}
