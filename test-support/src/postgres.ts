import crypto from 'node:crypto'
import pg from 'pg'

/** A role on the test PostgreSQL server that may create and drop databases, and a database to connect to. */
export const TEST_POSTGRES_URL = process.env.TEST_POSTGRES_URL ?? 'postgres://postgres@127.0.0.1:5432/postgres'

/** The server and role, without a password, for messages that end up in logs. */
function serverName(): string {
  const url = new URL(TEST_POSTGRES_URL)
  return `${url.username}@${url.host}`
}

async function withClient<T>(use: (client: pg.Client) => Promise<T>, connectionTimeoutMillis?: number): Promise<T> {
  const client = new pg.Client({ connectionString: TEST_POSTGRES_URL, connectionTimeoutMillis })
  try {
    await client.connect()
    return await use(client)
  }
  finally {
    await client.end().catch(() => {})
  }
}

/** Why tests that need PostgreSQL cannot run here, or null when the server answers. */
export async function postgresUnavailableReason(): Promise<string | null> {
  try {
    await withClient(client => client.query('select 1'), 2000)
    return null
  }
  catch (error) {
    return `PostgreSQL is not reachable as ${serverName()} (${error instanceof Error ? error.message : String(error)})`
  }
}

export interface TemporaryDatabase {
  url: string
  drop: () => Promise<void>
}

/** Creates an empty, uniquely named database for one run and returns its URL and a function that drops it. */
export async function createTemporaryDatabase(): Promise<TemporaryDatabase> {
  const name = `agency_test_${Date.now()}_${crypto.randomBytes(3).toString('hex')}`
  await withClient(client => client.query(`create database "${name}"`))
  const url = new URL(TEST_POSTGRES_URL)
  url.pathname = `/${name}`
  return {
    url: url.href,
    // Forced, because a server under test may still hold connections when its run ends.
    drop: async () => {
      await withClient(client => client.query(`drop database if exists "${name}" with (force)`))
    },
  }
}

export interface DatabaseConnection {
  /** `values` fill the statement's `$1`, `$2`, …, never spliced into its text. */
  rows: <Row>(sql: string, values?: unknown[]) => Promise<Row[]>
  end: () => Promise<void>
}

/** A connection to the database at `url`, for checking what a server under test wrote. */
export async function connectToDatabase(url: string): Promise<DatabaseConnection> {
  const client = new pg.Client({ connectionString: url })
  await client.connect()
  return {
    rows: async <Row>(sql: string, values?: unknown[]) => (await client.query(sql, values)).rows as Row[],
    end: () => client.end(),
  }
}
