import type { AssessmentInput } from '@agency/shared'
import type { Core } from '@strapi/strapi'

const UID = 'api::assessment-submission.assessment-submission'

export type SubmitResult
  = | { kind: 'created' | 'repeated', documentId: string }
    | { kind: 'unknown-services', slugs: string[] }

/** SQLite and PostgreSQL report a unique-index violation differently; this recognises both. */
function isUniqueViolation(error: unknown): boolean {
  for (let cause = error; typeof cause === 'object' && cause !== null; cause = 'cause' in cause ? cause.cause : undefined) {
    const code = 'code' in cause ? String(cause.code) : ''
    if (code === '23505' || code === 'SQLITE_CONSTRAINT_UNIQUE')
      return true
    if ('message' in cause && /unique/i.test(String(cause.message)))
      return true
  }
  return false
}

/** A submission as the API returns it, with the services of interest by title and slug. */
export function findSubmissionByKey(strapi: Core.Strapi, idempotencyKey: string) {
  return strapi.documents(UID).findFirst({ filters: { idempotencyKey }, populate: { services: { fields: ['title', 'slug'] } } })
}

/**
 * Stores a validated request once per idempotency key: a repeat (a double click, a retry from the
 * site's outbox) finds the first record instead of creating a second.
 */
export async function submitAssessment(strapi: Core.Strapi, input: AssessmentInput): Promise<SubmitResult> {
  const existing = await findSubmissionByKey(strapi, input.idempotencyKey)
  if (existing)
    return { kind: 'repeated', documentId: existing.documentId }

  const services = await strapi.documents('api::service.service').findMany({
    filters: { slug: { $in: input.services } },
    fields: ['slug'],
    status: 'published',
  })
  const unknown = input.services.filter(slug => !services.some(service => service.slug === slug))
  if (unknown.length > 0)
    return { kind: 'unknown-services', slugs: unknown }

  try {
    const created = await strapi.documents(UID).create({
      data: {
        ...input,
        services: services.map(service => service.documentId),
        consentAt: new Date().toISOString(),
        stage: 'new',
      },
    })
    return { kind: 'created', documentId: created.documentId }
  }
  catch (error) {
    const raced = isUniqueViolation(error) ? await findSubmissionByKey(strapi, input.idempotencyKey) : null
    if (!raced)
      throw error
    return { kind: 'repeated', documentId: raced.documentId }
  }
}
