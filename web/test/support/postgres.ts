import { spawnSync } from 'node:child_process'
import crypto from 'node:crypto'

const PG = { host: process.env.TEST_POSTGRES_HOST ?? '127.0.0.1', user: process.env.TEST_POSTGRES_USER ?? 'postgres' }

function psql(sql: string): { ok: boolean, error: string } {
  const result = spawnSync('psql', ['-h', PG.host, '-U', PG.user, '-d', 'postgres', '-v', 'ON_ERROR_STOP=1', '-c', sql], { encoding: 'utf8' })
  return { ok: result.status === 0, error: result.error?.message ?? result.stderr }
}

/** Why tests that need PostgreSQL cannot run here, or null when it answers. */
export function postgresUnavailableReason(): string | null {
  const { ok, error } = psql('select 1')
  return ok ? null : `PostgreSQL is not reachable at ${PG.user}@${PG.host} (${error.trim() || 'psql failed'})`
}

/** A new, empty database for one test run, and a function that drops it. */
export function createDatabase(): { url: string, drop: () => void } {
  const name = `agency_e2e_${crypto.randomBytes(4).toString('hex')}`
  const created = psql(`create database "${name}"`)
  if (!created.ok)
    throw new Error(`Could not create ${name}: ${created.error}`)
  return {
    url: `postgres://${PG.user}@${PG.host}:5432/${name}`,
    drop: () => {
      psql(`drop database if exists "${name}" with (force)`)
    },
  }
}
