import { describe, expect, it } from 'vitest'
import { seedFixtures } from '../../src/seed/run'

describe('seed fixtures', () => {
  it('pass the shared schemas', () => {
    expect(() => seedFixtures()).not.toThrow()
  })

  it('hold the six services of the menu, in order, each with real copy', () => {
    const { services } = seedFixtures()
    expect(services.map(service => service.slug)).toEqual([
      'web-design',
      'web-marketing',
      'logo-design-branding',
      'graphic-design',
      'social-media',
      'supporting-services',
    ])
    expect(services.map(service => service.order)).toEqual([0, 1, 2, 3, 4, 5])
    for (const service of services) {
      expect(service.body.split(/\s+/).length).toBeGreaterThan(150)
      expect(service.body).not.toMatch(/lorem|ipsum/i)
      expect(service.highlights.length).toBeGreaterThanOrEqual(3)
    }
  })

  it('file the article under categories that exist', () => {
    const { articles, categories } = seedFixtures()
    const slugs = new Set(categories.map(category => category.slug))
    for (const article of articles)
      expect(article.categories.every(slug => slugs.has(slug))).toBe(true)
  })
})
