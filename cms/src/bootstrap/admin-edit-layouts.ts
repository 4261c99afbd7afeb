import type { Core } from '@strapi/strapi'
import type { ComponentsService, ContentTypesService } from '../admin-fields/configuration'
import { isDeepStrictEqual } from 'node:util'
import { EDIT_LAYOUTS, editLayout } from '../admin-fields/edit-layouts'
import { strapiDefaultEditLayout } from '../admin-fields/strapi-defaults'

/**
 * A block in a page's list of sections is summed up by its main field; its heading says what it holds,
 * where Strapi would pick its first text field (a hero's eyebrow).
 */
function mainFieldOf(uid: string, settings: Record<string, unknown>): Record<string, unknown> {
  const headed = uid.startsWith('blocks.') && EDIT_LAYOUTS[uid]?.some(section => section.rows.flat().some(field => field.name === 'heading'))
  return headed ? { ...settings, mainField: 'heading' } : settings
}

/**
 * Arranges every edit view as admin-fields/edit-layouts.ts describes: content first, metadata after,
 * and names blocks by their heading. Only a layout still as Strapi generated it is replaced, so one an
 * admin arranged in the admin stays.
 */
export async function applyAdminEditLayouts(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager')
  const contentTypes = contentManager.service('content-types') as ContentTypesService
  const components = contentManager.service('components') as ComponentsService
  for (const [uid, sections] of Object.entries(EDIT_LAYOUTS)) {
    const isContentType = uid.includes('::')
    const service = isContentType ? contentTypes : components
    const model = isContentType ? contentTypes.findContentType(uid) : components.findComponent(uid)
    const edit = editLayout(sections)
    const { settings, metadatas, layouts } = await service.findConfiguration({ uid })
    if (isDeepStrictEqual(layouts.edit, edit) || !isDeepStrictEqual(layouts.edit, await strapiDefaultEditLayout(model)))
      continue
    await service.updateConfiguration({ uid }, { settings: mainFieldOf(uid, settings), metadatas, layouts: { ...layouts, edit } })
  }
}
