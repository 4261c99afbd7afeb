import type { AuditReport as Report, Check, CheckStatus } from '../desk-api'
import { Badge, Box, Flex, Typography } from '@strapi/design-system'

const STATUS: Readonly<Record<CheckStatus, { label: string, background: string, text: string }>> = {
  pass: { label: 'Pass', background: 'success100', text: 'success700' },
  warn: { label: 'Warning', background: 'warning100', text: 'warning700' },
  fail: { label: 'Fail', background: 'danger100', text: 'danger700' },
}

/** Problems first, so the editor reads what to raise with the lead before what already works. */
const ORDER: readonly CheckStatus[] = ['fail', 'warn', 'pass']

function CheckRow({ check }: { check: Check }) {
  const status = STATUS[check.status]
  return (
    <Flex tag="li" gap={3} alignItems="flex-start" paddingTop={3} paddingBottom={3}>
      <Box minWidth="7rem">
        <Badge backgroundColor={status.background} textColor={status.text}>{status.label}</Badge>
      </Box>
      <Flex direction="column" alignItems="flex-start" gap={1}>
        <Typography variant="omega" fontWeight="bold">{check.label}</Typography>
        <Typography variant="omega">{check.detail}</Typography>
        {check.advice && (
          <Typography variant="pi" textColor="neutral600">
            What to do:
            {' '}
            {check.advice}
          </Typography>
        )}
      </Flex>
    </Flex>
  )
}

/** A website audit as the lead's report: the score, the address fetched and when, then each check. */
export function AuditReport({ report }: { report: Report }) {
  const checks = [...report.checks].sort((a, b) => ORDER.indexOf(a.status) - ORDER.indexOf(b.status))
  return (
    <Flex direction="column" alignItems="stretch" gap={2}>
      <Flex gap={4} alignItems="baseline" wrap="wrap">
        <Typography variant="alpha" tag="p">
          {report.score}
          <Typography variant="delta" textColor="neutral600"> / 100</Typography>
        </Typography>
        <Typography variant="omega" textColor="neutral600">
          {report.finalUrl}
          {' · audited '}
          {new Date(report.fetchedAt).toLocaleString()}
        </Typography>
      </Flex>
      <Box tag="ul" aria-label="Checks">
        {checks.map(check => <CheckRow key={check.id} check={check} />)}
      </Box>
    </Flex>
  )
}
