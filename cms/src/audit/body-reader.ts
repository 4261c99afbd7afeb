import { SafeFetchError } from './safe-fetch-error'

function describeSize(bytes: number): string {
  return bytes >= 1024 * 1024 ? `${(bytes / 1024 / 1024).toFixed(1)} MB` : `${Math.ceil(bytes / 1024)} KB`
}

function tooLarge(maxBytes: number): SafeFetchError {
  return new SafeFetchError('too-large', `The page is larger than ${describeSize(maxBytes)}, more than we read for an assessment.`)
}

/**
 * Reads a response body, stopping as soon as it passes `maxBytes`: a declared length is refused before
 * reading, and a streamed body is cut off mid-way (leaving the loop destroys the stream).
 */
export async function readCappedBody(body: AsyncIterable<Uint8Array>, declaredLength: string | undefined, maxBytes: number): Promise<Buffer> {
  if (declaredLength !== undefined && Number(declaredLength) > maxBytes)
    throw tooLarge(maxBytes)
  const chunks: Uint8Array[] = []
  let total = 0
  for await (const chunk of body) {
    total += chunk.byteLength
    if (total > maxBytes)
      throw tooLarge(maxBytes)
    chunks.push(chunk)
  }
  return Buffer.concat(chunks, total)
}

/** Decodes with the charset the server declares; unknown or missing charsets fall back to UTF-8, the web's default. */
export function decodeBody(bytes: Uint8Array, contentType: string | undefined): string {
  const charset = contentType?.match(/charset\s*=\s*"?([\w-]+)/i)?.[1]
  try {
    return new TextDecoder(charset ?? 'utf-8').decode(bytes)
  }
  catch {
    return new TextDecoder('utf-8').decode(bytes)
  }
}
