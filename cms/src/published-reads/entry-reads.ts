import type { Core } from '@strapi/strapi'
import type { CompiledPopulate, PopulatePlan } from './compiled-populate'
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
  findMany: (uid: string, read: EngineRead, populate: CompiledPopulate, withCount: boolean) => Promise<ListRead>
  findFirst: (uid: string, read: EngineRead, populate: CompiledPopulate) => Promise<Entry | null>
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
 * sent: the entries, with their count when asked for, in one round of statements, and what they
 * populate in a second made of their rows (statement-rounds.ts), where the query engine sends each
 * statement through knex's runner, and a core service's `find` then asks the document service for the
 * count in a read of its own. The parity suite (test/integration/suites/published-reads.ts) holds the
 * entries and counts to the document service's. Remove with the read path it serves (query-engine-reads.ts).
 */
export function entryReads(db: Database): EntryReads {
  const { runThen } = statementRunner(db)
  const readers = new Map<string, (row: Row) => Entry>()
  const readerOf = (uid: string) => {
    let reader = readers.get(uid)
    if (reader === undefined) {
      reader = entryReader(db.metadata.get(uid))
      readers.set(uid, reader)
    }
    return reader
  }
  /** Reads the entries `first` answers first, then what they populate. */
  const populated = async (uid: string, first: BoundSql[], populate: CompiledPopulate) => {
    const read = readerOf(uid)
    let entries: Entry[] = []
    let plan: PopulatePlan | undefined
    try {
      const [rows, populatedRows] = await runThen(first, ([entryRows = []]) => {
        entries = entryRows.map(read)
        plan = populate(entries)
        return plan.statements
      })
      plan?.assign(populatedRows)
      return { entries, rows }
    }
    catch (error) {
      db.dialect.transformErrors(error as Error)
      throw error
    }
  }
  return {
    async findMany(uid, read, populate, withCount) {
      const states = await db.lifecycles.run('beforeFindMany', uid, { params: read })
      const statements = [statementOf(db.queryBuilder(uid).init(read))]
      // As the entity manager counts: by the read's conditions alone.
      if (withCount)
        statements.push(statementOf(db.queryBuilder(uid).init(pick(read, ['_q', 'where', 'filters'])).count().first()))
      const { entries, rows: [, counted] } = await populated(uid, statements, populate)
      await db.lifecycles.run('afterFindMany', uid, { params: read, result: entries }, states)
      return { entries, count: counted && Number(counted[0]?.count) }
    },
    async findFirst(uid, read, populate) {
      const states = await db.lifecycles.run('beforeFindOne', uid, { params: read })
      const { entries: [entry = null] } = await populated(uid, [statementOf(db.queryBuilder(uid).init(read).first())], populate)
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
