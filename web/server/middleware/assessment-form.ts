import { assessmentPath, assessmentThankYouPath } from '@agency/shared'
import { readFormBody } from '../assessment/form-body'
import { formValues } from '../assessment/form-values'
import { submitAssessment } from '../assessment/submission'

/**
 * The assessment form works without JavaScript: the browser posts it to the page's own address. A
 * stored request redirects to the thank-you page (303, so a reload does not post again); a refused
 * one falls through to the page, which renders the messages and the visitor's input.
 */
export default defineEventHandler(async (event) => {
  if (event.method !== 'POST' || event.path.split('?')[0] !== assessmentPath())
    return
  const fields = await readFormBody(event)
  const outcome = await submitAssessment(event, fields)
  if (outcome.kind === 'received')
    return sendRedirect(event, assessmentThankYouPath(), 303)
  if (outcome.kind === 'rate-limited')
    setResponseHeader(event, 'Retry-After', outcome.retryAfterSeconds)
  setResponseStatus(event, outcome.kind === 'rate-limited' ? 429 : 400)
  event.context.assessmentForm = {
    message: outcome.message,
    fieldErrors: outcome.kind === 'invalid' ? outcome.fieldErrors : {},
    values: formValues(fields),
  }
})
