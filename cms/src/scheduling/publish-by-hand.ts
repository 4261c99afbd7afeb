import type { Core } from '@strapi/strapi'
import { emptied, isScheduledType } from './scheduled-types'

/**
 * Publishing a draft by hand empties its publish time: the draft is live, and the schedule must not
 * later publish edits made after it as if they were the ones planned. Done in the publication's
 * transaction, so a publication that is refused keeps the time.
 */
export function clearPublishTimeOnPublish(strapi: Core.Strapi): void {
  strapi.documents.use(async (context, next) => {
    const { documentId } = context.params as { documentId?: string }
    if (context.action !== 'publish' || !isScheduledType(context.uid) || !documentId)
      return next()
    const documents = strapi.documents(context.uid as 'api::article.article')
    return strapi.db.transaction(async () => {
      const draft = await documents.findOne({ documentId, status: 'draft', fields: ['publishAt'] })
      if (draft?.publishAt)
        await documents.update({ documentId, status: 'draft', data: emptied('publishAt') })
      return next()
    })
  })
}
