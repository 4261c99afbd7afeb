import type { Core } from '@strapi/strapi'
import type { BoundSql } from './statement-rounds'
import pick from 'lodash/pick'
import { entryReader } from './column-values'
import { statementRunner } from './statement-rounds'

type Database = Core.Strapi['db']
type QueryBuilder = ReturnType<Database['queryBuilder']>
type Entry = Record<string, unknown>
type Row = Record<string, unknown>

/** A read as Strapi's query engine takes it: the caller's query transformed, with its conditions in `where`. */
export type EngineRead = Record<string, unknown>

/** A list read's entries, and how many entries match its conditions when that was asked for. */
export interface ListRead {
  entries: Entry[]
  count?: number
}

export interface EntryReads {
  findMany: (uid: string, read: EngineRead, withCount: boolean) => Promise<ListRead>
  findFirst: (uid: string, read: EngineRead) => Promise<Entry | null>
  /** Answers a count read with a count a list read made, running the count's lifecycle events. */
  counted: (uid: string, read: EngineRead, count: number) => Promise<number>
}

/** The statement the query engine would send for `builder`, as knex compiles it. */
function statementOf(builder: QueryBuilder): BoundSql {
  const { sql, bindings } = builder.getKnexQuery().toSQL()
  return { sql, bindings: [...bindings] }
}

/**
 * The entries of published reads, as Strapi's query engine reads them (`findMany`, `findOne`, `count`
 * of its entity manager): the statements its query builder compiles for the read, the lifecycle events
 * it runs around them, its rows made entries as its `fromRow` makes them. What differs is how they are
 * sent: a list and its count go together in one round of statements (statement-rounds.ts), where the
 * query engine sends each through knex's runner on a connection of its own, and a core service's `find`
 * then asks the document service for the count in a second read. The parity suite
 * (test/integration/suites/published-reads.ts) holds the entries and counts to the document service's.
 */
export function entryReads(db: Database): EntryReads {
  const run = statementRunner(db)
  const readers = new Map<string, (row: Row) => Entry>()
  const readerOf = (uid: string) => {
    let reader = readers.get(uid)
    if (reader === undefined) {
      reader = entryReader(db.metadata.get(uid))
      readers.set(uid, reader)
    }
    return reader
  }
  const sent = async (statements: BoundSql[]) => {
    try {
      return await run(statements)
    }
    catch (error) {
      db.dialect.transformErrors(error as Error)
      throw error
    }
  }
  return {
    async findMany(uid, read, withCount) {
      const states = await db.lifecycles.run('beforeFindMany', uid, { params: read })
      const statements = [statementOf(db.queryBuilder(uid).init(read))]
      // As the entity manager counts: by the read's conditions alone.
      if (withCount)
        statements.push(statementOf(db.queryBuilder(uid).init(pick(read, ['_q', 'where', 'filters'])).count().first()))
      const [rows = [], counted] = await sent(statements)
      const entries = rows.map(readerOf(uid))
      await db.lifecycles.run('afterFindMany', uid, { params: read, result: entries }, states)
      return { entries, count: counted && Number(counted[0]?.count) }
    },
    async findFirst(uid, read) {
      const states = await db.lifecycles.run('beforeFindOne', uid, { params: read })
      const [rows = []] = await sent([statementOf(db.queryBuilder(uid).init(read).first())])
      const entry = rows[0] === undefined ? null : readerOf(uid)(rows[0])
      await db.lifecycles.run('afterFindOne', uid, { params: read, result: entry }, states)
      return entry
    },
    async counted(uid, read, count) {
      const states = await db.lifecycles.run('beforeCount', uid, { params: read })
      await db.lifecycles.run('afterCount', uid, { params: read, result: count }, states)
      return count
    },
  }
}
