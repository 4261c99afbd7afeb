import crypto from 'node:crypto'
import { DEV_ASSESSMENT_API_TOKEN } from '@agency/shared'
import { configuredRedisUrl } from './site-cache'

export interface AssessmentSettings {
  tokenSecret: string
  formToken: string
  redisUrl: string | undefined
  minFillMs: number
  rateLimitPoints: number
  rateLimitWindowSeconds: number
  trustProxy: boolean
  outboxDir: string
  outboxIntervalMs: number
}

let settings: AssessmentSettings | undefined

/**
 * The assessment pipeline's settings, from runtimeConfig. Outside production, a missing token secret
 * is generated for this process and the CMS token falls back to the development token; in production
 * both must be configured and their absence stops the request with a clear log line.
 */
export function useAssessmentSettings(): AssessmentSettings {
  if (settings)
    return settings
  const { environment, cms, assessment } = useRuntimeConfig()
  const production = environment === 'production'
  if (production && (!assessment.tokenSecret || !cms.formToken))
    throw new Error('NUXT_ASSESSMENT_TOKEN_SECRET and NUXT_CMS_FORM_TOKEN must be set when NUXT_ENVIRONMENT=production; see web/.env.example.')
  settings = {
    tokenSecret: assessment.tokenSecret || crypto.randomBytes(32).toString('base64url'),
    formToken: cms.formToken || DEV_ASSESSMENT_API_TOKEN,
    redisUrl: configuredRedisUrl(),
    minFillMs: Number(assessment.minFillSeconds) * 1000,
    rateLimitPoints: Number(assessment.rateLimitPoints),
    rateLimitWindowSeconds: Number(assessment.rateLimitWindowSeconds),
    trustProxy: String(assessment.trustProxy) === 'true',
    outboxDir: assessment.outboxDir,
    outboxIntervalMs: Number(assessment.outboxIntervalMs),
  }
  return settings
}
