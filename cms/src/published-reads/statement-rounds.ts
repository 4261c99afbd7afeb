import type { Core } from '@strapi/strapi'
import { escapeLiteral } from 'pg'

type Database = Core.Strapi['db']
type Row = Record<string, unknown>

/** A statement with `?` placeholders and their values, in order. */
export interface BoundSql {
  sql: string
  bindings: unknown[]
}

/** Runs statements that do not depend on each other and answers each one's rows, in order. */
export type RunStatements = (statements: BoundSql[]) => Promise<Row[][]>

interface PostgresResult {
  rows: Row[]
}

function rowsOf(result: unknown): Row[] {
  return Array.isArray(result) ? result as Row[] : (result as PostgresResult).rows
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

/**
 * How a compiled populate runs its statements. On PostgreSQL every statement is a round trip to the
 * server, and the socket write alone was about a fifth of the CPU time of an uncached list read. So they
 * go as one query in PostgreSQL's simple protocol, which runs several statements in one message and
 * answers a result for each, in the text format the extended protocol uses too: node-postgres reads
 * their columns with the same type parsers. That form takes no parameters, so the values are written in
 * as quoted literals; statements with any other value run one by one. On SQLite a statement is a
 * function call, so each runs on its own.
 */
export function statementRunner(db: Database): RunStatements {
  const one = async ({ sql, bindings }: BoundSql) => rowsOf(await db.connection.raw(sql, bindings))
  const each: RunStatements = statements => Promise.all(statements.map(one))
  if (db.dialect.client !== 'postgres')
    return each
  return async (statements) => {
    const texts = statements.length > 1 ? statements.map(withLiterals) : []
    if (texts.length === 0 || texts.includes(undefined))
      return each(statements)
    const results = await db.connection.raw(texts.join(';\n')) as unknown as PostgresResult[]
    return results.map(result => result.rows)
  }
}
