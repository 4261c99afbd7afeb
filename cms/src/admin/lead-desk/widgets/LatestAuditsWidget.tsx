import type { AuditedLead } from '../desk-api'
import { Flex, Typography } from '@strapi/design-system'
import { Widget } from '@strapi/strapi/admin'
import { Link } from 'react-router-dom'
import { contentManagerPath, SUBMISSIONS_UID, useDeskData } from '../desk-api'

/** The home page's list of the websites audited last, with their scores. */
export default function LatestAuditsWidget() {
  const result = useDeskData<AuditedLead[]>('/latest-audits')
  if (result.state === 'loading')
    return <Widget.Loading />
  if (result.state === 'error')
    return <Widget.Error />
  if (result.data.length === 0)
    return <Widget.NoData>No website audited yet.</Widget.NoData>
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {result.data.map(lead => (
        <Flex tag="li" key={lead.documentId} justifyContent="space-between" gap={2}>
          <Link to={contentManagerPath(SUBMISSIONS_UID, lead.documentId)}>
            <Typography variant="omega" textColor="primary600">{`${lead.company} (${lead.name})`}</Typography>
          </Link>
          <Typography variant="omega" fontWeight="bold">{lead.score === null ? '–' : `${lead.score} / 100`}</Typography>
        </Flex>
      ))}
    </Flex>
  )
}
