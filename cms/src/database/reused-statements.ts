/** Distinct SQL texts a connection keeps compiled: the REST API's reads use a few hundred at most. */
export const REUSED_STATEMENTS_LIMIT = 1000

/** The part of a better-sqlite3 connection this hook uses. */
interface SqliteConnection {
  prepare: (sql: string) => unknown
}

type Done = (error?: Error, connection?: unknown) => void

/**
 * A knex pool hook (`pool.afterCreate`) that makes a better-sqlite3 connection compile each SQL text
 * once. Knex's better-sqlite3 dialect prepares every query anew, and better-sqlite3 then compiles the
 * statement and, on its first row, a JavaScript function that builds rows of its columns: together
 * more than a tenth of an uncached REST read. Statements compiled once and run again give the same
 * rows: SQLite compiles a statement again by itself when the schema changes, and better-sqlite3
 * rebuilds its row function then. Knex runs each statement to the end before its next query
 * (`all` or `run`, never `iterate`), so one statement is never in use twice at once.
 * Upstream: knex prepares each query (lib/dialects/better-sqlite3/index.js, `_query`); better-sqlite3
 * leaves caching statements to its callers (https://github.com/WiseLibs/better-sqlite3/issues/793).
 * Remove this when knex's dialect reuses statements itself: test/unit/reused-statements.spec.ts pins
 * that knex still prepares through `connection.prepare` for every query.
 */
export function reuseStatements(created: unknown, done: Done): void {
  const connection = created as SqliteConnection
  const compile = connection.prepare.bind(connection)
  const statements = new Map<string, unknown>()
  connection.prepare = (sql) => {
    let statement = statements.get(sql)
    if (statement === undefined) {
      statement = compile(sql)
      if (statements.size >= REUSED_STATEMENTS_LIMIT)
        statements.delete(statements.keys().next().value!)
    }
    else {
      // Last in the map's order, so that the least recently used statement is the first let go.
      statements.delete(sql)
    }
    statements.set(sql, statement)
    return statement
  }
  done(undefined, connection)
}
