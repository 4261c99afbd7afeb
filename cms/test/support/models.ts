import fs from 'node:fs'
import path from 'node:path'

const SRC = path.resolve(import.meta.dirname, '../../src')

/** A content type or component as its schema file declares it, with its uid as the admin names it. */
export interface Model {
  uid: string
  attributes: Record<string, { type: string }>
}

function attributes(file: string): Model['attributes'] {
  return (JSON.parse(fs.readFileSync(file, 'utf8')) as Pick<Model, 'attributes'>).attributes
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
