import type { Core } from '@strapi/strapi'
import type { ComponentsService, ContentTypesService, FieldMetadata } from '../admin-fields/configuration'
import type { EditLayout } from '../admin-fields/edit-layouts'
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

/** A layout with the named fields taken out, and the rows they leave empty. */
function without(layout: EditLayout, names: Set<string>): EditLayout {
  return layout.map(row => row.filter(field => !names.has(field.name))).filter(row => row.length > 0)
}

/**
 * Whether `stored` is this CMS's layout from before fields were added to the model, with Strapi's
 * schema sync having put the new fields at its end. New fields are told apart from ones an admin moved
 * there by their metadata: still labelled with their attribute name, as Strapi labels a field it has
 * just added, because the field labels are applied after this.
 */
function isOursWithFieldsAppended(stored: EditLayout, ours: EditLayout, metadatas: Record<string, FieldMetadata>): boolean {
  const fields = stored.flat().map(field => field.name)
  const firstAppended = fields.map(name => metadatas[name]?.edit.label !== name).lastIndexOf(true) + 1
  const appended = new Set(fields.slice(firstAppended))
  return appended.size > 0 && isDeepStrictEqual(without(stored, appended), without(ours, appended))
}

/**
 * Arranges every edit view as admin-fields/edit-layouts.ts describes: content first, metadata after,
 * and names blocks by their heading. Only a layout still as Strapi generated it, or as this CMS arranged
 * it with fields added since at its end, is replaced, so one an admin arranged in the admin stays.
 * Runs before the field labels are applied, which it reads to tell which fields are new.
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
    const stored = layouts.edit ?? []
    if (isDeepStrictEqual(stored, edit))
      continue
    if (!isOursWithFieldsAppended(stored, edit, metadatas) && !isDeepStrictEqual(stored, await strapiDefaultEditLayout(model)))
      continue
    await service.updateConfiguration({ uid }, { settings: mainFieldOf(uid, settings), metadatas, layouts: { ...layouts, edit } })
  }
}
