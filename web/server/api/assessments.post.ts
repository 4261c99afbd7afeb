import { readFormBody } from '../assessment/form-body'
import { submitAssessment } from '../assessment/submission'

interface AssessmentResponse {
  status: 'received' | 'invalid' | 'refused' | 'rate-limited'
  message: string
  fieldErrors?: Record<string, string>
}

const STATUS_CODES = { 'received': 202, 'invalid': 400, 'refused': 400, 'rate-limited': 429 } as const

/**
 * Takes a FREE Website Assessment request from the site's own form script or an integrator: 202 once
 * it is safe (stored, or queued while the CMS is away), 400 with per-field messages, 429 with
 * Retry-After, 413 for an oversized body.
 */
export default defineEventHandler(async (event) => {
  const outcome = await submitAssessment(event, await readFormBody(event))
  setResponseStatus(event, STATUS_CODES[outcome.kind])
  setResponseHeader(event, 'Cache-Control', 'no-store')
  if (outcome.kind === 'rate-limited')
    setResponseHeader(event, 'Retry-After', outcome.retryAfterSeconds)
  if (outcome.kind === 'received')
    return { status: 'received', message: 'Thank you! We have received your request.' } satisfies AssessmentResponse
  return {
    status: outcome.kind,
    message: outcome.message,
    ...(outcome.kind === 'invalid' ? { fieldErrors: outcome.fieldErrors } : {}),
  } satisfies AssessmentResponse
})
