import type { AssessmentStage } from '@agency/shared'
import { ASSESSMENT_STAGES } from '@agency/shared'

/** Which leads an export holds: any of the stages (none named: all), received from `from` to `to` inclusive. */
export interface ExportFilters {
  stages: AssessmentStage[]
  from?: Date
  to?: Date
}

export type ParsedFilters = { ok: true, filters: ExportFilters } | { ok: false, message: string }

const DAY = /^\d{4}-\d{2}-\d{2}$/

function parseDay(value: string, name: string): Date | string {
  const date = new Date(`${value}T00:00:00.000Z`)
  if (!DAY.test(value) || Number.isNaN(date.getTime()) || date.toISOString().slice(0, 10) !== value)
    return `"${name}" must be a date written as YYYY-MM-DD, for example 2026-01-31.`
  return date
}

function isStage(value: string): value is AssessmentStage {
  return (ASSESSMENT_STAGES as readonly string[]).includes(value)
}

function listOf(value: unknown): string[] {
  if (value === undefined)
    return []
  return (Array.isArray(value) ? value : [value]).flatMap(item => typeof item === 'string' ? item.split(',') : []).map(item => item.trim()).filter(Boolean)
}

/** Reads `?stage=new,contacted&from=2026-01-01&to=2026-01-31`, answering a message a person understands when it is wrong. */
export function parseExportFilters(query: Record<string, unknown>): ParsedFilters {
  const stages = listOf(query.stage)
  const unknown = stages.filter(stage => !isStage(stage))
  if (unknown.length > 0)
    return { ok: false, message: `Unknown stage ${unknown.map(stage => `"${stage}"`).join(', ')}; choose from ${ASSESSMENT_STAGES.join(', ')}.` }

  const filters: ExportFilters = { stages: stages.filter(isStage) }
  for (const name of ['from', 'to'] as const) {
    const value = query[name]
    if (value === undefined || value === '')
      continue
    const day = typeof value === 'string' ? parseDay(value, name) : `"${name}" must be given once.`
    if (typeof day === 'string')
      return { ok: false, message: day }
    filters[name] = day
  }
  if (filters.from && filters.to && filters.from > filters.to)
    return { ok: false, message: '"from" must not be after "to".' }
  return { ok: true, filters }
}

const ONE_DAY_MS = 24 * 60 * 60 * 1000

/** The filters as a Strapi query `where`: `to` covers its whole day. */
export function exportWhere({ stages, from, to }: ExportFilters): Record<string, unknown> {
  return {
    ...(stages.length > 0 ? { stage: { $in: stages } } : {}),
    ...(from || to
      ? { createdAt: { ...(from ? { $gte: from } : {}), ...(to ? { $lt: new Date(to.getTime() + ONE_DAY_MS) } : {}) } }
      : {}),
  }
}
