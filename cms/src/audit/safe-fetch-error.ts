export type SafeFetchErrorCode
  = | 'invalid-url'
    | 'blocked-scheme'
    | 'blocked-port'
    | 'blocked-credentials'
    | 'blocked-address'
    | 'dns-failed'
    | 'too-many-redirects'
    | 'timeout'
    | 'too-large'
    | 'network'

/** A fetch the assessment refused or could not complete; the message is written for the person who asked. */
export class SafeFetchError extends Error {
  override readonly name = 'SafeFetchError'

  constructor(readonly code: SafeFetchErrorCode, message: string, options?: ErrorOptions) {
    super(message, options)
  }
}
