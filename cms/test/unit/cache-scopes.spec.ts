import type { Schemas } from '../../src/api-cache/cache-scopes'
import { describe, expect, it } from 'vitest'
import { ANY_READ, cacheScopes } from '../../src/api-cache/cache-scopes'
import { models } from '../support/models'

const uid = (type: string) => `api::${type}.${type}`

/** The schemas as Strapi loads them, with the plugins' models the content types point at. */
function schemas(): Schemas {
  const all = models()
  const contentTypes: Schemas['contentTypes'] = {
    ...Object.fromEntries(all.filter(model => model.uid.startsWith('api::')).map(model => [model.uid, model])),
    'plugin::upload.file': { attributes: { folder: { type: 'relation', target: 'plugin::upload.folder' } } },
    'plugin::upload.folder': { attributes: {} },
    'plugin::users-permissions.permission': { attributes: { role: { type: 'relation', target: 'plugin::users-permissions.role' } } },
    'plugin::users-permissions.role': { attributes: {} },
  }
  const components = Object.fromEntries(all.filter(model => !model.uid.startsWith('api::')).map(model => [model.uid, model]))
  return { contentTypes, components }
}

describe('scopes of the response cache', () => {
  const scopes = cacheScopes(schemas())
  const changedBy = (model: string) => [...scopes.changedBy(model)].sort()

  it('files a read under the content type whose controller answered it, any other under one scope', () => {
    expect(scopes.scopeOf({ handler: 'api::article.article.find' })).toBe(uid('article'))
    expect(scopes.scopeOf({ handler: 'plugin::upload.content-api.find' })).toBe(ANY_READ)
    expect(scopes.scopeOf(undefined)).toBe(ANY_READ)
  })

  it('leaves every content read cached when an assessment request or its audit report is stored', () => {
    expect(changedBy(uid('assessment-submission'))).toEqual([uid('assessment-submission'), ANY_READ].sort())
  })

  it('forgets the reads that can show an article when one changes, and none of the services', () => {
    const changed = changedBy(uid('article'))
    expect(changed).toEqual(expect.arrayContaining([uid('article'), uid('category'), uid('page'), uid('redirect'), ANY_READ]))
    for (const unrelated of ['service', 'testimonial', 'global'])
      expect(changed).not.toContain(uid(unrelated))
  })

  it('forgets the reads of every type that shows media when a file changes', () => {
    expect(changedBy('plugin::upload.file')).toEqual(expect.arrayContaining(['article', 'service', 'page', 'testimonial', 'global'].map(uid)))
  })

  it('forgets every read when permissions change, and none for admin records or a component alone', () => {
    expect(changedBy('plugin::users-permissions.permission')).toEqual([...scopes.all].sort())
    expect(changedBy('plugin::users-permissions.role')).toEqual([...scopes.all].sort())
    expect(changedBy('admin::api-token')).toEqual([])
    expect(changedBy('shared.seo')).toEqual([])
  })
})
