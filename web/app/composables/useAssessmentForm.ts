import type { AssessmentFormState } from '~~/shared/types/assessment-form'

/**
 * Everything the assessment form needs for one render: a fresh fill-time token and idempotency key,
 * and, after a refused post without JavaScript, the messages and what the visitor typed.
 */
export async function useAssessmentForm() {
  const refused: AssessmentFormState | undefined = useRequestEvent()?.context.assessmentForm
  const fresh = requireData(await useFetch('/api/assessments/form', { key: 'assessment-form' }))
  const postedKey = refused?.values.idempotencyKey
  return {
    formToken: fresh.value.formToken,
    idempotencyKey: typeof postedKey === 'string' && postedKey ? postedKey : fresh.value.idempotencyKey,
    message: refused?.message ?? '',
    fieldErrors: refused?.fieldErrors ?? {},
    values: refused?.values ?? {},
  }
}
