/** The visible fields in form order; error summaries name them by their labels, which editors write. */
export const FIELD_ORDER = ['name', 'email', 'company', 'phone', 'websiteUrl', 'services', 'message', 'consent']

/** A hidden field that people never see or fill, and bots do. */
export const HONEYPOT_FIELD = 'nickname'
/** A hidden field with the signed fill-time token. */
export const FORM_TOKEN_FIELD = 'formToken'

/** The fields of the assessment form as a browser posts them (urlencoded), or as JSON. */
export type FormFields = Record<string, unknown>

function text(value: unknown): unknown {
  return Array.isArray(value) ? value[0] : value
}

/**
 * Shapes posted form fields into what the shared assessment schema reads: a checkbox group becomes a
 * list, a ticked consent box becomes `true`, an empty optional field is left out. Anything else is
 * passed on unchanged for the schema to judge.
 */
export function formFieldsToInput(fields: FormFields): Record<string, unknown> {
  const services = fields.services
  const consent = text(fields.consent)
  const phone = text(fields.phone)
  return {
    name: text(fields.name),
    email: text(fields.email),
    company: text(fields.company),
    websiteUrl: text(fields.websiteUrl),
    phone: phone === '' ? undefined : phone,
    services: services === undefined ? [] : Array.isArray(services) ? services : [services],
    message: text(fields.message) ?? '',
    consent: consent === true || consent === 'true' || consent === 'on',
    sourcePage: text(fields.sourcePage),
    idempotencyKey: text(fields.idempotencyKey),
  }
}
