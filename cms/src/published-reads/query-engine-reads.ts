import type { Core, UID } from '@strapi/strapi'
import type { CompiledPopulate } from './compiled-populate'
import type { EngineRead } from './entry-reads'
import { contentTypes, queryParams, SHARED_QUERY_PARAM_KEYS } from '@strapi/utils'
import { compilePopulate } from './compiled-populate'
import { entryReads } from './entry-reads'

/** A response shape's populate for one content type, converted once: a shape is code. */
interface ConvertedShape {
  /** What Strapi's query-params transformer makes of the populate. */
  populate: unknown
  /** The populate as fixed SQL, when every part of it compiles (compiled-populate.ts). */
  compiled?: CompiledPopulate
}

/** The populate object of every response shape (shapedCoreService). */
const shapes = new WeakSet<object>()

/** Parameters whose meaning the document service works out itself (locales, cohorts, lookups): reads that carry one take its path. */
const DOCUMENT_SERVICE_PARAMS = ['locale', 'lookup', 'publicationFilter', 'hasPublishedVersion']

type ReadParams = Record<string | symbol, unknown>

/**
 * A core service's `find` (shapedCoreService) marks the reads it asks for with this key: it reads a list
 * and then counts it, both with the same params. The list read counts in the same round of statements
 * and leaves its count here, for the count read to answer with. This relies on Strapi's collection-type
 * service reading `findMany`, then `count` with the same params
 * (https://github.com/strapi/strapi/blob/v5.54.0/packages/core/core/src/core-api/service/collection-type.ts),
 * which the parity suite pins ("with the entries and their count in one round"). Remove it with the read
 * path it serves, or when that service asks for both in one read.
 */
export const COUNTED_FIND = Symbol('a core service\'s find')

export interface CountedFind {
  counted?: { read: EngineRead, count: number }
}

/** Marks `populate` as a response shape's, which the published-read path may answer. */
export function registerShapePopulate(populate: object): void {
  shapes.add(populate)
}

function isPublishedShapedRead(strapi: Core.Strapi, uid: string, params: ReadParams): boolean {
  const { populate } = params
  if (params.status !== 'published' || typeof populate !== 'object' || populate === null || !shapes.has(populate))
    return false
  if (DOCUMENT_SERVICE_PARAMS.some(name => params[name] !== undefined))
    return false
  const { pluginOptions } = strapi.contentType(uid as UID.ContentType)
  return (pluginOptions as { i18n?: { localized?: boolean } } | undefined)?.i18n?.localized !== true
}

const READS = new Set(['findMany', 'findFirst', 'count'])

/**
 * Answers the published reads of response-shaped types (the REST API's lists and look-ups by slug)
 * through Strapi's query engine, with the query the document service would build: the same transformer,
 * the same published-version condition, the shape's populate converted once. What it skips is the work
 * a fixed shape does not need on every read: validating the populate again (the controller has checked
 * the caller's query), converting it again, and a transaction around a single read. What the shape
 * populates is read by SQL compiled once (compiled-populate.ts), unless part of it does not compile;
 * the entries themselves, and the count a core service's `find` asks for after them, in one round
 * (entry-reads.ts). The parity suite (test/integration/suites/published-reads.ts) compares its answers
 * with the document service's for every shaped type; any read it does not recognise goes to the document
 * service.
 * Upstream, every document service read runs in a transaction of its own, its populate queries one after
 * another on that connection (https://github.com/strapi/strapi/issues/27645). Remove this path when the
 * document service reads without one and keeps a converted populate, so that `pnpm bench rest` measures
 * it no faster.
 */
export function readPublishedShapesThroughQueryEngine(strapi: Core.Strapi): void {
  const { transformQueryParams } = queryParams.createTransformer({ getModel: uid => strapi.getModel(uid as UID.Schema) })
  type Populate = Parameters<typeof transformQueryParams>[1]['populate']
  const populateContext = {
    db: strapi.db,
    hasDraftAndPublish: (uid: string) => contentTypes.hasDraftAndPublish(strapi.getModel(uid as UID.Schema)),
  }
  // Per instance: a compiled populate reads through this instance's database connection.
  const convertedShapes = new WeakMap<object, Map<string, ConvertedShape>>()
  const converted = (uid: string, populate: object): ConvertedShape => {
    let byType = convertedShapes.get(populate)
    if (byType === undefined) {
      byType = new Map()
      convertedShapes.set(populate, byType)
    }
    let shape = byType.get(uid)
    if (shape === undefined) {
      const convertedPopulate = transformQueryParams(uid as UID.Schema, { populate: populate as Populate }).populate
      const compiled = typeof convertedPopulate === 'object' && convertedPopulate !== null
        ? compilePopulate(populateContext, uid, convertedPopulate as Record<string, unknown>)
        : undefined
      shape = { populate: convertedPopulate, compiled }
      byType.set(uid, shape)
    }
    return shape
  }

  const reads = entryReads(strapi.db)

  strapi.documents.use(async (context, next) => {
    const { action, uid } = context
    const params = context.params as ReadParams
    if (!READS.has(action) || !isPublishedShapedRead(strapi, uid, params))
      return next()
    const find = params[COUNTED_FIND] as CountedFind | undefined
    if (action === 'count' && find?.counted) {
      const { read, count } = find.counted
      find.counted = undefined
      return reads.counted(uid, read, count)
    }
    const callerParams = Object.fromEntries(SHARED_QUERY_PARAM_KEYS.filter(name => name !== 'populate' && params[name] !== undefined).map(name => [name, params[name]]))
    const query = transformQueryParams(uid as UID.Schema, callerParams)
    // As the document service's status lookup: the published version, unless the caller's filters say otherwise.
    const lookup = contentTypes.hasDraftAndPublish(strapi.contentType(uid as UID.ContentType)) ? { publishedAt: { $notNull: true } } : {}
    const read: EngineRead = { ...query, where: { ...lookup, ...query.where } }
    const engine = strapi.db.query(uid as UID.Schema)
    if (action === 'count')
      return engine.count(read)
    const shape = converted(uid, params.populate as object)
    // Inside a transaction the compiled read would wait for the connection the transaction holds.
    if (shape.compiled === undefined || strapi.db.inTransaction()) {
      const populated = { ...read, populate: shape.populate }
      return action === 'findFirst' ? engine.findOne(populated) : engine.findMany(populated)
    }
    if (action === 'findFirst')
      return reads.findFirst(uid, read, shape.compiled)
    const { entries, count } = await reads.findMany(uid, read, shape.compiled, find !== undefined)
    if (find !== undefined && count !== undefined)
      find.counted = { read, count }
    return entries
  })
}
