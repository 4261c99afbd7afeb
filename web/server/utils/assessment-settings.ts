import { siteSecret } from '../security/site-secrets'
import { configuredRedisUrl } from '../cache/redis-settings'

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

/** The assessment pipeline's settings, from runtimeConfig and the site's secrets. */
export function useAssessmentSettings(): AssessmentSettings {
  if (settings)
    return settings
  const { assessment } = useRuntimeConfig()
  settings = {
    tokenSecret: siteSecret('formTokenSecret'),
    formToken: siteSecret('formToken'),
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
