import type { AssessmentStage } from '@agency/shared'
import { useFetchClient } from '@strapi/strapi/admin'
import { useEffect, useState } from 'react'

export type { AuditReport, Check, CheckStatus } from '../../audit/report'
export type { AuditedLead, StageCount, WaitingDraft } from '../../lead-desk/desk-summary'

export const SUBMISSIONS_UID = 'api::assessment-submission.assessment-submission'

/** The admin's address of a content type's list, or of one document in it. */
export function contentManagerPath(uid: string, documentId?: string): string {
  return `/content-manager/collection-types/${uid}${documentId ? `/${documentId}` : ''}`
}

export const STAGE_LABELS: Readonly<Record<AssessmentStage, string>> = {
  new: 'New',
  in_review: 'In review',
  contacted: 'Contacted',
  won: 'Won',
  lost: 'Lost',
}

export type DeskData<T> = { state: 'loading' } | { state: 'error' } | { state: 'ready', data: T }

/** Reads one of the lead desk's admin endpoints (src/lead-desk/routes.ts) as the signed-in admin. */
export function useDeskData<T>(path: string): DeskData<T> {
  const { get } = useFetchClient()
  const [result, setResult] = useState<DeskData<T>>({ state: 'loading' })
  useEffect(() => {
    let current = true
    get<{ data: T }>(`/lead-desk${path}`)
      .then(({ data }) => current && setResult({ state: 'ready', data: data.data }))
      .catch(() => current && setResult({ state: 'error' }))
    return () => {
      current = false
    }
  }, [get, path])
  return result
}
