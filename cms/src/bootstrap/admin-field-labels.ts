import type { Core } from '@strapi/strapi'
import type { FieldMetadata, ViewConfigurationService } from '../admin-fields/configuration'
import type { FieldLabel } from '../admin-fields/field-labels'
import { FIELD_LABELS, SYSTEM_FIELD_LABELS } from '../admin-fields/field-labels'

function labelled(metadata: FieldMetadata, field: FieldLabel): FieldMetadata {
  return {
    edit: { ...metadata.edit, label: field.label, description: field.description ?? metadata.edit.description, placeholder: field.placeholder ?? metadata.edit.placeholder },
    list: { ...metadata.list, label: field.label },
  }
}

/**
 * Gives every field in the admin the label, help text and placeholder written for editors
 * (admin-fields/field-labels.ts), Strapi's own dates included. A field still labelled with its
 * attribute name, as Strapi labels it, gets them; a label an admin wrote in the admin is left as it is.
 */
export async function applyAdminFieldLabels(strapi: Core.Strapi): Promise<void> {
  const contentManager = strapi.plugin('content-manager')
  for (const [uid, fields] of Object.entries(FIELD_LABELS)) {
    const isContentType = uid.includes('::')
    const service = contentManager.service(isContentType ? 'content-types' : 'components') as ViewConfigurationService
    const { settings, metadatas, layouts } = await service.findConfiguration({ uid })
    const labels = isContentType ? { ...SYSTEM_FIELD_LABELS, ...fields } : fields
    const untouched = Object.entries(labels).filter(([name]) => metadatas[name]?.edit.label === name)
    if (untouched.length === 0)
      continue
    const relabelled = Object.fromEntries(untouched.flatMap(([name, field]) => {
      const metadata = metadatas[name]
      return metadata ? [[name, labelled(metadata, field)]] : []
    }))
    await service.updateConfiguration({ uid }, { settings, metadatas: { ...metadatas, ...relabelled }, layouts })
  }
}
