import type { Core } from '@strapi/strapi'

/** Knex's pool of the driver's own connections: its client's `acquireConnection` and `releaseConnection`. */
export interface ConnectionPool<Connection> {
  acquireConnection: () => Promise<Connection>
  releaseConnection: (connection: Connection) => Promise<void>
}

/** The pool `db` reads and writes through, for work that needs one driver connection to itself. */
export function connectionPool<Connection>(db: Core.Strapi['db']): ConnectionPool<Connection> {
  return db.connection.client as unknown as ConnectionPool<Connection>
}
