import { describe, expect, it } from 'vitest'
import { EDIT_LAYOUTS, editLayout } from '../../src/admin-fields/edit-layouts'
import { strapiFieldSizes } from '../../src/admin-fields/strapi-defaults'
import { models } from '../support/models'

const MODELS = models()

describe('admin edit layouts', () => {
  it('describes the edit view of every content type and component, and of nothing else', () => {
    expect(Object.keys(EDIT_LAYOUTS).sort()).toEqual(MODELS.map(model => model.uid).sort())
  })

  it.each(MODELS.map(model => [model.uid, model] as const))('places every field of %s exactly once, in rows at most 12 wide', (uid, model) => {
    const layout = editLayout(EDIT_LAYOUTS[uid] ?? [])
    const names = layout.flat().map(field => field.name)
    expect(names.sort()).toEqual(Object.keys(model.attributes).sort())
    for (const row of layout) {
      expect(row.length).toBeGreaterThan(0)
      expect(row.reduce((width, field) => width + field.size, 0)).toBeLessThanOrEqual(12)
    }
  })

  it.each(MODELS.map(model => [model.uid, model] as const))('gives each field of %s a width Strapi allows its type', (uid, model) => {
    const sizes = strapiFieldSizes()
    for (const field of editLayout(EDIT_LAYOUTS[uid] ?? []).flat()) {
      const rule = sizes[model.attributes[field.name]?.type ?? '']
      expect(rule, field.name).toBeDefined()
      if (rule && !rule.isResizable)
        expect(field.size, field.name).toBe(rule.default)
    }
  })

  it('puts search and sharing after the content of every page', () => {
    for (const uid of ['api::article.article', 'api::service.service', 'api::category.category', 'api::global.global']) {
      const sections = EDIT_LAYOUTS[uid] ?? []
      const last = sections.at(-1)?.rows.flat().map(field => field.name)
      expect(last, uid).toEqual([uid === 'api::global.global' ? 'defaultSeo' : 'seo'])
      expect(sections[0]?.rows[0]?.map(field => field.name), uid).toEqual(expect.arrayContaining([uid === 'api::global.global' ? 'agencyName' : expect.stringMatching(/^(title|name)$/)]))
    }
  })

  it('shows a lead\'s contact details first, then the request, the team\'s follow-up, the audit and the technical record', () => {
    const sections = EDIT_LAYOUTS['api::assessment-submission.assessment-submission'] ?? []
    const fields = (section: string) => sections.find(candidate => candidate.section === section)?.rows.flat().map(field => field.name)
    expect(sections.map(section => section.section)).toEqual(['Contact', 'Request', 'Follow-up', 'Audit', 'Record'])
    expect(fields('Contact')).toEqual(['name', 'email', 'company', 'phone', 'websiteUrl'])
    expect(fields('Request')).toEqual(['message', 'services'])
    expect(fields('Follow-up')).toEqual(['stage', 'notes'])
    expect(fields('Audit')).toEqual(['score', 'auditReport'])
    expect(fields('Record')).toEqual(expect.arrayContaining(['idempotencyKey', 'consentAt', 'sourcePage']))
  })
})
