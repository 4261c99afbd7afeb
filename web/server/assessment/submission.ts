import type { AssessmentInput } from '@agency/shared'
import type { H3Event } from 'h3'
import type { FieldErrors } from '../../shared/types/assessment-form'
import type { RateLimiter } from './rate-limit'
import { assessmentInputSchema, isCmsError } from '@agency/shared'
import { getRequestIP } from 'h3'
import { FORM_TOKEN_FIELD, formFieldsToInput, HONEYPOT_FIELD } from '../../shared/utils/assessment-form'
import { redisKey } from '../cache/redis-settings'
import { cmsClient } from '../cms/clients'
import { verifyFormToken } from './form-token'
import { createRateLimiter } from './rate-limit'

export type SubmissionOutcome
  = | { kind: 'received', idempotencyKey: string, queued: boolean }
    | { kind: 'invalid', message: string, fieldErrors: FieldErrors }
    | { kind: 'refused', message: string }
    | { kind: 'rate-limited', message: string, retryAfterSeconds: number }

let limiter: RateLimiter | undefined

function useSubmissionLimiter(): RateLimiter {
  if (!limiter) {
    const { rateLimitPoints, rateLimitWindowSeconds, redisUrl } = useAssessmentSettings()
    limiter = createRateLimiter({ points: rateLimitPoints, durationSeconds: rateLimitWindowSeconds, redisUrl, keyPrefix: redisKey('assessment-rate') })
  }
  return limiter
}

function firstErrors(entries: Array<[string, string]>): FieldErrors {
  const errors: FieldErrors = {}
  for (const [field, message] of entries)
    errors[field] ??= message
  return errors
}

async function store(input: AssessmentInput): Promise<SubmissionOutcome> {
  try {
    await cmsClient('form').assessments.create(input)
    return { kind: 'received', idempotencyKey: input.idempotencyKey, queued: false }
  }
  catch (error) {
    if (isCmsError(error) && error.kind === 'bad-request') {
      const fieldErrors = firstErrors(Object.entries(error.fieldErrors).flatMap(([field, messages]) => messages.map(message => [field, message] as [string, string])))
      return { kind: 'invalid', message: 'Some details need another look.', fieldErrors }
    }
    // Down, slow, failing or misconfigured: the request waits in the outbox and is retried until stored.
    console.error('[assessment] CMS did not store the request, queued for retry:', isCmsError(error) ? error.message : error)
    await useAssessmentOutbox().add({ id: input.idempotencyKey, payload: input })
    return { kind: 'received', idempotencyKey: input.idempotencyKey, queued: true }
  }
}

/**
 * Runs a posted assessment form through the spam guards and the shared schema, then stores it in the
 * CMS, or in the outbox when the CMS cannot take it. Every refusal carries a message for the visitor.
 */
export async function submitAssessment(event: H3Event, fields: Record<string, unknown>): Promise<SubmissionOutcome> {
  const settings = useAssessmentSettings()
  const visitor = getRequestIP(event, { xForwardedFor: settings.trustProxy }) ?? 'unknown'
  const decision = await useSubmissionLimiter().consume(visitor)
  if (!decision.allowed) {
    const minutes = Math.ceil(decision.retryAfterSeconds / 60)
    return { kind: 'rate-limited', retryAfterSeconds: decision.retryAfterSeconds, message: `We have received several requests from you already. Please try again in ${minutes} minute${minutes === 1 ? '' : 's'}.` }
  }

  if (typeof fields[HONEYPOT_FIELD] === 'string' && fields[HONEYPOT_FIELD] !== '')
    return { kind: 'refused', message: 'This request looks automated, so we could not accept it. If you are a person, please email us instead.' }

  const token = verifyFormToken(fields[FORM_TOKEN_FIELD], settings.tokenSecret, { minFillMs: settings.minFillMs })
  if (!token.ok) {
    const message = token.reason === 'too-fast'
      ? 'That was quick! Please check your details and send the form again.'
      : 'This form has expired. Please check your details and send it again.'
    return { kind: 'refused', message }
  }

  const parsed = assessmentInputSchema.safeParse(formFieldsToInput(fields))
  if (!parsed.success) {
    const fieldErrors = firstErrors(parsed.error.issues.map(issue => [String(issue.path[0] ?? 'form'), issue.message]))
    return { kind: 'invalid', message: 'Some details need another look.', fieldErrors }
  }
  return store(parsed.data)
}
