import type { Core } from '@strapi/strapi'

/**
 * Names the scheduler's PostgreSQL advisory lock. Any number works as long as every CMS instance uses
 * the same one and nothing else in the database does.
 */
const SCHEDULE_LOCK_KEY = 7_230_841_105

/**
 * Runs `pass` unless another CMS instance sharing this PostgreSQL database is running one, and answers
 * null then. The lock is taken in a transaction of its own that stays open for the whole pass: it is
 * released when that transaction ends, or by PostgreSQL when the instance dies, so a crash never leaves
 * it held. The pass's own transactions take other connections of the pool, so it needs at least two
 * (DATABASE_POOL_MAX). SQLite is one process's database, so there is no one to wait for.
 */
export async function withScheduleLock<T>(strapi: Core.Strapi, pass: () => Promise<T>): Promise<T | null> {
  if (strapi.db.dialect.client !== 'postgres')
    return pass()
  const lock = await strapi.db.connection.transaction()
  try {
    const answer = await lock.raw('select pg_try_advisory_xact_lock(?) as locked', [SCHEDULE_LOCK_KEY]) as { rows: Array<{ locked: boolean }> }
    return answer.rows[0]?.locked ? await pass() : null
  }
  finally {
    await lock.commit()
  }
}
