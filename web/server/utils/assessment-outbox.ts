import type { Outbox } from '../outbox/outbox'
import path from 'node:path'
import { redisKey } from '../cache/redis-settings'
import { createOutbox } from '../outbox/outbox'

let outbox: Outbox | undefined

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
