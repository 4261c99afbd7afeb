import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { afterAll, describe, expect, it } from 'vitest'

const launcher = path.resolve(import.meta.dirname, '../../scripts/serve.mjs')
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-serve-'))

/** Runs the launcher on a stand-in server entry, without Redis unless the test sets it. */
function serve(env: Record<string, string>, entrySource = 'process.exit(0)') {
  const entry = path.join(dir, `entry-${Math.random().toString(36).slice(2)}.mjs`)
  fs.writeFileSync(entry, entrySource)
  const { NUXT_REDIS_URL: _nuxtRedis, REDIS_URL: _redis, ...inherited } = process.env
  return spawnSync(process.execPath, [launcher, entry], { env: { ...inherited, ...env }, encoding: 'utf8', timeout: 20_000 })
}

afterAll(() => fs.rmSync(dir, { recursive: true, force: true }))

describe('scripts/serve.mjs', () => {
  it('runs the server entry in this process by default', () => {
    const result = serve({}, 'console.info(`entry ran, worker: ${(await import(\'node:cluster\')).default.isWorker}`)')
    expect(result.status).toBe(0)
    expect(result.stdout).toContain('entry ran, worker: false')
  })

  it('refuses several processes without Redis, and says why', () => {
    const result = serve({ SITE_WORKERS: '2' })
    expect(result.status).toBe(1)
    expect(result.stderr).toContain('SITE_WORKERS=2 needs Redis (NUXT_REDIS_URL or REDIS_URL)')
  })

  it('refuses a worker count that is not a number of processes', () => {
    for (const setting of ['two', '0', '1.5', '-1']) {
      const result = serve({ SITE_WORKERS: setting })
      expect(result.status).toBe(1)
      expect(result.stderr).toContain(`SITE_WORKERS must be a whole number of processes (1 or more) or "auto", not "${setting}"`)
    }
  })

  it('stops, with the code of the process that failed, when a process cannot start', () => {
    const result = serve({ SITE_WORKERS: '2', REDIS_URL: 'redis://127.0.0.1:6379' }, 'process.exit(3)')
    expect(result.status).toBe(3)
    expect(result.stderr).toContain('a process exited before it could serve (code 3); stopping.')
    expect(result.stderr.match(/exited before it could serve/g)).toHaveLength(1)
  })
})
