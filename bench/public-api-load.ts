// Anonymous load the CMS's public API limits bound, and the cache a lead leaves alone. Starts the CMS on
// a temporary SQLite database twice (rate limit off, then as configured by default) and prints figures:
//   pnpm --filter @agency/bench public-api-load
import type { RunningProcess } from '@agency/test-support/processes'
import { execFile } from 'node:child_process'
import crypto from 'node:crypto'
import fs from 'node:fs'
import os from 'node:os'
import path from 'node:path'
import { promisify } from 'node:util'
import { DEV_ASSESSMENT_API_TOKEN } from '@agency/shared'
import { startCmsServer } from '@agency/test-support/cms-server'

const run = promisify(execFile)
const SECONDS = 10
const CONNECTIONS = 32

interface Summary { requests: number, seconds: number, badStatuses: number, p50Ms: number, p95Ms: number }

async function uniqueFilterLoad(url: string): Promise<Summary> {
  const script = path.join(import.meta.dirname, 'lib', 'unique-filter.lua')
  const { stdout } = await run('wrk', ['-t1', `-c${CONNECTIONS}`, `-d${SECONDS}s`, '--timeout', '10s', '-s', script, url], { maxBuffer: 1 << 20 })
  return JSON.parse(stdout.trim().split('\n').at(-1) ?? '{}') as Summary
}

async function xCache(url: string): Promise<string | null> {
  return (await fetch(`${url}/api/articles?bench=lead`)).headers.get('x-cache')
}

async function articleListAfterALead(url: string): Promise<string> {
  const before = [await xCache(url), await xCache(url)]
  const lead = await fetch(`${url}/api/assessment-submissions`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', 'Authorization': `Bearer ${DEV_ASSESSMENT_API_TOKEN}` },
    body: JSON.stringify({ data: { name: 'Load Check', email: 'load@example.com', company: 'Load Ltd', websiteUrl: 'https://example.com', services: ['web-design'], message: 'Load check.', consent: true, sourcePage: '/', idempotencyKey: crypto.randomUUID() } }),
  })
  return `${before.join(', ')}; lead ${lead.status}; then ${await xCache(url)}`
}

async function withCms<T>(env: Record<string, string>, use: (cms: RunningProcess) => Promise<T>): Promise<T> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'agency-public-api-'))
  const cms = await startCmsServer({ database: { client: 'sqlite', file: path.join(dir, 'data.db') }, env })
  try {
    return await use(cms)
  }
  finally {
    await cms.stop()
    fs.rmSync(dir, { recursive: true, force: true })
  }
}

const rows: Record<string, string | number>[] = []
for (const [label, env] of [
  ['rate limit off', { API_RATE_LIMIT_ENABLED: 'false' }],
  ['default limit (600 a minute per address)', { API_RATE_LIMIT_POINTS: '600', API_RATE_LIMIT_WINDOW_SECONDS: '60' }],
] as const) {
  rows.push(await withCms(env, async (cms) => {
    const lead = await articleListAfterALead(cms.url)
    const load = await uniqueFilterLoad(cms.url)
    return {
      'CMS': label,
      'req/s': Math.round(load.requests / load.seconds),
      'answered 200': load.requests - load.badStatuses,
      'refused 429': load.badStatuses,
      'p50 ms': load.p50Ms,
      'p95 ms': load.p95Ms,
      'article list X-Cache around a lead': lead,
    }
  }))
}
console.info(`Anonymous list reads, a unique filter each, ${CONNECTIONS} connections for ${SECONDS} s (wrk, one thread):`)
console.table(rows)
