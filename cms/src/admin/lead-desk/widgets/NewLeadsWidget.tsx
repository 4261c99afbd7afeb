import type { StageCount } from '../desk-api'
import { Flex, Typography } from '@strapi/design-system'
import { Widget } from '@strapi/strapi/admin'
import { Link } from 'react-router-dom'
import { contentManagerPath, STAGE_LABELS, SUBMISSIONS_UID, useDeskData } from '../desk-api'

/** Monday 00:00 in the editor's own time zone. */
function startOfWeek(now = new Date()): Date {
  const start = new Date(now.getFullYear(), now.getMonth(), now.getDate())
  start.setDate(start.getDate() - ((start.getDay() + 6) % 7))
  return start
}

function listLink(stage: string, since: string): string {
  const filters = new URLSearchParams({ 'filters[$and][0][stage][$eq]': stage, 'filters[$and][1][createdAt][$gte]': since, 'page': '1' })
  return `${contentManagerPath(SUBMISSIONS_UID)}?${filters}`
}

/** The home page's count of this week's assessment requests, stage by stage, each linking to its leads. */
export default function NewLeadsWidget() {
  const since = startOfWeek().toISOString()
  const result = useDeskData<{ stages: StageCount[] }>(`/new-leads?since=${encodeURIComponent(since)}`)
  if (result.state === 'loading')
    return <Widget.Loading />
  if (result.state === 'error')
    return <Widget.Error />
  const total = result.data.stages.reduce((sum, { count }) => sum + count, 0)
  if (total === 0)
    return <Widget.NoData>No assessment requests this week yet.</Widget.NoData>
  return (
    <Flex tag="ul" direction="column" alignItems="stretch" gap={2}>
      {result.data.stages.map(({ stage, count }) => (
        <Flex tag="li" key={stage} justifyContent="space-between">
          <Link to={listLink(stage, since)}>
            <Typography variant="omega" textColor="primary600">{STAGE_LABELS[stage]}</Typography>
          </Link>
          <Typography variant="omega" fontWeight="bold">{count}</Typography>
        </Flex>
      ))}
    </Flex>
  )
}
