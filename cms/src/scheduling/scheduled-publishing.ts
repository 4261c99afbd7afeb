import type { Core } from '@strapi/strapi'
import type { ScheduledType, ScheduleField } from './scheduled-types'
import { withScheduleLock } from './pass-lock'
import { emptied, SCHEDULED_TYPES, timeOf } from './scheduled-types'

export type ScheduledAction = 'publish' | 'unpublish'

/** One document the pass acted on, or tried to. */
export interface ScheduledChange {
  uid: ScheduledType
  documentId: string
  title: string
  action: ScheduledAction
}

export interface ScheduleFailure extends ScheduledChange {
  reason: string
}

/** What one pass did; `ran` is false when another CMS instance was running a pass at the time. */
export interface SchedulePass {
  ran: boolean
  done: ScheduledChange[]
  failed: ScheduleFailure[]
}

/** The attribute that holds each action's time, on the draft an editor saves. */
const TIME_FIELD = { publish: 'publishAt', unpublish: 'unpublishAt' } as const satisfies Record<ScheduledAction, ScheduleField>

interface DraftRow {
  documentId: string
  title?: string | null
  publishAt?: unknown
  unpublishAt?: unknown
}

/** One type's document service, typed by one of the scheduled types: they share the fields used here. */
const documentsOf = (strapi: Core.Strapi, uid: ScheduledType) => strapi.documents(uid as 'api::article.article')

const isDue = (value: unknown, now: Date): boolean => {
  const time = timeOf(value)
  return time !== null && time.getTime() <= now.getTime()
}

/** Documents of `uid` whose draft says `action` is due by `now`; an unpublish only of what is live. */
async function dueDocuments(strapi: Core.Strapi, uid: ScheduledType, action: ScheduledAction, now: Date): Promise<ScheduledChange[]> {
  const documents = documentsOf(strapi, uid)
  const drafts = await documents.findMany({ status: 'draft', fields: ['title'], filters: { [TIME_FIELD[action]]: { $lte: now.toISOString() } } }) as DraftRow[]
  const candidates = drafts.map(draft => ({ uid, documentId: draft.documentId, title: draft.title ?? '', action }))
  if (action === 'publish' || candidates.length === 0)
    return candidates
  const live = await documents.findMany({ status: 'published', fields: ['documentId'], filters: { documentId: { $in: candidates.map(candidate => candidate.documentId) } } })
  const liveIds = new Set(live.map(entry => entry.documentId))
  return candidates.filter(candidate => liveIds.has(candidate.documentId))
}

/**
 * Publishes or unpublishes one document in a transaction of its own: its time is cleared on the draft
 * first (so the published copy does not show as modified, and the time is not acted on twice), then
 * the document changes state through the Document Service, so the guards check it and the site's
 * webhook hears `entry.publish` or `entry.unpublish` once the transaction commits. When anything
 * refuses, the whole transaction rolls back and the time stays set for the next pass. Answers whether
 * the document changed: false when, by the time its transaction runs, it is no longer due.
 */
async function applyChange(strapi: Core.Strapi, change: ScheduledChange, now: Date): Promise<boolean> {
  const documents = documentsOf(strapi, change.uid)
  const field = TIME_FIELD[change.action]
  const { documentId } = change
  return strapi.db.transaction(async () => {
    const draft = await documents.findOne({ documentId, status: 'draft', fields: [field] }) as DraftRow | null
    if (!draft || !isDue(draft[field], now))
      return false
    await documents.update({ documentId, status: 'draft', data: emptied(field) })
    if (change.action === 'publish')
      await documents.publish({ documentId })
    else
      await documents.unpublish({ documentId })
    return true
  })
}

const describeChange = (strapi: Core.Strapi, { uid, documentId, title }: ScheduledChange) => `${strapi.getModel(uid).info.displayName.toLowerCase()} "${title}" (${documentId})`

/**
 * Publishes every draft whose publish time has come and unpublishes every live document whose
 * unpublish time has come, as of `now` (the clock is a parameter so that tests can set it). Each
 * document is done on its own: one that fails is logged with the reason and tried again by the next
 * pass, and does not hold up the others. Publishing comes first, so a document whose publish and
 * unpublish times have both passed ends unpublished.
 *
 * With several CMS instances on one PostgreSQL database, only one runs a pass at a time (the others
 * answer `ran: false`), and a pass reads what the last one committed: each change happens once.
 */
export async function runScheduledPublishing(strapi: Core.Strapi, now: Date): Promise<SchedulePass> {
  const pass = await withScheduleLock(strapi, async () => {
    const done: ScheduledChange[] = []
    const failed: ScheduleFailure[] = []
    for (const action of ['publish', 'unpublish'] as const) {
      for (const uid of SCHEDULED_TYPES) {
        for (const change of await dueDocuments(strapi, uid, action, now)) {
          try {
            if (await applyChange(strapi, change, now)) {
              done.push(change)
              strapi.log.info(`[schedule] ${action}ed ${describeChange(strapi, change)} as scheduled`)
            }
          }
          catch (error) {
            const reason = error instanceof Error ? error.message : String(error)
            failed.push({ ...change, reason })
            strapi.log.error(`[schedule] could not ${action} ${describeChange(strapi, change)}: ${reason} It stays scheduled and is tried again at the next run.`)
          }
        }
      }
    }
    return { ran: true, done, failed }
  })
  return pass ?? { ran: false, done: [], failed: [] }
}
