import type { Core } from '@strapi/strapi'
import { runScheduledPublishing } from './scheduled-publishing'

const JOB_NAME = 'scheduled-publishing'

/** Every minute, on the minute, unless SCHEDULE_CRON says otherwise (a sixth, leading field counts seconds). */
const DEFAULT_RULE = '0 * * * * *'

/** The pass this instance is running, if any. */
let current: Promise<void> | undefined

async function runPass(strapi: Core.Strapi): Promise<void> {
  try {
    await runScheduledPublishing(strapi, new Date())
  }
  catch (error) {
    strapi.log.error(`[schedule] the scheduled publishing run failed; everything due is tried again at the next one: ${error instanceof Error ? error.message : String(error)}`)
  }
}

/**
 * Runs the scheduled publishing pass on Strapi's cron, in every CMS instance: instances sharing a
 * PostgreSQL database take turns through its lock. A pass still running when the next one is due (a
 * slow database, many documents) is left to finish, and the next tick picks up what remains. A failed
 * pass is logged; what it did not do is still due, so the next tick does it.
 */
export function startScheduledPublishing(strapi: Core.Strapi): void {
  const rule = process.env.SCHEDULE_CRON?.trim() || DEFAULT_RULE
  const jobs = strapi.cron.jobs.length
  strapi.cron.add({
    [JOB_NAME]: {
      options: { rule },
      task: async () => {
        current ??= runPass(strapi).finally(() => {
          current = undefined
        })
      },
    },
  })
  // Strapi logs a rule it cannot read and goes on without the job; scheduled entries would then wait forever.
  if (strapi.cron.jobs.length === jobs)
    throw new Error(`SCHEDULE_CRON "${rule}" is not a cron rule Strapi accepts, so nothing scheduled would be published. Use five fields, or six with seconds first.`)
}

/** Stops the schedule and lets a pass under way finish, so that shutting down cuts no transaction short. */
export async function stopScheduledPublishing(strapi: Core.Strapi): Promise<void> {
  strapi.cron.remove(JOB_NAME)
  await current
}
