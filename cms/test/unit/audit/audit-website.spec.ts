import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { FixtureServer } from './fixture-server'
import { auditWebsite } from '../../../src/audit'
import { startFixtureServer, stopFixtureServer } from './fixture-server'
import { goodHtml } from './pages'

describe('auditWebsite', () => {
  let fixture: FixtureServer

  beforeAll(async () => {
    fixture = await startFixtureServer((_request, response) => {
      response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(goodHtml)
    })
  })

  afterAll(async () => {
    await stopFixtureServer(fixture)
  })

  it('fetches, checks and scores a page', async () => {
    const url = `http://${fixture.host}/`
    const report = await auditWebsite(url, { allowedTestHosts: new Set([fixture.host]) })
    expect(report).toMatchObject({ version: 1, url, finalUrl: url })
    // Served over plain HTTP, the good page loses the HTTPS points and keeps the rest.
    const failing = report.checks.filter(check => check.status !== 'pass').map(check => check.id)
    expect(failing).toContain('https')
    expect(report.score).toBeGreaterThanOrEqual(80)
    expect(report.score).toBeLessThanOrEqual(90)
  })

  it('turns a refused address into a report instead of throwing', async () => {
    const report = await auditWebsite('http://169.254.169.254/latest/meta-data/')
    expect(report.score).toBe(0)
    expect(report.checks).toHaveLength(1)
    expect(report.checks[0]?.detail).toMatch(/^We could not reach this address: 169\.254\.169\.254 is a link-local address/)
  })
})
