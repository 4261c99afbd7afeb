import crypto from 'node:crypto'
import pg from 'pg'

export const POSTGRES_ADMIN_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** Why PostgreSQL tests cannot run here, or null when the server answers. */
export async function postgresUnavailableReason(): Promise<string | null> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL, connectionTimeoutMillis: 2000 })
  try {
    await client.connect()
    await client.query('select 1')
    return null
  }
  catch (error) {
    return `PostgreSQL is not reachable at ${POSTGRES_ADMIN_URL} (${error instanceof Error ? error.message : String(error)})`
  }
  finally {
    await client.end().catch(() => {})
  }
}

async function adminQuery(sql: string): Promise<void> {
  const client = new pg.Client({ connectionString: POSTGRES_ADMIN_URL })
  await client.connect()
  try {
    await client.query(sql)
  }
  finally {
    await client.end()
  }
}

/** Creates an empty, uniquely named database and returns its URL and a function that drops it. */
export async function createTemporaryDatabase(): Promise<{ url: string, drop: () => Promise<void> }> {
  const name = `agency_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`
  await adminQuery(`create database "${name}"`)
  const url = new URL(POSTGRES_ADMIN_URL)
  url.pathname = `/${name}`
  return {
    url: url.href,
    drop: () => adminQuery(`drop database if exists "${name}" with (force)`),
  }
}
