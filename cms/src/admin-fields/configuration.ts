import type { EditLayout } from './edit-layouts'

/** How the admin's Content Manager shows one field: its edit view and its list column. */
export interface FieldMetadata {
  edit: { label?: string, description?: string, placeholder?: string } & Record<string, unknown>
  list: { label?: string } & Record<string, unknown>
}

/** A content type's or component's view settings, as the Content Manager stores them. */
export interface ViewConfiguration {
  settings: Record<string, unknown>
  metadatas: Record<string, FieldMetadata>
  layouts: { edit?: EditLayout } & Record<string, unknown>
}

/** The part of the Content Manager's `content-types` and `components` services that reads and writes them. */
export interface ViewConfigurationService {
  findConfiguration: (model: { uid: string }) => Promise<ViewConfiguration>
  updateConfiguration: (model: { uid: string }, configuration: ViewConfiguration) => Promise<unknown>
}

/** The `content-types` service also finds a content type as the Content Manager sees it (its `model`). */
export interface ContentTypesService extends ViewConfigurationService {
  findContentType: (uid: string) => unknown
}

/** The `components` service also finds a component as the Content Manager sees it. */
export interface ComponentsService extends ViewConfigurationService {
  findComponent: (uid: string) => unknown
}
