import type { UID } from '@strapi/strapi'

/** The types an editor may give a publish and an unpublish time: those with drafts that visitors read. */
export const SCHEDULED_TYPES = ['api::article.article', 'api::service.service', 'api::page.page'] as const satisfies readonly UID.ContentType[]

export type ScheduledType = typeof SCHEDULED_TYPES[number]

export function isScheduledType(uid: string): uid is ScheduledType {
  return SCHEDULED_TYPES.some(type => type === uid)
}

/** A stored time as a date, or null when it is empty or unreadable. */
export function timeOf(value: unknown): Date | null {
  if (value === null || value === undefined || value === '')
    return null
  const time = value instanceof Date ? value : new Date(String(value))
  return Number.isNaN(time.getTime()) ? null : time
}

/** The attributes that hold a scheduled type's publish and unpublish times. */
export type ScheduleField = 'publishAt' | 'unpublishAt'

/**
 * Data that empties a schedule field. Strapi's generated types leave null out of an optional datetime,
 * though the Document Service stores it as empty; this is the one place that works around it.
 */
export function emptied(field: ScheduleField): Record<string, null> {
  return { [field]: null }
}
