import { describe, expect, it } from 'vitest'
import { FIELD_LABELS } from '../../src/admin-fields/field-labels'
import { models } from '../support/models'

describe('admin field labels', () => {
  it.each(models().map(model => [model.uid, Object.keys(model.attributes)] as const))('label every field of %s for editors, and no field it lacks', (uid, attributes) => {
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
