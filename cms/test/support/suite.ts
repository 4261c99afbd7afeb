import type { DatabaseKind, RunningCms } from './cms'
import { describeIfAvailable, servicesUnavailableReason } from '@agency/test-support/suites'
import { afterAll, beforeAll } from 'vitest'
import { startCms } from './cms'

/** Lazily gives suites the CMS booted by the surrounding `describe`. */
export interface CmsContext {
  readonly cms: RunningCms
}

/**
 * Declares one `describe` that boots a fresh CMS on the given database and runs the suites inside it.
 * PostgreSQL suites skip with the reason when the server is absent, except under CI=true where that fails.
 */
export async function describeWithCms(database: DatabaseKind, suites: Array<(context: CmsContext) => void>): Promise<void> {
  const unavailable = database === 'postgres' ? await servicesUnavailableReason(['postgres']) : null
  describeIfAvailable(`CMS on ${database}`, unavailable, () => {
    let running: RunningCms | undefined
    beforeAll(async () => {
      running = await startCms(database)
    })
    afterAll(async () => {
      await running?.stop()
    })
    const context: CmsContext = {
      get cms() {
        if (!running)
          throw new Error('The CMS did not start')
        return running
      },
    }
    for (const suite of suites)
      suite(context)
  })
}
