import fs from 'node:fs'
import path from 'node:path'
import { AUDIT_REPORT_FIELD, AUDIT_REPORT_FIELD_UID } from '../../src/lead-desk/audit-report-field'

const SRC = path.resolve(import.meta.dirname, '../../src')

/** A content type or component as its schema file declares it, with its uid as the admin names it. */
export interface Model {
  uid: string
  attributes: Record<string, { type: string }>
}

const CUSTOM_FIELD_TYPES: Readonly<Record<string, string>> = { [AUDIT_REPORT_FIELD_UID]: AUDIT_REPORT_FIELD.type }

/** The type an attribute's value is stored as: a custom field's underlying type, as Strapi swaps it in on start. */
export function storedType(attribute: { type: string, customField?: string }): string {
  return attribute.type === 'customField' ? CUSTOM_FIELD_TYPES[attribute.customField ?? ''] ?? attribute.type : attribute.type
}

function attributes(file: string): Model['attributes'] {
  const declared = (JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, { type: string, customField?: string }> }).attributes
  return Object.fromEntries(Object.entries(declared).map(([name, attribute]) => [name, { ...attribute, type: storedType(attribute) }]))
}

/** Every content type and component of the CMS. */
export function models(): Model[] {
  const api = path.join(SRC, 'api')
  const contentTypes = fs.readdirSync(api).filter(name => fs.existsSync(path.join(api, name, 'content-types'))).flatMap(name =>
    fs.readdirSync(path.join(api, name, 'content-types')).map(type => ({ uid: `api::${name}.${type}`, attributes: attributes(path.join(api, name, 'content-types', type, 'schema.json')) })))
  const components = fs.readdirSync(path.join(SRC, 'components')).flatMap(category =>
    fs.readdirSync(path.join(SRC, 'components', category)).map(file => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, attributes: attributes(path.join(SRC, 'components', category, file)) })))
  return [...contentTypes, ...components]
}
