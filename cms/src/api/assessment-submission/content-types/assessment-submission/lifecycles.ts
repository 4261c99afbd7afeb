import type { Core } from '@strapi/strapi'
import { auditRunner } from '../../../../assessment/audit-runner'
import { notifySubmission } from '../../../../assessment/notifications'

declare const strapi: Core.Strapi

/**
 * Runs once the creating transaction has committed: work started inside it would query through a
 * transaction that is about to close ("Transaction query already complete").
 */
function afterCommit(work: () => void): void {
  if (strapi.db.inTransaction())
    void strapi.db.transaction(async ({ onCommit }) => onCommit(work))
  else
    work()
}

/**
 * A new submission is answered after it is stored, outside the request: emails go out and the website
 * audit is queued. Neither can fail the submission.
 */
export default {
  afterCreate(event: { result: { documentId: string } }) {
    const { documentId } = event.result
    afterCommit(() => {
      notifySubmission(strapi, documentId).catch(error => strapi.log.error(`[email] ${error instanceof Error ? error.message : String(error)}`))
      auditRunner()?.enqueue(documentId)
    })
  },
}
