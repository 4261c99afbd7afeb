import type { FetchedPage } from './safe-fetch'
import type { SafeFetchError } from './safe-fetch-error'

export type CheckStatus = 'pass' | 'warn' | 'fail'

export interface Check {
  id: string
  label: string
  status: CheckStatus
  /** Share of the score this check is worth; a warning earns half of it. */
  weight: number
  /** What we found, in words the site owner understands. */
  detail: string
  /** What to do about it; absent when the check passed. */
  advice?: string
}

export interface AuditReport {
  /** Bumped when the stored shape changes, so old reports can still be read. */
  version: 1
  url: string
  finalUrl: string
  fetchedAt: string
  /** 0–100, the weighted share of checks passed. */
  score: number
  checks: Check[]
}

const STATUS_CREDIT: Readonly<Record<CheckStatus, number>> = { pass: 1, warn: 0.5, fail: 0 }

export function scoreChecks(checks: readonly Check[]): number {
  const total = checks.reduce((sum, check) => sum + check.weight, 0)
  if (total === 0)
    return 0
  const earned = checks.reduce((sum, check) => sum + check.weight * STATUS_CREDIT[check.status], 0)
  return Math.round((earned / total) * 100)
}

export function buildReport(page: FetchedPage, checks: readonly Check[], fetchedAt = new Date()): AuditReport {
  return {
    version: 1,
    url: page.requestedUrl,
    finalUrl: page.finalUrl,
    fetchedAt: fetchedAt.toISOString(),
    score: scoreChecks(checks),
    checks: [...checks],
  }
}

/** A report for a site we refused or failed to load, in the same shape so the form can show it alike. */
export function failedReport(url: string, error: SafeFetchError, fetchedAt = new Date()): AuditReport {
  return {
    version: 1,
    url,
    finalUrl: url,
    fetchedAt: fetchedAt.toISOString(),
    score: 0,
    checks: [{
      id: 'reachable',
      label: 'Website reachable',
      status: 'fail',
      weight: 100,
      detail: `We could not reach this address: ${error.message}`,
      advice: 'Check that the address is right and the site is online, then run the audit again.',
    }],
  }
}
