import type { Core } from '@strapi/strapi'
import { errors } from '@strapi/utils'
import { isScheduledType, timeOf } from '../scheduling/scheduled-types'

interface WriteParams {
  documentId?: string
  data?: Record<string, unknown>
}

/**
 * Refuses an unpublish time that is not after the publish time: the entry would go offline before it
 * went live, or both at once. The admin shows the message beside the Save button. A save that leaves
 * both times as they were is not checked again.
 */
export function requireOrderedSchedule(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const uid = context.uid
    const { documentId, data } = context.params as WriteParams
    const writes = context.action === 'create' || context.action === 'update'
    if (!isScheduledType(uid) || !writes || !data || !('publishAt' in data || 'unpublishAt' in data))
      return next()
    const stored = documentId ? await strapi.documents(uid as 'api::article.article').findOne({ documentId, status: 'draft', fields: ['publishAt', 'unpublishAt'] }) : null
    const publishAt = timeOf('publishAt' in data ? data.publishAt : stored?.publishAt)
    const unpublishAt = timeOf('unpublishAt' in data ? data.unpublishAt : stored?.unpublishAt)
    if (publishAt && unpublishAt && unpublishAt.getTime() <= publishAt.getTime())
      throw new errors.ValidationError('"Unpublish at" must be later than "Publish at": as it is, the entry would go offline before it goes live. Change either time, or empty one.')
    return next()
  })
}
