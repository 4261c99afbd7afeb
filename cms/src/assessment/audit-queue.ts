import type { Core } from '@strapi/strapi'
import type { SafeFetchOptions } from '../audit'
import { auditWebsite } from '../audit'

const UID = 'api::assessment-submission.assessment-submission'

export interface AuditQueue {
  enqueue: (documentId: string) => void
  /** Queues every submission whose audit is still empty, e.g. after a restart; returns how many. */
  resumePending: () => Promise<number>
  /** Resolves once nothing is queued or running. */
  idle: () => Promise<void>
  stop: () => Promise<void>
}

export interface AuditQueueOptions {
  concurrency?: number
  fetchOptions?: SafeFetchOptions
}

/**
 * Audits submitted websites in the background, a few at a time. The database is the queue: a
 * submission without an audit report is pending, so work lost to a restart is found again.
 */
export function createAuditQueue(strapi: Core.Strapi, { concurrency = 2, fetchOptions }: AuditQueueOptions = {}): AuditQueue {
  const waiting: string[] = []
  const known = new Set<string>()
  let running = 0
  let stopped = false
  let idleWaiters: Array<() => void> = []

  const settleIfIdle = () => {
    if (running === 0 && waiting.length === 0) {
      idleWaiters.forEach(resolve => resolve())
      idleWaiters = []
    }
  }

  async function audit(documentId: string): Promise<void> {
    const submission = await strapi.db.query(UID).findOne({ where: { documentId }, select: ['websiteUrl', 'auditReport'] }) as { websiteUrl: string, auditReport: unknown } | null
    if (!submission || submission.auditReport)
      return
    const report = await auditWebsite(submission.websiteUrl, fetchOptions)
    await strapi.db.query(UID).update({ where: { documentId }, data: { auditReport: report, score: report.score } })
    strapi.log.info(`[audit] ${submission.websiteUrl} scored ${report.score}`)
  }

  function pump(): void {
    while (!stopped && running < concurrency && waiting.length > 0) {
      const documentId = waiting.shift()
      if (documentId === undefined)
        break
      running++
      audit(documentId)
        .catch(error => strapi.log.error(`[audit] submission ${documentId}: ${error instanceof Error ? error.message : String(error)}`))
        .finally(() => {
          running--
          known.delete(documentId)
          pump()
          settleIfIdle()
        })
    }
  }

  return {
    enqueue(documentId) {
      if (stopped || known.has(documentId))
        return
      known.add(documentId)
      waiting.push(documentId)
      pump()
    },
    async resumePending() {
      const pending = await strapi.db.query(UID).findMany({ where: { auditReport: { $null: true } }, select: ['documentId'], orderBy: { createdAt: 'asc' } }) as Array<{ documentId: string }>
      pending.forEach(({ documentId }) => this.enqueue(documentId))
      return pending.length
    },
    idle() {
      return new Promise((resolve) => {
        idleWaiters.push(resolve)
        settleIfIdle()
      })
    },
    async stop() {
      stopped = true
      waiting.length = 0
      await this.idle()
    },
  }
}
