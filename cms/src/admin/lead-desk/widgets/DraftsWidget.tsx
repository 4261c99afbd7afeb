import type { WaitingDraft } from '../desk-api'
import { Badge, Flex, Typography } from '@strapi/design-system'
import { Widget } from '@strapi/strapi/admin'
import { Link } from 'react-router-dom'
import { contentManagerPath, useDeskData } from '../desk-api'

/** The home page's list of drafts not yet live as saved: new ones, and published ones changed since. */
export default function DraftsWidget() {
  const result = useDeskData<WaitingDraft[]>('/drafts')
  if (result.state === 'loading')
    return <Widget.Loading />
  if (result.state === 'error')
    return <Widget.Error />
  if (result.data.length === 0)
    return <Widget.NoData>Every draft is published.</Widget.NoData>
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {result.data.map(draft => (
        <Flex tag="li" key={`${draft.contentType}:${draft.documentId}`} justifyContent="space-between" gap={2}>
          <Link to={contentManagerPath(draft.contentType, draft.documentId)}>
            <Typography variant="omega" textColor="primary600">{draft.title}</Typography>
          </Link>
          <Flex gap={2}>
            <Typography variant="pi" textColor="neutral600">{draft.contentTypeName}</Typography>
            <Badge>{draft.state === 'draft' ? 'Draft' : 'Changed'}</Badge>
          </Flex>
        </Flex>
      ))}
    </Flex>
  )
}
