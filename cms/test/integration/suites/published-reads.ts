import type { ResponseShape } from '../../../src/utils/response-shape'
import type { CmsContext } from '../../support/suite'
import { createRequire } from 'node:module'
import path from 'node:path'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { connectionPool } from '../../../src/database/connection-pool'
import { JOIN_KEY } from '../../../src/published-reads/compiled-populate'

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

/** Shapes whose populate the query engine answers, not a compiled read: the page's blocks are a dynamic zone. */
const POPULATED_BY_QUERY_ENGINE = new Set(['api::page.page'])

type Populate = Record<string, { populate?: Populate } | boolean>

/** How many attributes a populate fills, at every level. */
function attributes(populate: Populate | undefined): number {
  return populate === undefined ? 0 : Object.values(populate).reduce((count, value) => count + 1 + attributes(typeof value === 'object' ? value.populate : undefined), 0)
}

/**
 * The published reads of response-shaped types go through Strapi's query engine (published-reads/):
 * every answer must be the document service's, entry for entry, on both databases.
 */
export function publishedReadsSuite(context: CmsContext): void {
  describe('published reads through the query engine', () => {
    const images: number[] = []
    let articleId: string | undefined
    let submissionId: string | undefined

    /** An image as the media library stores it; reads never open the file. */
    async function image(name: string): Promise<number> {
      const file = await context.cms.strapi.db.query('plugin::upload.file').create({
        data: {
          name,
          alternativeText: `${name} for the parity suite`,
          hash: `${name}-${Date.now()}`,
          ext: '.webp',
          mime: 'image/webp',
          size: 1.5,
          width: 640,
          height: 480,
          url: `/uploads/${name}.webp`,
          provider: 'local',
          formats: { thumbnail: { url: `/uploads/thumbnail_${name}.webp`, width: 156, height: 117 } },
        },
      }) as { id: number }
      images.push(file.id)
      return file.id
    }

    // A submission keeps no drafts, so it links both versions of a service: a published read shows one.
    beforeAll(async () => {
      const [service] = await context.cms.strapi.documents('api::service.service').findMany({ status: 'published', limit: 1 })
      const submission = await context.cms.strapi.documents('api::assessment-submission.assessment-submission').create({
        data: {
          name: 'Ada Lovelace',
          email: 'ada@analytical.example',
          company: 'Analytical Engines',
          websiteUrl: 'https://analytical.example',
          idempotencyKey: `parity-${Date.now()}`,
          services: service ? [service.documentId] : [],
        } as never,
      })
      submissionId = submission.documentId
    })

    // Media in every place of the article shape: the seed's articles have none in their components.
    beforeAll(async () => {
      const documents = context.cms.strapi.documents('api::article.article')
      const [category] = await context.cms.strapi.documents('api::category.category').findMany({ status: 'published', limit: 1 })
      const article = await documents.create({
        data: {
          title: 'Every place an article shows an image',
          slug: 'every-place-an-article-shows-an-image',
          excerpt: 'A cover, an author\'s photo and a share image.',
          body: 'Read through a compiled populate.',
          publishedDate: '2026-12-06',
          cover: await image('parity-cover'),
          author: { name: 'Parity Author', role: 'Tester', avatar: await image('parity-avatar') },
          seo: { metaTitle: 'Parity', shareImage: await image('parity-share') },
          categories: category ? [category.documentId] : [],
        } as never,
      })
      articleId = article.documentId
      await documents.publish({ documentId: article.documentId })
    })

    afterAll(async () => {
      if (submissionId)
        await context.cms.strapi.documents('api::assessment-submission.assessment-submission').delete({ documentId: submissionId })
      if (articleId)
        await context.cms.strapi.documents('api::article.article').delete({ documentId: articleId })
      await context.cms.strapi.db.query('plugin::upload.file').deleteMany({ where: { id: { $in: images.splice(0) } } })
    })

    /**
     * Calls `see` with the SQL of every query sent while `read` runs: knex's on PostgreSQL, and on SQLite
     * every statement its one connection prepares, as a compiled populate runs its own there.
     */
    async function watchingSql<T>(read: () => Promise<T>, see: (sql: string) => void): Promise<T> {
      const { db } = context.cms.strapi
      if (db.dialect.client === 'postgres') {
        const listen = (query: { sql: string }) => see(query.sql)
        db.connection.on('query', listen)
        try {
          return await read()
        }
        finally {
          db.connection.off('query', listen)
        }
      }
      const pool = connectionPool<{ prepare: (sql: string) => unknown }>(db)
      const connection = await pool.acquireConnection()
      const { prepare } = connection
      await pool.releaseConnection(connection)
      connection.prepare = (sql) => {
        see(sql)
        return prepare.call(connection, sql)
      }
      try {
        return await read()
      }
      finally {
        connection.prepare = prepare
      }
    }

    /**
     * Runs `read`, and says whether the entries were read inside a transaction (the document service's
     * way) and how many queries a compiled populate sent to read what they populate.
     */
    async function readAndSeePath<T>(uid: string, read: () => Promise<T>): Promise<{ result: T, transactional: boolean[], compiled: boolean, populateQueries: number }> {
      const transactional: boolean[] = []
      let populateQueries = 0
      const { strapi } = context.cms
      const unsubscribe = strapi.db.lifecycles.subscribe({
        models: [uid],
        beforeFindMany: () => void transactional.push(strapi.db.inTransaction()),
        beforeFindOne: () => void transactional.push(strapi.db.inTransaction()),
        beforeCount: () => void transactional.push(strapi.db.inTransaction()),
      })
      try {
        const result = await watchingSql(read, (sql) => {
          if (sql.includes(JOIN_KEY))
            populateQueries++
        })
        return { result, transactional, compiled: populateQueries > 0, populateQueries }
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
        expect(fast.compiled, 'a compiled populate read the entries\' relations').toBe(!POPULATED_BY_QUERY_ENGINE.has(uid) && fast.result.length > 0)
        // In a transaction the query engine populates, on the connection the transaction holds.
        const inTransaction = await readAndSeePath(uid, () => context.cms.strapi.db.transaction(() => documents.findMany({ ...params, populate: shape.populate } as never)))
        expect(inTransaction.compiled).toBe(false)
        expect(fast.result, JSON.stringify(read)).toStrictEqual(inTransaction.result)
        expect(reference.transactional.slice(0, 1)).toEqual([true])
        const fastCount = await readAndSeePath(uid, () => documents.count({ ...params, populate: shape.populate } as never))
        expect(fastCount.result).toBe(await documents.count({ ...params, populate: structuredClone(shape.populate) } as never))
        expect(fastCount.transactional).toEqual([false])
      }
    })

    /** The SQL of every query sent through knex while `read` runs: on PostgreSQL a compiled round's too, on SQLite none. */
    async function knexQueries<T>(read: () => Promise<T>): Promise<{ result: T, queries: string[] }> {
      const queries: string[] = []
      const listen = (query: { sql: string }) => void queries.push(query.sql)
      context.cms.strapi.db.connection.on('query', listen)
      try {
        return { result: await read(), queries }
      }
      finally {
        context.cms.strapi.db.connection.off('query', listen)
      }
    }

    it.each(COLLECTIONS.filter(([uid]) => !POPULATED_BY_QUERY_ENGINE.has(uid)))('answers %s\'s core service find with the entries and their count in one round', async (uid, api) => {
      const shape = loadedShape(api)
      const { strapi } = context.cms
      const documents = strapi.documents(uid as Uid)
      const service = strapi.service(uid as Uid) as unknown as { find: (params: Record<string, unknown>) => Promise<unknown> }
      const sort = shape.defaultSort ?? ['id:asc']
      const finds: Array<[Record<string, unknown>, Record<string, unknown>]> = [
        [{ pagination: { page: 2, pageSize: 2 } }, { start: 2, limit: 2 }],
        [{ pagination: { start: 1, limit: 3 } }, { start: 1, limit: 3 }],
        [{ filters: { id: { $gt: 1 } }, pagination: { page: 1, pageSize: 25 } }, { filters: { id: { $gt: 1 } }, start: 0, limit: 25 }],
      ]
      for (const [query, read] of finds) {
        const found = await knexQueries(() => readAndSeePath(uid, () => service.find(query)))
        const entries = await documents.findMany({ ...read, sort, status: 'published', populate: structuredClone(shape.populate) } as never)
        const total = await documents.count({ filters: read.filters, status: 'published' } as never)
        const { results, pagination } = found.result.result as { results: unknown[], pagination: { total?: number } }
        expect(results, JSON.stringify(query)).toEqual(entries)
        expect(pagination.total, JSON.stringify(query)).toBe(total)
        // The lifecycle events of the list read and of its count, neither in a transaction.
        expect(found.result.transactional).toEqual([false, false])
        const countedWithEntries = (sql: string) => /select count\(/i.test(sql) && /order by/i.test(sql)
        if (strapi.db.dialect.client === 'postgres')
          expect(found.queries.filter(countedWithEntries), 'the entries and their count in one query').toHaveLength(1)
        // Other work may read meanwhile (webhooks populate what they send), but nothing else counts alone.
        expect(found.queries.filter(sql => /^select count\(/i.test(sql)), 'no count read of its own').toEqual([])
      }
      const uncounted = await service.find({ pagination: { page: 1, pageSize: 2, withCount: false } }) as { pagination: Record<string, unknown> }
      expect(uncounted.pagination).toEqual({ page: 1, pageSize: 2 })
    })

    it('reads the global settings as the document service does', async () => {
      const globalShape = loadedShape('global')
      const documents = context.cms.strapi.documents('api::global.global')
      const fast = await readAndSeePath('api::global.global', () => documents.findFirst({ status: 'published', populate: globalShape.populate } as never))
      const reference = await documents.findFirst({ status: 'published', populate: structuredClone(globalShape.populate) } as never)
      expect(fast.result).toEqual(reference)
      expect(fast.result).toMatchObject({ navigation: expect.anything() })
      expect(fast.transactional).toEqual([false])
      expect(fast.compiled).toBe(true)
    })

    it('sends a compiled populate to PostgreSQL as one query, to SQLite a statement an attribute', async () => {
      const populate = loadedShape('article').populate as Populate
      const read = await readAndSeePath('api::article.article', () => context.cms.strapi.documents('api::article.article').findMany({
        status: 'published',
        filters: { documentId: articleId },
        populate,
      } as never))
      expect(read.result).toMatchObject([{ cover: { id: images[0] }, author: { avatar: { id: images[1] } }, seo: { shareImage: { id: images[2] } } }])
      expect(read.populateQueries).toBe(context.cms.strapi.db.dialect.client === 'postgres' ? 1 : attributes(populate))
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
