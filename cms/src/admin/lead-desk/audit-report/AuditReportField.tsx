import type { AuditReport as Report } from '../desk-api'
import { Button, Field, Flex, Typography } from '@strapi/design-system'
import { ArrowClockwise } from '@strapi/icons'
import { isFetchError, unstable_useContentManagerContext as useContentManagerContext, useFetchClient, useNotification } from '@strapi/strapi/admin'
import { useState } from 'react'
import { AuditReport } from './AuditReport'

interface AuditReportFieldProps {
  name: string
  label: string
  hint?: string
  value?: Report | null
}

/**
 * The lead's website audit in the submission's edit view: read as a report, never edited by hand,
 * and run again on request. A new run is stored by the server and shown here at once, without
 * touching the form, so the editor has nothing to save.
 */
export default function AuditReportField({ name, label, hint, value }: AuditReportFieldProps) {
  const { id } = useContentManagerContext()
  const { post } = useFetchClient()
  const { toggleNotification } = useNotification()
  const [rerun, setRerun] = useState<Report | null>(null)
  const [running, setRunning] = useState(false)
  const report = rerun ?? value ?? null
  const saved = Boolean(id) && id !== 'create'

  async function runAgain() {
    setRunning(true)
    try {
      const { data } = await post<{ data: Report }>(`/lead-desk/leads/${id}/audit`)
      setRerun(data.data)
      toggleNotification({ type: 'success', message: `Audited again: ${data.data.score} / 100.` })
    }
    catch (error) {
      const message = isFetchError(error) ? error.response?.data?.error?.message : undefined
      toggleNotification({ type: 'warning', message: message ?? 'The audit could not run; try again in a minute.' })
    }
    finally {
      setRunning(false)
    }
  }

  return (
    <Field.Root name={name} hint={hint}>
      <Flex direction="column" alignItems="stretch" gap={3}>
        <Flex justifyContent="space-between" alignItems="center" gap={2} wrap="wrap">
          <Field.Label>{label}</Field.Label>
          {saved && (
            <Button variant="secondary" startIcon={<ArrowClockwise />} loading={running} onClick={runAgain}>
              Run the audit again
            </Button>
          )}
        </Flex>
        {report
          ? <AuditReport report={report} />
          : <Typography variant="omega" textColor="neutral600">Not audited yet: the audit runs a few seconds after the request arrives.</Typography>}
        <Field.Hint />
      </Flex>
    </Field.Root>
  )
}
