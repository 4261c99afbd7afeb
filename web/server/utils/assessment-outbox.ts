import type { AssessmentInput, CmsClient } from '@agency/shared'
import type { Outbox } from './outbox'
import type { OutboxEntry } from './outbox-store'
import type { OutboxDeliveryResult } from './outbox-worker'
import path from 'node:path'
import { createCmsClient } from '@agency/shared'
import { createOutbox } from './outbox'
import { useAssessmentSettings } from './assessment-settings'
import { redisKey } from './site-cache'

let outbox: Outbox | undefined
let formClient: CmsClient | undefined

/** The CMS client with the token that may create assessment submissions and nothing else. */
export function useAssessmentClient(): CmsClient {
  if (!formClient) {
    const { cms } = useRuntimeConfig()
    formClient = createCmsClient({ baseURL: cms.url, token: useAssessmentSettings().formToken, timeoutMs: cms.timeoutMs })
  }
  return formClient
}

/**
 * Where assessment requests wait while the CMS cannot take them: Redis when configured (shared by all
 * instances), otherwise files in a data folder that survive a restart.
 */
export function useAssessmentOutbox(): Outbox {
  if (!outbox) {
    const { redisUrl, outboxDir } = useAssessmentSettings()
    outbox = createOutbox({ redisUrl, directory: path.resolve(outboxDir), keyPrefix: redisKey('assessment-outbox') })
  }
  return outbox
}

/**
 * Sends one queued request to the CMS. The CMS stores each idempotency key once, so delivering again
 * after a crash between sending and removing is harmless.
 */
export async function deliverQueuedAssessment(entry: OutboxEntry): Promise<OutboxDeliveryResult> {
  await useAssessmentClient().assessments.create(entry.payload as AssessmentInput)
  return 'delivered'
}
