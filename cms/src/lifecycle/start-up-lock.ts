import type { Core } from '@strapi/strapi'
import { connectionPool } from '../database/connection-pool'

/**
 * The name of the PostgreSQL advisory lock that CMS instances starting on one database take in turn.
 * Every instance of this app uses it; `hashtext` turns it into the lock's integer key.
 */
export const START_UP_LOCK = 'agency:cms-start-up'

/** What knex's pool hands out for PostgreSQL: a `pg` client. */
interface PgConnection {
  query: (text: string, values: unknown[]) => Promise<unknown>
}

const held = new WeakMap<Core.Strapi, PgConnection>()

/**
 * Waits until no other instance is starting on this database, then holds the start-up lock on a
 * connection of its own until {@link releaseStartUpLock}. Taken in `register`, before Strapi syncs the
 * schema, so that everything a start writes (tables, Strapi's roles, permissions and view settings,
 * then this app's seed, tokens, webhook, roles and admin settings) is written by one instance at a time,
 * and the next one finds it done. A session lock: it ends with the connection if the process dies.
 * SQLite needs none: its file belongs to one process.
 */
export async function takeStartUpLock(strapi: Core.Strapi): Promise<void> {
  if (strapi.db.dialect.client !== 'postgres' || held.has(strapi))
    return
  const pool = connectionPool<PgConnection>(strapi.db)
  const connection = await pool.acquireConnection()
  try {
    const free = await connection.query('select pg_try_advisory_lock(hashtext($1)) as locked', [START_UP_LOCK]) as { rows: Array<{ locked: boolean }> }
    if (!free.rows[0]?.locked) {
      strapi.log.info('[start-up] another instance is starting on this database: waiting for it to finish')
      await connection.query('select pg_advisory_lock(hashtext($1))', [START_UP_LOCK])
    }
  }
  catch (error) {
    await pool.releaseConnection(connection)
    throw error
  }
  held.set(strapi, connection)
}

/** Lets the next instance start: called once this one's bootstrap is over, whether it succeeded or not. */
export async function releaseStartUpLock(strapi: Core.Strapi): Promise<void> {
  const connection = held.get(strapi)
  if (!connection)
    return
  held.delete(strapi)
  const pool = connectionPool<PgConnection>(strapi.db)
  try {
    await connection.query('select pg_advisory_unlock(hashtext($1))', [START_UP_LOCK])
  }
  finally {
    await pool.releaseConnection(connection)
  }
}
