import type { Core } from '@strapi/strapi'
import createDebug from 'debug'
import { escapeLiteral } from 'pg'
import { connectionPool } from '../database/connection-pool'

type Database = Core.Strapi['db']
type Row = Record<string, unknown>

/** A statement with `?` placeholders and their values, in order. */
export interface BoundSql {
  sql: string
  bindings: unknown[]
}

/** Runs statements that do not depend on each other and answers each one's rows, in order. */
export type RunStatements = (statements: BoundSql[]) => Promise<Row[][]>

export interface StatementRunner {
  run: RunStatements
  /** Runs `first`, then the statements `next` makes of their rows, and answers both rounds' rows. */
  runThen: (first: BoundSql[], next: (rows: Row[][]) => BoundSql[]) => Promise<[Row[][], Row[][]]>
}

interface PostgresResult {
  rows: Row[]
}

/**
 * A value written into SQL text as node-postgres sends it as a parameter: as text, of a type PostgreSQL
 * works out from where it stands. Quoted, a literal is of that unknown type too. The quoting is
 * node-postgres's own; a value holding `?` is left out, as knex would take it for a placeholder.
 */
function literal(value: unknown): string | undefined {
  const sendable = (typeof value === 'number' && Number.isFinite(value)) || ['bigint', 'boolean', 'string'].includes(typeof value)
  const text = sendable ? String(value) : undefined
  return text === undefined || text.includes('?') ? undefined : escapeLiteral(text)
}

/** `statement` with its values written in, or undefined when one of them cannot be. */
function withLiterals({ sql, bindings }: BoundSql): string | undefined {
  const parts = sql.split('?')
  if (parts.length !== bindings.length + 1)
    return undefined
  let text = parts[0]!
  for (const [index, value] of bindings.entries()) {
    const written = literal(value)
    if (written === undefined)
      return undefined
    text += written + parts[index + 1]!
  }
  return text
}

/** Statements run outside knex, whose own log (DEBUG=knex:query) does not show them: a line a round. */
const debugSql = createDebug('cms:sql')

/** PostgreSQL's simple protocol: several statements in one message, a result for each; a round a message. */
function postgresRunner(db: Database): StatementRunner {
  const each: RunStatements = statements => Promise.all(statements.map(async ({ sql, bindings }) => (await db.connection.raw(sql, bindings) as unknown as PostgresResult).rows))
  const run: RunStatements = async (statements) => {
    const texts = statements.length > 1 ? statements.map(withLiterals) : []
    if (texts.length === 0 || texts.includes(undefined))
      return each(statements)
    const results = await db.connection.raw(texts.join(';\n')) as unknown as PostgresResult[]
    return results.map(result => result.rows)
  }
  return {
    run,
    async runThen(first, next) {
      const rows = await run(first)
      return [rows, await run(next(rows))]
    },
  }
}

/** The better-sqlite3 connection knex's pool hands out, as far as it is used here. */
interface SqliteConnection {
  prepare: (sql: string) => { all: (bindings: unknown[]) => Row[] }
  transaction: <A extends unknown[], T>(run: (...args: A) => T) => (...args: A) => T
}

/** A round of statements run at once on a connection. */
type RunRound = (statements: BoundSql[]) => Row[][]

/** A value as knex's better-sqlite3 client binds it. */
const sqliteValue = (value: unknown) => value instanceof Date ? value.valueOf() : typeof value === 'boolean' ? Number(value) : value

/** A read transaction on `connection`: it runs `work`, whose rounds of statements run in one go each. */
type ReadTransaction = <T>(work: (all: RunRound) => T) => T

/** Each connection's read transaction, made once: better-sqlite3 builds a function for every transaction it is given. */
const readTransactions = new WeakMap<SqliteConnection, ReadTransaction>()

function readTransaction(connection: SqliteConnection): ReadTransaction {
  let transaction = readTransactions.get(connection)
  if (transaction === undefined) {
    const all: RunRound = (statements) => {
      if (statements.length === 0)
        return []
      if (debugSql.enabled)
        debugSql(statements.map(({ sql }) => sql).join(';\n'))
      return statements.map(({ sql, bindings }) => connection.prepare(sql).all(bindings.map(sqliteValue)))
    }
    transaction = connection.transaction(<T>(work: (all: RunRound) => T) => work(all)) as ReadTransaction
    readTransactions.set(connection, transaction)
  }
  return transaction
}

/** One read transaction on the pooled connection, every round of it run in one go. */
function sqliteRunner(db: Database): StatementRunner {
  const pool = connectionPool<SqliteConnection>(db)
  const inTransaction = async <T>(work: (all: RunRound) => T): Promise<T> => {
    const connection = await pool.acquireConnection()
    try {
      return readTransaction(connection)(work)
    }
    finally {
      await pool.releaseConnection(connection)
    }
  }
  return {
    run: statements => inTransaction(all => all(statements)),
    runThen: (first, next) => inTransaction((all) => {
      const rows = all(first)
      return [rows, all(next(rows))]
    }),
  }
}

/**
 * How a compiled read runs its statements: a round of statements that do not depend on each other, or
 * a round and then the one made of its rows (a list read and what its entries populate).
 * On PostgreSQL every statement is a round trip to the server, and the socket write alone was about a
 * fifth of the CPU time of an uncached list read. So they go as one query in PostgreSQL's simple
 * protocol, which runs several statements in one message and answers a result for each, in the text
 * format the extended protocol uses too: node-postgres reads their columns with the same type parsers.
 * That form takes no parameters, so the values are written in as quoted literals; statements with any
 * other value run one by one.
 * On SQLite a statement outside a transaction takes and drops the file's lock, eight system calls, and
 * goes through knex's query runner: together more than the statement itself. So every round of a read
 * runs in one read transaction, at once, on the connection knex's pool hands out (its `acquireConnection` and
 * `releaseConnection`, https://github.com/knex/knex/blob/3.0.1/lib/client.js), as knex's better-sqlite3
 * client would run them, bindings and all. test/unit/statement-rounds.spec.ts pins that against knex's
 * own answers; remove it when knex runs several statements in one call on SQLite, so that
 * `pnpm bench rest` measures this no faster.
 */
export function statementRunner(db: Database): StatementRunner {
  return db.dialect.client === 'postgres' ? postgresRunner(db) : sqliteRunner(db)
}
