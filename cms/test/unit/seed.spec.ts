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

  it('hold three case studies of fictional clients, each told in full with results and described pictures', () => {
    const { caseStudies, services } = seedFixtures()
    const serviceSlugs = new Set(services.map(service => service.slug))
    expect(caseStudies).toHaveLength(3)
    expect(new Set(caseStudies.map(study => study.client)).size).toBe(3)
    for (const study of caseStudies) {
      expect(study.liveUrl, study.slug).toMatch(/^https:\/\/[a-z]+\.example$/)
      expect(study.services.every(slug => serviceSlugs.has(slug)), study.slug).toBe(true)
      expect(study.results.length, study.slug).toBeGreaterThanOrEqual(3)
      const words = `${study.challenge} ${study.approach} ${study.outcome}`.split(/\s+/).length
      expect(words, study.slug).toBeGreaterThan(250)
      expect(`${study.challenge}${study.approach}${study.outcome}`).not.toMatch(/lorem|ipsum/i)
      for (const picture of [study.cover, ...study.gallery])
        expect(picture.svg(), picture.name).toMatch(/^<svg xmlns="http:\/\/www\.w3\.org\/2000\/svg" width="1600" height="1000"/)
    }
    expect(new Set(caseStudies.flatMap(study => [study.cover, ...study.gallery]).map(picture => picture.name)).size).toBe(caseStudies.reduce((count, study) => count + 1 + study.gallery.length, 0))
  })
})
