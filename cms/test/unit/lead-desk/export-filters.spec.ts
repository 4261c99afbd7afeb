import { describe, expect, it } from 'vitest'
import { exportWhere, parseExportFilters } from '../../../src/lead-desk/export-filters'

describe('lead export filters', () => {
  it('reads stages given as a list or repeated, and whole days', () => {
    const parsed = parseExportFilters({ stage: ['new,contacted', 'won'], from: '2026-01-01', to: '2026-01-31' })
    expect(parsed).toEqual({ ok: true, filters: { stages: ['new', 'contacted', 'won'], from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-31T00:00:00Z') } })
  })

  it('takes everything when nothing is asked', () => {
    expect(parseExportFilters({})).toEqual({ ok: true, filters: { stages: [] } })
    expect(exportWhere({ stages: [] })).toEqual({})
  })

  it.each([
    [{ stage: 'archived' }, 'Unknown stage "archived"; choose from new, in_review, contacted, won, lost.'],
    [{ from: '31/01/2026' }, '"from" must be a date written as YYYY-MM-DD, for example 2026-01-31.'],
    [{ to: '2026-02-30' }, '"to" must be a date written as YYYY-MM-DD, for example 2026-01-31.'],
    [{ from: ['2026-01-01', '2026-01-02'] }, '"from" must be given once.'],
    [{ from: '2026-02-01', to: '2026-01-01' }, '"from" must not be after "to".'],
  ])('refuses %j, saying why', (query, message) => {
    expect(parseExportFilters(query)).toEqual({ ok: false, message })
  })

  it('includes the last day whole', () => {
    expect(exportWhere({ stages: ['new'], from: new Date('2026-01-01T00:00:00Z'), to: new Date('2026-01-31T00:00:00Z') })).toEqual({
      stage: { $in: ['new'] },
      createdAt: { $gte: new Date('2026-01-01T00:00:00Z'), $lt: new Date('2026-02-01T00:00:00Z') },
    })
  })
})
