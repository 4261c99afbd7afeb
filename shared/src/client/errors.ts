export type CmsErrorKind
  = | 'not-found'
    | 'bad-request'
    | 'unauthorized'
    | 'forbidden'
    | 'rate-limited'
    | 'server'
    | 'timeout'
    | 'unreachable'
    | 'invalid-response'

export interface CmsErrorOptions {
  status?: number
  /** Per-field messages from a validation error, keyed by dotted path. */
  fieldErrors?: Record<string, string[]>
  cause?: unknown
}

/** Every failure of the CMS client: it names the resource and what went wrong. */
export class CmsError extends Error {
  override readonly name = 'CmsError'
  readonly status: number | undefined
  readonly fieldErrors: Record<string, string[]>

  constructor(
    readonly resource: string,
    readonly kind: CmsErrorKind,
    message: string,
    options: CmsErrorOptions = {},
  ) {
    super(`${resource}: ${message}`, { cause: options.cause })
    this.status = options.status
    this.fieldErrors = options.fieldErrors ?? {}
  }

  /** True when retrying later may succeed: the CMS was down, slow or failing, not refusing the request. */
  get isTransient(): boolean {
    return this.kind === 'server' || this.kind === 'timeout' || this.kind === 'unreachable' || this.kind === 'rate-limited'
  }
}

export function isCmsError(error: unknown): error is CmsError {
  return error instanceof CmsError
}
