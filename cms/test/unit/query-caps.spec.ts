import { describe, expect, it } from 'vitest'
import { queryCapExceeded } from '../../src/public-api/query-caps'

const CAPS = { maxFilterDepth: 5, maxPopulateDepth: 3 }

describe('caps on anonymous queries', () => {
  it('accepts the filters the site\'s own client sends', () => {
    const search = { $and: [{ $or: [{ title: { $containsi: 'seo' } }, { body: { $containsi: 'seo' } }] }] }
    expect(queryCapExceeded({ filters: search }, CAPS)).toBeUndefined()
    expect(queryCapExceeded({ filters: { categories: { slug: { $eq: 'content' } } } }, CAPS)).toBeUndefined()
    expect(queryCapExceeded({ filters: { slug: { $eq: 'a' } }, pagination: { page: 1, pageSize: 1 } }, CAPS)).toBeUndefined()
  })

  it('refuses filters nested deeper than the cap, saying how deep they may go', () => {
    const deep = { categories: { articles: { categories: { articles: { slug: { $eq: 'a' } } } } } }
    expect(queryCapExceeded({ filters: deep }, CAPS)).toBe('Filters may be nested 5 levels deep without an API token; these are 6.')
  })

  it('refuses populate=* at any level, and populate nested deeper than the cap', () => {
    for (const populate of ['*', 'cover,*', ['*'], { author: { populate: '*' } }])
      expect(queryCapExceeded({ populate }, CAPS)).toMatch(/populate=\* is not served/)
    expect(queryCapExceeded({ populate: { a: { populate: { b: { populate: { c: true } } } } } }, CAPS)).toMatch(/populate may be nested 3 levels/)
    expect(queryCapExceeded({ populate: ['cover', 'categories'] }, CAPS)).toBeUndefined()
  })
})
