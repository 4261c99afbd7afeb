import type { AssessmentStage } from '@agency/shared'
import type { Core, UID } from '@strapi/strapi'
import type { AuditReport } from '../audit'
import { ASSESSMENT_STAGES } from '@agency/shared'
import { SUBMISSION_UID } from './lead-export'

const LIST_LENGTH = 5

export interface StageCount {
  stage: AssessmentStage
  count: number
}

/** How many leads came in since `since`, stage by stage, every stage listed. */
export async function newLeadsByStage(strapi: Core.Strapi, since: Date): Promise<StageCount[]> {
  return Promise.all(ASSESSMENT_STAGES.map(async stage => ({
    stage,
    count: await strapi.db.query(SUBMISSION_UID).count({ where: { stage, createdAt: { $gte: since } } }),
  })))
}

export interface AuditedLead {
  documentId: string
  name: string
  company: string
  score: number | null
  auditedAt: string | null
}

/** The leads whose websites were audited last, newest first. */
export async function latestAudits(strapi: Core.Strapi): Promise<AuditedLead[]> {
  const leads = await strapi.db.query(SUBMISSION_UID).findMany({
    where: { auditReport: { $notNull: true } },
    orderBy: { updatedAt: 'desc' },
    limit: LIST_LENGTH,
    select: ['documentId', 'name', 'company', 'score', 'auditReport'],
  }) as Array<Omit<AuditedLead, 'auditedAt'> & { auditReport: Partial<AuditReport> }>
  return leads.map(({ auditReport, ...lead }) => ({ ...lead, auditedAt: auditReport.fetchedAt ?? null }))
}

export interface WaitingDraft {
  documentId: string
  contentType: string
  contentTypeName: string
  title: string
  /** "draft": never published; "modified": published, with changes saved since. */
  state: 'draft' | 'modified'
  updatedAt: string
}

interface DocumentMetadataService {
  getMetadata: (uid: string, version: object, options: { availableLocales: boolean, availableStatus: boolean }) => Promise<{ availableStatus: object[] }>
  getStatus: (version: object, otherVersions: object[]) => 'draft' | 'published' | 'modified'
}

/**
 * Drafts in `contentTypes` that are not live as saved, newest first: never published, or changed
 * since publishing. Uses the Content Manager's own notion of "modified".
 */
export async function draftsWaiting(strapi: Core.Strapi, contentTypes: Array<{ uid: UID.ContentType, titleField: string }>): Promise<WaitingDraft[]> {
  const metadata = strapi.plugin('content-manager').service('document-metadata') as DocumentMetadataService
  const perType = await Promise.all(contentTypes.map(async ({ uid, titleField }) => {
    const drafts = await strapi.db.query(uid).findMany({
      where: { publishedAt: { $null: true } },
      orderBy: { updatedAt: 'desc' },
      limit: LIST_LENGTH * 4,
    }) as Array<Record<string, unknown> & { documentId: string, updatedAt: string | Date }>
    const states = await Promise.all(drafts.map(async (draft) => {
      const { availableStatus } = await metadata.getMetadata(uid, draft, { availableLocales: false, availableStatus: true })
      return metadata.getStatus(draft, availableStatus)
    }))
    return drafts.flatMap((draft, index) => {
      const state = states[index]
      if (state !== 'draft' && state !== 'modified')
        return []
      return [{
        documentId: draft.documentId,
        contentType: uid,
        contentTypeName: strapi.contentType(uid).info.displayName,
        title: String(draft[titleField] ?? draft.documentId),
        state,
        updatedAt: new Date(draft.updatedAt).toISOString(),
      }]
    })
  }))
  return perType.flat().sort((a, b) => b.updatedAt.localeCompare(a.updatedAt)).slice(0, LIST_LENGTH)
}
