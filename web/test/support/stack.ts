import type { RunningProcess } from '@agency/test-support/processes'
import { startSiteServer } from '@agency/test-support/site-server'

/** Signs the test site's form tokens, so tests can mint valid ones without rendering the form. */
export const TEST_FORM_SECRET = 'e2e-only-form-token-secret-long-enough-for-production'

/** Articles per page on the test site, small so that the seed plus a few fixtures span several pages. */
export const E2E_PAGE_SIZE = 2

export interface TestSiteOptions {
  cmsUrl: string
  outboxDir: string
  port?: number
  env?: Record<string, string>
}

/**
 * The built site against a CMS, with settings that let tests drive the form. It runs as a local
 * evaluation, with the development secrets the test CMS also uses, unless a test passes
 * `NUXT_LOCAL_EVALUATION: 'false'` and real secrets.
 */
export async function startTestSite({ cmsUrl, outboxDir, port, env = {} }: TestSiteOptions): Promise<RunningProcess> {
  return startSiteServer({
    cmsUrl,
    port,
    env: {
      NUXT_LOCAL_EVALUATION: 'true',
      NUXT_BLOG_PAGE_SIZE: String(E2E_PAGE_SIZE),
      NUXT_ASSESSMENT_TOKEN_SECRET: TEST_FORM_SECRET,
      NUXT_ASSESSMENT_MIN_FILL_SECONDS: '1',
      NUXT_ASSESSMENT_TRUST_PROXY: 'true',
      NUXT_ASSESSMENT_RATE_LIMIT_POINTS: '20',
      NUXT_ASSESSMENT_OUTBOX_DIR: outboxDir,
      NUXT_ASSESSMENT_OUTBOX_INTERVAL_MS: '300',
      ...env,
    },
  })
}
