import type { FormFields } from '../../shared/utils/assessment-form'
import { FORM_TOKEN_FIELD, HONEYPOT_FIELD } from '../../shared/utils/assessment-form'

/** What the visitor typed, as strings, to put back into the form when it has to be sent again. */
export function formValues(fields: FormFields): Record<string, string | string[]> {
  const values: Record<string, string | string[]> = {}
  for (const [name, value] of Object.entries(fields)) {
    if (name === HONEYPOT_FIELD || name === FORM_TOKEN_FIELD)
      continue
    if (typeof value === 'string')
      values[name] = value.slice(0, 5000)
    else if (Array.isArray(value))
      values[name] = value.filter(item => typeof item === 'string').slice(0, 20)
  }
  return values
}
