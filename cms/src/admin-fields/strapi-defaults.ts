/**
 * The Content Manager's own defaults for a view: the edit layout it generates for a model on a new
 * database, and the widths it allows each field type.
 *
 * Reaches past a public API: the Content Manager's services return only the stored configuration,
 * and `@strapi/content-manager` exports neither `createDefaultLayouts` nor its field sizes (view
 * configuration cannot be declared in code: https://github.com/strapi/strapi/issues/9432). Both are
 * loaded by file path from the content-manager that @strapi/strapi depends on, so a layout can be
 * told apart from the default by Strapi's own rule rather than a copy of it.
 * Relies on: dist/server/services/utils/configuration/layouts.js exporting `createDefaultLayouts(model)`
 * and dist/server/services/field-sizes.js exporting the field-sizes service factory.
 * Remove when the Content Manager exposes its default layout or lets code declare a view.
 * test/integration/suites/bootstrap.ts compares the default with the layouts Strapi stored for models
 * this CMS leaves alone, and fails the day these files move or change.
 */
import type { EditLayout } from './edit-layouts'
import { createRequire } from 'node:module'
import path from 'node:path'

/** How wide a field type may be: its default width and whether an admin may change it. */
export interface FieldSizeRule {
  default: number
  isResizable: boolean
}

interface LayoutsModule {
  createDefaultLayouts: (model: unknown) => Promise<{ edit: EditLayout }>
}

interface FieldSizesModule {
  (services: { strapi: unknown }): { getAllFieldSizes: () => Record<string, FieldSizeRule> }
}

const fromStrapi = createRequire(createRequire(__filename).resolve('@strapi/strapi/package.json'))
const contentManagerServer = path.join(path.dirname(fromStrapi.resolve('@strapi/content-manager/package.json')), 'dist', 'server')

function contentManagerModule<Module>(file: string): Module {
  return fromStrapi(path.join(contentManagerServer, file))
}

/**
 * The edit layout Strapi gives a model that has none stored. `model` is the Content Manager's view of
 * it (`findContentType`/`findComponent` of its services); Strapi must be running, as the function reads
 * its field sizes through the plugin.
 */
export async function strapiDefaultEditLayout(model: unknown): Promise<EditLayout> {
  const { createDefaultLayouts } = contentManagerModule<LayoutsModule>('services/utils/configuration/layouts.js')
  return (await createDefaultLayouts(model)).edit
}

/** The widths Strapi allows each attribute type in an edit view. */
export function strapiFieldSizes(): Record<string, FieldSizeRule> {
  return contentManagerModule<FieldSizesModule>('services/field-sizes.js')({ strapi: undefined }).getAllFieldSizes()
}
