import type { Core } from '@strapi/strapi'
import type { CsvValue } from './csv'
import type { ExportFilters } from './export-filters'
import { csvRow } from './csv'
import { exportWhere } from './export-filters'

export const SUBMISSION_UID = 'api::assessment-submission.assessment-submission'

/** Leads read from the database at a time, so an export of any size holds one batch in memory. */
const BATCH_SIZE = 200

interface Lead {
  id: number
  createdAt?: string | Date
  name?: string
  email?: string
  company?: string
  websiteUrl?: string
  phone?: string | null
  services?: Array<{ title: string }>
  message?: string | null
  stage?: string
  score?: number | null
  notes?: string | null
  consentAt?: string | Date | null
  sourcePage?: string | null
}

const COLUMNS: ReadonlyArray<readonly [heading: string, value: (lead: Lead) => CsvValue]> = [
  ['Received', lead => lead.createdAt && new Date(lead.createdAt).toISOString()],
  ['Name', lead => lead.name],
  ['Email', lead => lead.email],
  ['Company', lead => lead.company],
  ['Website', lead => lead.websiteUrl],
  ['Phone', lead => lead.phone],
  ['Services', lead => lead.services?.map(service => service.title).join('; ')],
  ['Message', lead => lead.message],
  ['Stage', lead => lead.stage],
  ['Audit score', lead => lead.score],
  ['Notes', lead => lead.notes],
  ['Consent given', lead => lead.consentAt && new Date(lead.consentAt).toISOString()],
  ['Sent from page', lead => lead.sourcePage],
]

/** Removes what the signed-in admin may not read, field by field, as the Content Manager does. */
export type SanitizeLead = (lead: Lead) => Promise<Lead>

/**
 * The leads matching `filters` as CSV lines, oldest first, read in batches by id so a large export
 * streams instead of loading every lead at once. Starts with a byte-order mark so spreadsheet
 * programs read the file as UTF-8.
 */
export async function* leadCsvLines(strapi: Core.Strapi, filters: ExportFilters, sanitize: SanitizeLead): AsyncGenerator<string> {
  yield `\uFEFF${csvRow(COLUMNS.map(([heading]) => heading))}`
  const where = exportWhere(filters)
  let afterId = 0
  for (;;) {
    const batch = await strapi.db.query(SUBMISSION_UID).findMany({
      where: { ...where, id: { $gt: afterId } },
      orderBy: { id: 'asc' },
      limit: BATCH_SIZE,
      // A lead links both the draft and the published version of each service; the published one names it.
      populate: { services: { select: ['title'], where: { publishedAt: { $notNull: true } } } },
    }) as Lead[]
    for (const lead of batch) {
      const readable = await sanitize(lead)
      yield csvRow(COLUMNS.map(([, value]) => value(readable)))
    }
    const last = batch.at(-1)
    if (!last || batch.length < BATCH_SIZE)
      return
    afterId = last.id
  }
}
