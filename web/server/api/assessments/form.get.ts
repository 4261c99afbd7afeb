import crypto from 'node:crypto'
import { issueFormToken } from '../../assessment/form-token'

/**
 * A fresh form for one visitor: the signed fill-time token and the idempotency key that makes a
 * double submission or a retry count once. Never cached.
 */
export default defineEventHandler((event) => {
  setResponseHeader(event, 'Cache-Control', 'no-store')
  return {
    formToken: issueFormToken(useAssessmentSettings().tokenSecret),
    idempotencyKey: crypto.randomUUID(),
  }
})
