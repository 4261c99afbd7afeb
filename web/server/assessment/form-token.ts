import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto'

/*
 * A form token is 54 bytes in base64url (72 characters): a 6-byte issue time in milliseconds (enough
 * until the year 10889), a 16-byte random nonce that makes every token unique, and an HMAC-SHA256 of
 * both. 54 is a multiple of 3, so the encoding has no padding and each token has exactly one spelling.
 */
const ISSUED_AT_BYTES = 6
const NONCE_BYTES = 16
const SIGNATURE_BYTES = 32
const SIGNED_BYTES = ISSUED_AT_BYTES + NONCE_BYTES
const TOKEN_PATTERN = new RegExp(`^[\\w-]{${((SIGNED_BYTES + SIGNATURE_BYTES) / 3) * 4}}$`)

/** People need a few seconds to fill in the form; bots post at once. */
const DEFAULT_MIN_FILL_MS = 3_000
/** A day covers a form left open in a tab, yet keeps a harvested token from being reused for long. */
const DEFAULT_MAX_AGE_MS = 24 * 60 * 60 * 1_000

export interface FormTokenOptions {
  now?: number
  minFillMs?: number
  maxAgeMs?: number
}

export type FormTokenCheck
  = | { ok: true, issuedAt: number }
    | { ok: false, reason: 'invalid' | 'too-fast' | 'expired' }

/** Issues the token the form sends back, so the server can tell how long the form took to fill. */
export function issueFormToken(secret: string, now = Date.now()): string {
  const signed = Buffer.alloc(SIGNED_BYTES)
  signed.writeUIntBE(now, 0, ISSUED_AT_BYTES)
  randomBytes(NONCE_BYTES).copy(signed, ISSUED_AT_BYTES)
  return Buffer.concat([signed, sign(signed, secret)]).toString('base64url')
}

/** Checks a token from an untrusted request body: anything but a genuine, timely token is refused. */
export function verifyFormToken(token: unknown, secret: string, options: FormTokenOptions = {}): FormTokenCheck {
  const { now = Date.now(), minFillMs = DEFAULT_MIN_FILL_MS, maxAgeMs = DEFAULT_MAX_AGE_MS } = options
  if (typeof token !== 'string' || !TOKEN_PATTERN.test(token))
    return { ok: false, reason: 'invalid' }

  const bytes = Buffer.from(token, 'base64url')
  const signed = bytes.subarray(0, SIGNED_BYTES)
  if (!timingSafeEqual(bytes.subarray(SIGNED_BYTES), sign(signed, secret)))
    return { ok: false, reason: 'invalid' }

  const issuedAt = signed.readUIntBE(0, ISSUED_AT_BYTES)
  const age = now - issuedAt
  if (age < minFillMs)
    return { ok: false, reason: 'too-fast' }
  if (age > maxAgeMs)
    return { ok: false, reason: 'expired' }
  return { ok: true, issuedAt }
}

function sign(signed: Buffer, secret: string): Buffer {
  // An empty key would let anyone forge tokens; a missing secret is a deployment error worth a crash.
  if (!secret)
    throw new Error('The form token secret is empty')
  return createHmac('sha256', secret).update(signed).digest()
}
