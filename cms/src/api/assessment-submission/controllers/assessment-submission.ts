import type { z } from 'zod'
import { assessmentInputSchema } from '@agency/shared'
import { factories } from '@strapi/strapi'
import { findSubmissionByKey, submitAssessment } from '../../../assessment/intake'

/** Strapi's error details shape, which the shared client turns back into per-field messages. */
function fieldErrors(issues: z.core.$ZodIssue[]) {
  return { errors: issues.map(issue => ({ path: issue.path.map(String), message: issue.message })) }
}

const UID = 'api::assessment-submission.assessment-submission'

export default factories.createCoreController(UID, ({ strapi }) => ({
  /**
   * Validates with the same shared schema as the site, normalises, and stores once per idempotency key:
   * 201 for a new request, 200 with the original record for a repeat, 400 with per-field messages.
   */
  async create(ctx) {
    const body: unknown = ctx.request.body
    const data = typeof body === 'object' && body !== null && 'data' in body ? body.data : undefined
    const parsed = assessmentInputSchema.safeParse(data)
    if (!parsed.success)
      return ctx.badRequest('The assessment request has invalid fields.', fieldErrors(parsed.error.issues))

    const result = await submitAssessment(strapi, parsed.data)
    if (result.kind === 'unknown-services') {
      return ctx.badRequest('The assessment request names services we do not offer.', {
        errors: [{ path: ['services'], message: `Unknown service: ${result.slugs.join(', ')}.` }],
      })
    }
    const entry = await findSubmissionByKey(strapi, parsed.data.idempotencyKey)
    ctx.status = result.kind === 'created' ? 201 : 200
    return { data: await strapi.contentAPI.sanitize.output(entry, strapi.getModel(UID), { auth: ctx.state.auth }), meta: {} }
  },
}))
