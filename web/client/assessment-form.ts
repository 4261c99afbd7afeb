/**
 * Progressive enhancement of the FREE Website Assessment form, loaded as a small standalone module:
 * the page itself ships no framework. It validates with the same shared schema as the server, shows
 * errors inline (linked with aria-describedby, summarised in an alert, focus on the first), and sends
 * the form with fetch. Without it the form still posts and the server answers the same way.
 */
import type { FieldErrors } from '../shared/types/assessment-form'
import { assessmentInputSchema } from '@agency/shared/assessment'
import { assessmentThankYouPath } from '@agency/shared/paths'
import { FIELD_ORDER, formFieldsToInput } from '../shared/utils/assessment-form'

function fieldsOf(form: HTMLFormElement): Record<string, unknown> {
  const fields: Record<string, unknown> = {}
  const data = new FormData(form)
  for (const name of new Set(data.keys())) {
    const values = data.getAll(name).filter(value => typeof value === 'string')
    fields[name] = name === 'services' || values.length > 1 ? values : values[0]
  }
  return fields
}

/** What the page calls each field, written by editors (`data-field-labels` on the form). */
function fieldLabels(form: HTMLFormElement): Record<string, string> {
  try {
    return JSON.parse(form.dataset.fieldLabels ?? '{}') as Record<string, string>
  }
  catch {
    return {}
  }
}

function clientErrors(fields: Record<string, unknown>): FieldErrors {
  const parsed = assessmentInputSchema.safeParse(formFieldsToInput(fields))
  const errors: FieldErrors = {}
  if (!parsed.success) {
    for (const issue of parsed.error.issues)
      errors[String(issue.path[0] ?? 'form')] ??= issue.message
  }
  return errors
}

function control(form: HTMLFormElement, field: string): HTMLElement | null {
  return form.querySelector<HTMLElement>(`#field-${field}`)
}

function setFieldError(form: HTMLFormElement, field: string, message: string | undefined): void {
  const element = control(form, field)
  if (!element)
    return
  const errorId = `field-${field}-error`
  let note = form.querySelector<HTMLElement>(`#${errorId}`)
  if (message) {
    if (!note) {
      note = document.createElement('p')
      note.id = errorId
      note.className = 'field-error'
      note.dataset.fieldError = ''
      // Where the server renders it: above the consent box, or between a field's label and its input.
      const consent = element instanceof HTMLInputElement && element.type === 'checkbox' ? element.closest('.consent') : null
      if (consent)
        consent.prepend(note)
      else
        element.before(note)
    }
    note.textContent = message
    element.setAttribute('aria-invalid', 'true')
  }
  else {
    note?.remove()
    element.removeAttribute('aria-invalid')
  }
  const describedBy = (element.getAttribute('aria-describedby') ?? '').split(' ').filter(id => id && id !== errorId)
  if (message)
    describedBy.push(errorId)
  if (describedBy.length)
    element.setAttribute('aria-describedby', describedBy.join(' '))
  else
    element.removeAttribute('aria-describedby')
}

function showSummary(form: HTMLFormElement, message: string, errors: FieldErrors): void {
  let summary = form.querySelector<HTMLElement>('[data-form-summary]')
  if (!summary) {
    summary = document.createElement('div')
    summary.dataset.formSummary = ''
    summary.className = 'form-summary'
    summary.setAttribute('role', 'alert')
    summary.tabIndex = -1
    form.querySelector('h2')?.after(summary)
  }
  summary.replaceChildren()
  const title = document.createElement('p')
  title.className = 'form-summary__title'
  title.textContent = message
  summary.append(title)
  const invalid = FIELD_ORDER.filter(field => errors[field])
  if (invalid.length) {
    const list = document.createElement('ul')
    for (const field of invalid) {
      const link = document.createElement('a')
      link.href = `#field-${field}`
      link.textContent = `${fieldLabels(form)[field] ?? field}: ${errors[field]}`
      const item = document.createElement('li')
      item.append(link)
      list.append(item)
    }
    summary.append(list)
  }
}

function showErrors(form: HTMLFormElement, message: string, errors: FieldErrors): void {
  for (const field of FIELD_ORDER)
    setFieldError(form, field, errors[field])
  showSummary(form, message, errors)
  const first = FIELD_ORDER.find(field => errors[field])
  ;(first ? control(form, first) : form.querySelector<HTMLElement>('[data-form-summary]'))?.focus()
}

function setBusy(form: HTMLFormElement, busy: boolean, status: string): void {
  const button = form.querySelector<HTMLButtonElement>('button[type="submit"]')
  button?.setAttribute('aria-busy', String(busy))
  if (button)
    button.disabled = busy
  const live = form.querySelector<HTMLElement>('[data-form-status]')
  if (live)
    live.textContent = status
}

async function send(form: HTMLFormElement, fields: Record<string, unknown>): Promise<void> {
  setBusy(form, true, 'Sending your request…')
  let response: Response
  try {
    response = await fetch('/api/assessments', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json' },
      body: JSON.stringify(fields),
    })
  }
  catch {
    // Offline or blocked: let the browser post the form itself, which the server handles the same way.
    form.submit()
    return
  }
  if (response.ok) {
    setBusy(form, true, 'Request received. Taking you to the next step…')
    window.location.assign(assessmentThankYouPath())
    return
  }
  const body = await response.json().catch(() => ({})) as { message?: string, fieldErrors?: FieldErrors }
  setBusy(form, false, '')
  showErrors(form, body.message ?? 'Something went wrong. Please try again.', body.fieldErrors ?? {})
}

function enhance(form: HTMLFormElement): void {
  form.addEventListener('submit', (event) => {
    event.preventDefault()
    const fields = fieldsOf(form)
    const errors = clientErrors(fields)
    if (Object.keys(errors).some(field => FIELD_ORDER.includes(field))) {
      showErrors(form, 'Some details need another look.', errors)
      return
    }
    void send(form, fields)
  })
  // A corrected field stops being marked as wrong as soon as it is valid.
  form.addEventListener('change', (event) => {
    const target = event.target
    if (!(target instanceof HTMLInputElement || target instanceof HTMLTextAreaElement))
      return
    const field = target.name
    if (target.getAttribute('aria-invalid') === 'true' && !clientErrors(fieldsOf(form))[field])
      setFieldError(form, field, undefined)
  })
}

document.querySelectorAll<HTMLFormElement>('form[data-assessment-form]').forEach(enhance)
