import { assessmentFields } from '@agency/test-support/assessments'
import { issueFormToken } from '../../server/assessment/form-token'
import { TEST_FORM_SECRET } from './stack'

export { countSubmissions, inBatches, postAssessment } from '@agency/test-support/assessments'

/** A form token as the page would have issued it `ageMs` ago. */
export function formToken(ageMs = 5000): string {
  return issueFormToken(TEST_FORM_SECRET, Date.now() - ageMs)
}

/** Larger runs for `pnpm test:stress`; `pnpm test` runs the same checks at a smaller scale. */
export const STRESS = process.env.ASSESSMENT_STRESS === '1'

/** Fields of a valid assessment request, as the site's form script sends them. */
export function validFields(overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return assessmentFields(formToken(), overrides)
}
