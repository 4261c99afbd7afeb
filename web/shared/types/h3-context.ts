import type { AssessmentFormState } from './assessment-form'

declare module 'h3' {
  interface H3EventContext {
    /** Set by the form middleware when a post without JavaScript was refused. */
    assessmentForm?: AssessmentFormState
  }
}
