import type { ResponseShape } from '../../../src/utils/response-shape'
import type { CmsContext } from '../../support/suite'
import { createRequire } from 'node:module'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

/**
 * A type's response shape as the running CMS loaded it (from dist/): the published-read path knows a
 * shape's populate by identity, so the copy vitest compiles from src/ would not be recognised.
 */
function loadedShape(api: string): ResponseShape {
  const load = createRequire(import.meta.url)
  const exports = load(path.resolve(import.meta.dirname, '../../../dist/src/api', api, 'response-shape.js')) as Record<string, ResponseShape>
  const [shape] = Object.values(exports)
  if (!shape)
    throw new Error(`dist/src/api/${api}/response-shape.js exports no shape`)
  return shape
}

const COLLECTIONS = [
  ['api::article.article', 'article'],
  ['api::assessment-submission.assessment-submission', 'assessment-submission'],
  ['api::case-study.case-study', 'case-study'],
  ['api::category.category', 'category'],
  ['api::page.page', 'page'],
  ['api::service.service', 'service'],
  ['api::testimonial.testimonial', 'testimonial'],
] as const

/** Reads as the core services ask for them once the controller has checked the caller's query. */
function readsOf(shape: ResponseShape, slug: string | undefined): Array<Record<string, unknown>> {
  const sort = shape.defaultSort ?? ['id:asc']
  return [
    { sort, start: 0, limit: 10 },
    { sort, start: 1, limit: 2 },
    { sort: ['createdAt:desc', 'id:asc'], start: 0, limit: 25 },
    { sort, fields: ['createdAt'], start: 0, limit: 5 },
    { sort, filters: { createdAt: { $notNull: true }, id: { $gt: 1 } }, start: 0, limit: 25 },
    { sort, filters: { $or: [{ id: { $lt: 3 } }, { id: { $gt: 5 } }] }, start: 0, limit: 25 },
    ...(slug === undefined ? [] : [{ sort, filters: { slug: { $eq: slug } }, start: 0, limit: 1 }]),
  ]
}

type Uid = 'api::article.article'

/**
 * The published reads of response-shaped types go through Strapi's query engine (published-reads/):
 * every answer must be the document service's, entry for entry, on both databases.
 */
export function publishedReadsSuite(context: CmsContext): void {
  describe('published reads through the query engine', () => {
    /** Runs `read`, and says whether the entries were read inside a transaction (the document service's way). */
    async function readAndSeePath<T>(uid: string, read: () => Promise<T>): Promise<{ result: T, transactional: boolean[] }> {
      const transactional: boolean[] = []
      const { strapi } = context.cms
      const unsubscribe = strapi.db.lifecycles.subscribe({
        models: [uid],
        beforeFindMany: () => void transactional.push(strapi.db.inTransaction()),
        beforeFindOne: () => void transactional.push(strapi.db.inTransaction()),
        beforeCount: () => void transactional.push(strapi.db.inTransaction()),
      })
      try {
        return { result: await read(), transactional }
      }
      finally {
        unsubscribe()
      }
    }

    it.each(COLLECTIONS)('reads %s as the document service does', async (uid, api) => {
      const shape = loadedShape(api)
      const documents = context.cms.strapi.documents(uid as Uid)
      const [first] = await documents.findMany({ status: 'published', limit: 1 }) as Array<{ slug?: string }>
      for (const read of readsOf(shape, first?.slug)) {
        const params = { ...read, status: 'published' as const }
        const fast = await readAndSeePath(uid, () => documents.findMany({ ...params, populate: shape.populate } as never))
        const reference = await readAndSeePath(uid, () => documents.findMany({ ...params, populate: structuredClone(shape.populate) } as never))
        expect(fast.result, JSON.stringify(read)).toEqual(reference.result)
        expect(fast.transactional.slice(0, 1), 'the shaped read skips the document service').toEqual([false])
        expect(reference.transactional.slice(0, 1)).toEqual([true])
        const fastCount = await readAndSeePath(uid, () => documents.count({ ...params, populate: shape.populate } as never))
        expect(fastCount.result).toBe(await documents.count({ ...params, populate: structuredClone(shape.populate) } as never))
        expect(fastCount.transactional).toEqual([false])
      }
    })

    it('reads the global settings as the document service does', async () => {
      const globalShape = loadedShape('global')
      const documents = context.cms.strapi.documents('api::global.global')
      const fast = await readAndSeePath('api::global.global', () => documents.findFirst({ status: 'published', populate: globalShape.populate } as never))
      const reference = await documents.findFirst({ status: 'published', populate: structuredClone(globalShape.populate) } as never)
      expect(fast.result).toEqual(reference)
      expect(fast.result).toMatchObject({ navigation: expect.anything() })
      expect(fast.transactional).toEqual([false])
    })

    it('leaves drafts, and reads it does not know, to the document service', async () => {
      const articleShape = loadedShape('article')
      const documents = context.cms.strapi.documents('api::article.article')
      const drafts = await readAndSeePath('api::article.article', () => documents.findMany({ status: 'draft', populate: articleShape.populate, limit: 3 } as never))
      expect(drafts.transactional.slice(0, 1)).toEqual([true])
      expect(drafts.result.length).toBeGreaterThan(0)
      const cohort = await readAndSeePath('api::article.article', () => documents.findMany({ status: 'published', populate: articleShape.populate, hasPublishedVersion: true, limit: 3 } as never))
      expect(cohort.transactional.slice(0, 1)).toEqual([true])
    })
  })
}
