import type { Core } from '@strapi/strapi'

/**
 * Strapi checks `unique` attributes in application code only, so two simultaneous submissions with
 * one idempotency key could both pass. A unique index in the database settles such races: the second
 * insert fails and the request answers with the first record. Recreated on every start because
 * Strapi's schema sync does not know about it.
 */
export async function ensureIdempotencyIndex(strapi: Core.Strapi): Promise<void> {
  await strapi.db.connection.raw(
    'create unique index if not exists assessment_submissions_idempotency_key_unique on assessment_submissions (idempotency_key)',
  )
}
