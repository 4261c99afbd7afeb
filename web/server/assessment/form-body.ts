import type { H3Event } from 'h3'
import { createError, getRequestHeader } from 'h3'

/** Larger than any honest assessment form (a 5,000-character message included). */
const FORM_BODY_LIMIT_BYTES = 64 * 1024

function tooLarge() {
  return createError({ statusCode: 413, statusMessage: 'Payload Too Large', message: 'The form is larger than we accept. Please shorten your message.' })
}

/** Reads the request body, stopping as soon as it passes the limit instead of buffering all of it. */
async function readCapped(event: H3Event, limit: number): Promise<string> {
  const declared = Number(getRequestHeader(event, 'content-length') ?? 0)
  if (declared > limit)
    throw tooLarge()
  const chunks: Buffer[] = []
  let size = 0
  for await (const chunk of event.node.req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk))
    size += buffer.byteLength
    if (size > limit)
      throw tooLarge()
    chunks.push(buffer)
  }
  return Buffer.concat(chunks).toString('utf8')
}

function fromUrlEncoded(raw: string): Record<string, unknown> {
  const params = new URLSearchParams(raw)
  const fields: Record<string, unknown> = {}
  for (const name of new Set(params.keys())) {
    const values = params.getAll(name)
    fields[name] = values.length > 1 ? values : values[0]
  }
  return fields
}

/**
 * The fields of a form post, from JSON or from a plain HTML form (repeated names become lists).
 * Anything else is refused with a 4xx that says why.
 */
export async function readFormBody(event: H3Event, limit = FORM_BODY_LIMIT_BYTES): Promise<Record<string, unknown>> {
  const type = getRequestHeader(event, 'content-type') ?? ''
  const raw = await readCapped(event, limit)
  if (type.includes('application/x-www-form-urlencoded'))
    return fromUrlEncoded(raw)
  if (type.includes('application/json')) {
    let parsed: unknown
    try {
      parsed = JSON.parse(raw)
    }
    catch {
      throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'The request body is not valid JSON.' })
    }
    if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed))
      throw createError({ statusCode: 400, statusMessage: 'Bad Request', message: 'The request body must be a JSON object of form fields.' })
    return parsed as Record<string, unknown>
  }
  throw createError({ statusCode: 415, statusMessage: 'Unsupported Media Type', message: 'Send the form as application/json or application/x-www-form-urlencoded.' })
}
