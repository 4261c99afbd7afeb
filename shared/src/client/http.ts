import type { AxiosInstance, AxiosRequestConfig } from 'axios'
import type { z } from 'zod'
import type { CmsErrorKind } from './errors'
import axios, { AxiosError } from 'axios'
import { strapiErrorSchema } from '../schemas/common'
import { CmsError } from './errors'

export interface CmsClientOptions {
  /** Origin of the Strapi server, e.g. `http://127.0.0.1:1337`. */
  baseURL: string
  /** A Strapi API token; omit to read as the Public role. */
  token?: string
  /** Milliseconds before a request is abandoned. */
  timeoutMs?: number
  /**
   * The site's own key (SITE_API_KEY): its reads stay anonymous to Strapi, and so share the CMS's
   * response cache, but are not counted by the public API limits.
   */
  siteKey?: string
  /**
   * Media the CMS keeps in object storage: every URL under `from` in a response (a file's URL, its
   * formats', links in markdown) is given under `to` instead, where the caller serves those files.
   */
  mediaUrls?: { from: string, to: string }
}

/** `data` with every occurrence of `from` in its strings replaced by `to`. */
export function rewriteUrls(data: unknown, from: string, to: string): unknown {
  if (typeof data === 'string')
    return data.replaceAll(from, to)
  if (Array.isArray(data))
    return data.map(item => rewriteUrls(item, from, to))
  if (typeof data === 'object' && data !== null)
    return Object.fromEntries(Object.entries(data).map(([key, value]) => [key, rewriteUrls(value, from, to)]))
  return data
}

/** The header that carries {@link CmsClientOptions.siteKey}. */
export const SITE_KEY_HEADER = 'X-Site-Key'

export type CmsRequest = <S extends z.ZodType>(
  resource: string,
  schema: S,
  config: AxiosRequestConfig,
) => Promise<z.output<S>>

const KIND_BY_STATUS: Record<number, CmsErrorKind> = {
  400: 'bad-request',
  401: 'unauthorized',
  403: 'forbidden',
  404: 'not-found',
  429: 'rate-limited',
}

function kindOfStatus(status: number): CmsErrorKind {
  return KIND_BY_STATUS[status] ?? (status >= 500 ? 'server' : 'bad-request')
}

/** Strapi's ValidationError details: `{ errors: [{ path: ['email'], message }] }`. */
function fieldErrorsOf(details: unknown): Record<string, string[]> {
  const fieldErrors: Record<string, string[]> = {}
  if (typeof details !== 'object' || details === null || !('errors' in details) || !Array.isArray(details.errors))
    return fieldErrors
  for (const entry of details.errors as unknown[]) {
    if (typeof entry !== 'object' || entry === null || !('message' in entry))
      continue
    const path = 'path' in entry && Array.isArray(entry.path) ? entry.path.join('.') : ''
    ;(fieldErrors[path] ??= []).push(String(entry.message))
  }
  return fieldErrors
}

function toCmsError(resource: string, error: unknown): CmsError {
  if (!(error instanceof AxiosError))
    return new CmsError(resource, 'unreachable', error instanceof Error ? error.message : String(error), { cause: error })
  if (error.response) {
    const { status, data } = error.response
    const parsed = strapiErrorSchema.safeParse(data)
    const message = parsed.success ? parsed.data.error.message : `HTTP ${status}`
    const fieldErrors = parsed.success ? fieldErrorsOf(parsed.data.error.details) : {}
    return new CmsError(resource, kindOfStatus(status), message, { status, fieldErrors, cause: error })
  }
  if (error.code === AxiosError.ECONNABORTED || error.code === AxiosError.ETIMEDOUT)
    return new CmsError(resource, 'timeout', 'the CMS did not answer in time', { cause: error })
  return new CmsError(resource, 'unreachable', `the CMS could not be reached (${error.code ?? error.message})`, { cause: error })
}

export function createHttp({ baseURL, token, timeoutMs = 5000, siteKey, mediaUrls }: CmsClientOptions): { http: AxiosInstance, request: CmsRequest } {
  const http = axios.create({
    baseURL: `${baseURL.replace(/\/+$/, '')}/api`,
    timeout: timeoutMs,
    headers: {
      Accept: 'application/json',
      ...(token ? { Authorization: `Bearer ${token}` } : {}),
      ...(siteKey ? { [SITE_KEY_HEADER]: siteKey } : {}),
    },
  })

  const request: CmsRequest = async (resource, schema, config) => {
    let data: unknown
    try {
      data = (await http.request(config)).data
    }
    catch (error) {
      throw toCmsError(resource, error)
    }
    const parsed = schema.safeParse(mediaUrls ? rewriteUrls(data, mediaUrls.from, mediaUrls.to) : data)
    if (!parsed.success) {
      const issue = parsed.error.issues[0]
      const where = issue ? `${issue.path.join('.') || '(root)'}: ${issue.message}` : 'unknown shape'
      throw new CmsError(resource, 'invalid-response', `unexpected response shape at ${where}`, { cause: parsed.error })
    }
    return parsed.data
  }

  return { http, request }
}
