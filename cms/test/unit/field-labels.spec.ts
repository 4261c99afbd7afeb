import fs from 'node:fs'
import path from 'node:path'
import { describe, expect, it } from 'vitest'
import { FIELD_LABELS } from '../../src/admin-fields/field-labels'

const SRC = path.resolve(import.meta.dirname, '../../src')

/** Every content type and component with its uid, as the admin names them, and its attributes. */
function models(): Array<{ uid: string, attributes: string[] }> {
  const attributes = (file: string) => Object.keys((JSON.parse(fs.readFileSync(file, 'utf8')) as { attributes: Record<string, unknown> }).attributes)
  const contentTypes = fs.readdirSync(path.join(SRC, 'api')).filter(api => fs.existsSync(path.join(SRC, 'api', api, 'content-types'))).flatMap(api =>
    fs.readdirSync(path.join(SRC, 'api', api, 'content-types')).map(type => ({ uid: `api::${api}.${type}`, attributes: attributes(path.join(SRC, 'api', api, 'content-types', type, 'schema.json')) })))
  const components = fs.readdirSync(path.join(SRC, 'components')).flatMap(category =>
    fs.readdirSync(path.join(SRC, 'components', category)).map(file => ({ uid: `${category}.${file.replace(/\.json$/, '')}`, attributes: attributes(path.join(SRC, 'components', category, file)) })))
  return [...contentTypes, ...components]
}

describe('admin field labels', () => {
  it.each(models().map(model => [model.uid, model.attributes] as const))('label every field of %s for editors, and no field it lacks', (uid, attributes) => {
    const labels = FIELD_LABELS[uid] ?? {}
    expect(Object.keys(labels).sort()).toEqual([...attributes].sort())
    for (const [name, field] of Object.entries(labels)) {
      expect(field.label, name).not.toBe(name)
      expect(field.label.length, name).toBeGreaterThan(1)
    }
  })

  it('tells editors what changing an address does, and how long search texts may be', () => {
    expect(FIELD_LABELS['api::article.article']?.slug?.description).toMatch(/links to the old one stop working/)
    expect(FIELD_LABELS['shared.seo']?.metaTitle?.description).toMatch(/60 characters/)
    expect(FIELD_LABELS['shared.seo']?.metaDescription?.description).toMatch(/160 characters/)
  })
})
