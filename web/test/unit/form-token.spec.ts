import fc from 'fast-check'
import { describe, expect, it } from 'vitest'
import { issueFormToken, verifyFormToken } from '../../server/assessment/form-token'

const SECRET = 'a-long-random-form-token-secret'
const ISSUED_AT = Date.UTC(2025, 0, 1, 9, 0, 0)
const SECOND = 1_000
const DAY = 24 * 60 * 60 * SECOND

/** The token with one bit of byte `index` flipped, still well-formed base64url. */
function flipBit(token: string, index: number): string {
  const bytes = Buffer.from(token, 'base64url')
  bytes.writeUInt8(bytes.readUInt8(index) ^ 1, index)
  return bytes.toString('base64url')
}

describe('issueFormToken', () => {
  it('issues a compact url-safe token that differs on every call', () => {
    const first = issueFormToken(SECRET, ISSUED_AT)
    expect(first).toMatch(/^[\w-]{72}$/)
    expect(issueFormToken(SECRET, ISSUED_AT)).not.toBe(first)
  })

  it('refuses to sign with an empty secret', () => {
    expect(() => issueFormToken('', ISSUED_AT)).toThrow('secret is empty')
  })
})

describe('verifyFormToken', () => {
  const token = issueFormToken(SECRET, ISSUED_AT)

  it('accepts its own token sent back after the minimum fill time, with the time it was issued', () => {
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + 3 * SECOND })).toEqual({ ok: true, issuedAt: ISSUED_AT })
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + DAY })).toEqual({ ok: true, issuedAt: ISSUED_AT })
  })

  it('checks against the current time by default', () => {
    expect(verifyFormToken(issueFormToken(SECRET, Date.now() - 10 * SECOND), SECRET)).toMatchObject({ ok: true })
    expect(verifyFormToken(issueFormToken(SECRET), SECRET)).toEqual({ ok: false, reason: 'too-fast' })
  })

  it('refuses a token sent back faster than a person fills the form', () => {
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + 3 * SECOND - 1 })).toEqual({ ok: false, reason: 'too-fast' })
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + 5 * SECOND, minFillMs: 6 * SECOND })).toEqual({ ok: false, reason: 'too-fast' })
  })

  it('refuses a token issued in the future as too fast', () => {
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT - SECOND })).toEqual({ ok: false, reason: 'too-fast' })
  })

  it('refuses a token older than a day, or than the maximum age it is given', () => {
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + DAY + 1 })).toEqual({ ok: false, reason: 'expired' })
    expect(verifyFormToken(token, SECRET, { now: ISSUED_AT + 61 * SECOND, maxAgeMs: 60 * SECOND })).toEqual({ ok: false, reason: 'expired' })
  })

  it('refuses a token whose issue time, nonce or signature was changed', () => {
    const now = ISSUED_AT + 10 * SECOND
    const length = Buffer.from(token, 'base64url').length
    for (let index = 0; index < length; index++)
      expect(verifyFormToken(flipBit(token, index), SECRET, { now }), `byte ${index}`).toEqual({ ok: false, reason: 'invalid' })
  })

  it('refuses a token signed with another secret', () => {
    expect(verifyFormToken(token, 'another-secret', { now: ISSUED_AT + 10 * SECOND })).toEqual({ ok: false, reason: 'invalid' })
  })

  it('answers invalid, without throwing, for any string', () => {
    fc.assert(fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (input) => {
      expect(verifyFormToken(input, SECRET)).toEqual({ ok: false, reason: 'invalid' })
    }))
  })

  it('answers invalid, without throwing, for well-formed tokens it did not sign', () => {
    fc.assert(fc.property(fc.uint8Array({ minLength: 54, maxLength: 54 }), (bytes) => {
      expect(verifyFormToken(Buffer.from(bytes).toString('base64url'), SECRET)).toEqual({ ok: false, reason: 'invalid' })
    }))
  })

  it('answers invalid, without throwing, for any value that is not a string', () => {
    fc.assert(fc.property(fc.anything({ withBigInt: true, withBoxedValues: true, withMap: true, withSet: true, withTypedArray: true }), (input) => {
      expect(verifyFormToken(input, SECRET)).toEqual({ ok: false, reason: 'invalid' })
    }))
  })
})
