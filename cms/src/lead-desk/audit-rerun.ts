import type { Core } from '@strapi/strapi'
import type { AuditReport, SafeFetchOptions } from '../audit'
import { auditWebsite } from '../audit'
import { SUBMISSION_UID } from './lead-export'

/** An editor may audit a lead's website again at most this often. */
export const RERUN_INTERVAL_MS = 60_000

export type RerunResult
  = | { kind: 'audited', report: AuditReport }
    | { kind: 'not-found' }
    | { kind: 'too-soon', retryAfterSeconds: number }

export interface AuditRerunOptions {
  fetchOptions?: SafeFetchOptions
  now?: () => number
}

/**
 * Audits a lead's website again on an editor's request, with the same address rules as the first
 * audit. The last audit's time (stored with the report, so every CMS instance sees it) and the runs
 * started here (so two quick clicks start one) keep it to one run a minute per lead.
 */
export function createAuditRerun(strapi: Core.Strapi, { fetchOptions, now = Date.now }: AuditRerunOptions = {}) {
  const startedAt = new Map<string, number>()

  function waitSeconds(documentId: string, lastFetchedAt: string | undefined): number {
    for (const [id, at] of startedAt) {
      if (now() - at >= RERUN_INTERVAL_MS)
        startedAt.delete(id)
    }
    const last = Math.max(startedAt.get(documentId) ?? 0, lastFetchedAt ? Date.parse(lastFetchedAt) || 0 : 0)
    return Math.ceil((last + RERUN_INTERVAL_MS - now()) / 1000)
  }

  return async function rerunAudit(documentId: string): Promise<RerunResult> {
    const lead = await strapi.db.query(SUBMISSION_UID).findOne({ where: { documentId }, select: ['websiteUrl', 'auditReport'] }) as { websiteUrl: string, auditReport: Partial<AuditReport> | null } | null
    if (!lead)
      return { kind: 'not-found' }
    const retryAfterSeconds = waitSeconds(documentId, lead.auditReport?.fetchedAt)
    if (retryAfterSeconds > 0)
      return { kind: 'too-soon', retryAfterSeconds }

    startedAt.set(documentId, now())
    const report = await auditWebsite(lead.websiteUrl, fetchOptions)
    await strapi.db.query(SUBMISSION_UID).update({ where: { documentId }, data: { auditReport: report, score: report.score } })
    strapi.log.info(`[audit] ${lead.websiteUrl} audited again on request, scored ${report.score}`)
    return { kind: 'audited', report }
  }
}
