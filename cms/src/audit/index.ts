import { runChecks } from './checks'
import type { AuditReport } from './report'
import { buildReport, failedReport } from './report'
import type { SafeFetchOptions } from './safe-fetch'
import { safeFetch } from './safe-fetch'
import { SafeFetchError } from './safe-fetch-error'

export type { AuditReport, Check, CheckStatus } from './report'
export type { FetchedPage, SafeFetchOptions } from './safe-fetch'
export { SafeFetchError } from './safe-fetch-error'
export type { SafeFetchErrorCode } from './safe-fetch-error'

/**
 * Assesses the website at a visitor-supplied address. A site we refuse or cannot load still yields a
 * report (score 0, saying why), so the caller can store and send it like any other.
 */
export async function auditWebsite(url: string, options?: SafeFetchOptions): Promise<AuditReport> {
  try {
    const page = await safeFetch(url, options)
    return buildReport(page, runChecks(page))
  }
  catch (error) {
    if (error instanceof SafeFetchError)
      return failedReport(url, error)
    throw error
  }
}
