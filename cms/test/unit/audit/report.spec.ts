import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import type { Check, CheckStatus } from '../../../src/audit/report'
import { runChecks } from '../../../src/audit/checks'
import { buildReport, failedReport, scoreChecks } from '../../../src/audit/report'
import { SafeFetchError } from '../../../src/audit/safe-fetch-error'
import { fetchedPage, poorHtml } from './pages'

function check(status: CheckStatus, weight: number): Check {
  return { id: `${status}-${weight}`, label: 'A check', status, weight, detail: 'What we found.' }
}

const fetchedAt = new Date('2025-03-01T09:30:00.000Z')

describe('scoreChecks', () => {
  it('gives full weight to a pass, half to a warning and none to a failure', () => {
    expect(scoreChecks([check('pass', 10), check('warn', 10), check('fail', 20)])).toBe(38)
  })

  it('scores all passes 100, all warnings 50 and all failures 0', () => {
    const weights = [10, 5, 3]
    expect(scoreChecks(weights.map(weight => check('pass', weight)))).toBe(100)
    expect(scoreChecks(weights.map(weight => check('warn', weight)))).toBe(50)
    expect(scoreChecks(weights.map(weight => check('fail', weight)))).toBe(0)
  })

  it('scores nothing to check as 0', () => {
    expect(scoreChecks([])).toBe(0)
  })

  it('always yields a whole number from 0 to 100', () => {
    const anyCheck = fc.tuple(fc.constantFrom<CheckStatus>('pass', 'warn', 'fail'), fc.integer({ min: 0, max: 50 }))
    fc.assert(fc.property(fc.array(anyCheck), (specs) => {
      const score = scoreChecks(specs.map(([status, weight]) => check(status, weight)))
      expect(Number.isInteger(score)).toBe(true)
      expect(score).toBeGreaterThanOrEqual(0)
      expect(score).toBeLessThanOrEqual(100)
    }))
  })
})

describe('buildReport', () => {
  it('scores a good page 100 and records where it was fetched and when', () => {
    const page = fetchedPage()
    expect(buildReport(page, runChecks(page), fetchedAt)).toMatchObject({
      version: 1,
      url: 'http://bakery.example/',
      finalUrl: 'https://bakery.example/',
      fetchedAt: '2025-03-01T09:30:00.000Z',
      score: 100,
    })
  })

  it('scores a poor page low but above zero for what it gets right', () => {
    const page = fetchedPage({ finalUrl: 'http://bakery.example/', body: poorHtml, bytes: 600 * 1024, elapsedMs: 2_500 })
    const { score } = buildReport(page, runChecks(page))
    expect(score).toBeGreaterThan(0)
    expect(score).toBeLessThanOrEqual(25)
  })
})

describe('failedReport', () => {
  it('scores 0 with a single check that says why the site could not be reached', () => {
    const error = new SafeFetchError('dns-failed', 'We could not find nope.example; please check the address for typos.')
    expect(failedReport('http://nope.example/', error, fetchedAt)).toEqual({
      version: 1,
      url: 'http://nope.example/',
      finalUrl: 'http://nope.example/',
      fetchedAt: '2025-03-01T09:30:00.000Z',
      score: 0,
      checks: [{
        id: 'reachable',
        label: 'Website reachable',
        status: 'fail',
        weight: 100,
        detail: 'We could not reach this address: We could not find nope.example; please check the address for typos.',
        advice: 'Check that the address is right and the site is online, then run the audit again.',
      }],
    })
  })
})
