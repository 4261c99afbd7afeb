import type { AssessmentInput } from '@agency/shared'
import type { OutboxEntry } from '../outbox/outbox-store'
import type { OutboxDeliveryResult } from '../outbox/outbox-worker'
import { cmsClient } from '../cms/clients'

/**
 * Sends one queued request to the CMS. The CMS stores each idempotency key once, so delivering again
 * after a crash between sending and removing is harmless.
 */
export async function deliverQueuedAssessment(entry: OutboxEntry): Promise<OutboxDeliveryResult> {
  await cmsClient('form').assessments.create(entry.payload as AssessmentInput)
  return 'delivered'
}
