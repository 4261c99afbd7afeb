import type { AssessmentStage } from '@agency/shared'
import { ASSESSMENT_STAGES } from '@agency/shared'
import { Button, Checkbox, Field, Flex, Modal, Typography } from '@strapi/design-system'
import { Download } from '@strapi/icons'
import { unstable_useContentManagerContext as useContentManagerContext, useFetchClient, useNotification, useRBAC } from '@strapi/strapi/admin'
import { useState } from 'react'
import { STAGE_LABELS, SUBMISSIONS_UID } from './desk-api'

/** Hands the browser a file the admin fetched with its own credentials, as a download. */
function saveFile(blob: Blob, fileName: string): void {
  const link = document.createElement('a')
  link.href = URL.createObjectURL(blob)
  link.download = fileName
  link.click()
  URL.revokeObjectURL(link.href)
}

function fileNameOf(disposition: string | null): string {
  return /filename="([^"]+)"/.exec(disposition ?? '')?.[1] ?? 'leads.csv'
}

function ExportForm({ onDone }: { onDone: () => void }) {
  const { get } = useFetchClient()
  const { toggleNotification } = useNotification()
  const [stages, setStages] = useState<AssessmentStage[]>([])
  const [from, setFrom] = useState('')
  const [to, setTo] = useState('')
  const [exporting, setExporting] = useState(false)

  const toggle = (stage: AssessmentStage, checked: boolean) =>
    setStages(current => checked ? [...current, stage] : current.filter(item => item !== stage))

  async function download() {
    setExporting(true)
    try {
      const query = new URLSearchParams({ ...(stages.length > 0 ? { stage: stages.join(',') } : {}), ...(from ? { from } : {}), ...(to ? { to } : {}) })
      const response = await get<Blob>(`/lead-desk/leads.csv?${query}`, { responseType: 'blob' })
      saveFile(response.data, fileNameOf(response.headers?.get('content-disposition') ?? null))
      onDone()
    }
    catch {
      toggleNotification({ type: 'warning', message: 'The export failed: check the dates, then try again.' })
    }
    finally {
      setExporting(false)
    }
  }

  return (
    <>
      <Modal.Body>
        <Flex direction="column" alignItems="stretch" gap={5}>
          <Flex tag="fieldset" direction="column" alignItems="flex-start" gap={2} style={{ border: 'none', margin: 0, padding: 0 }}>
            <Typography tag="legend" variant="sigma">Stages (none ticked: every stage)</Typography>
            {ASSESSMENT_STAGES.map(stage => (
              <Checkbox key={stage} name="stage" checked={stages.includes(stage)} onCheckedChange={(checked: boolean | 'indeterminate') => toggle(stage, checked === true)}>
                {STAGE_LABELS[stage]}
              </Checkbox>
            ))}
          </Flex>
          <Flex gap={4} wrap="wrap">
            <Field.Root name="from" hint="The first day received, inclusive.">
              <Field.Label>From</Field.Label>
              <Field.Input type="date" value={from} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setFrom(event.target.value)} />
              <Field.Hint />
            </Field.Root>
            <Field.Root name="to" hint="The last day received, inclusive.">
              <Field.Label>To</Field.Label>
              <Field.Input type="date" value={to} onChange={(event: React.ChangeEvent<HTMLInputElement>) => setTo(event.target.value)} />
              <Field.Hint />
            </Field.Root>
          </Flex>
        </Flex>
      </Modal.Body>
      <Modal.Footer>
        <Modal.Close>
          <Button variant="tertiary">Cancel</Button>
        </Modal.Close>
        <Button startIcon={<Download />} loading={exporting} onClick={download}>Download CSV</Button>
      </Modal.Footer>
    </>
  )
}

/**
 * "Export to CSV" in the assessment submissions' list, for roles that may read them; the file opens
 * in any spreadsheet program.
 */
export function ExportLeadsAction() {
  const { model } = useContentManagerContext()
  const { allowedActions } = useRBAC([{ action: 'plugin::content-manager.explorer.read', subject: SUBMISSIONS_UID }])
  const [open, setOpen] = useState(false)
  if (model !== SUBMISSIONS_UID || !allowedActions.canRead)
    return null
  return (
    <Modal.Root open={open} onOpenChange={setOpen}>
      <Modal.Trigger>
        <Button variant="secondary" startIcon={<Download />}>Export to CSV</Button>
      </Modal.Trigger>
      <Modal.Content>
        <Modal.Header>
          <Modal.Title>Export leads to CSV</Modal.Title>
        </Modal.Header>
        {open && <ExportForm onDone={() => setOpen(false)} />}
      </Modal.Content>
    </Modal.Root>
  )
}
