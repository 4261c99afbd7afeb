/** The first message for each field that needs another look, by field name. */
export type FieldErrors = Record<string, string>

/** A refused form post, rendered again with its messages and what the visitor typed. */
export interface AssessmentFormState {
  message: string
  fieldErrors: FieldErrors
  values: Record<string, string | string[]>
}
