import { deliverQueuedAssessment } from '../assessment/delivery'
import { startOutboxWorker } from '../outbox/outbox-worker'

/**
 * Retries queued assessment requests in the background until the CMS stores them, and on shutdown
 * (SIGTERM) makes one last attempt before the process exits.
 */
export default defineNitroPlugin((nitroApp) => {
  const worker = startOutboxWorker(useAssessmentOutbox(), deliverQueuedAssessment, {
    intervalMs: useAssessmentSettings().outboxIntervalMs,
    onError: (error, entry) => console.error(`[assessment] delivery of ${entry?.id ?? 'a queued request'} failed, will retry:`, error instanceof Error ? error.message : error),
  })
  nitroApp.hooks.hook('close', async () => {
    await worker.stop()
    await useAssessmentOutbox().close()
  })
})
