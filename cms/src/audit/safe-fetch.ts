import type { Dispatcher } from 'undici'
import { Agent, request } from 'undici'
import { decodeBody, readCappedBody } from './body-reader'
import type { HostLookup } from './host-resolution'
import { pinnedLookup, resolveAllowedAddresses, systemLookup } from './host-resolution'
import { SafeFetchError } from './safe-fetch-error'
import { assertAllowedUrl, parseTargetUrl } from './url-policy'

export const USER_AGENT = 'KestrelAssessmentBot/1.0 (+https://kestrel.example/free-website-assessment)'

const MAX_REDIRECTS = 3
const REDIRECT_STATUSES = new Set([301, 302, 303, 307, 308])

const REQUEST_HEADERS = {
  'user-agent': USER_AGENT,
  'accept': 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5',
  // A compressed body would have to be inflated, and the size cap must hold for what we actually parse.
  'accept-encoding': 'identity',
}

export interface SafeFetchOptions {
  /** Budget for the whole fetch, DNS and redirects included. */
  timeoutMs?: number
  /** Largest body read before giving up. */
  maxBytes?: number
  lookup?: HostLookup
  /**
   * TEST ONLY: exact "host:port" strings (e.g. '127.0.0.1:43123') that may be fetched despite a loopback
   * address and a non-standard port, so tests can use local fixture servers. Production code never sets it.
   */
  allowedTestHosts?: ReadonlySet<string>
}

export interface FetchedPage {
  requestedUrl: string
  finalUrl: string
  status: number
  headers: Record<string, string>
  body: string
  /** Size of the body as received, before decoding. */
  bytes: number
  /** Time from the first DNS lookup to the last byte, redirects included. */
  elapsedMs: number
  /** Every address we were redirected to, in order; the last one is `finalUrl`. */
  redirects: string[]
}

interface FetchSettings {
  maxBytes: number
  lookup: HostLookup
  allowedTestHosts: ReadonlySet<string>
  signal: AbortSignal
}

type HopResponse
  = | { kind: 'redirect', location: string }
    | { kind: 'page', status: number, headers: Record<string, string>, body: Buffer }

function flattenHeaders(headers: Dispatcher.ResponseData['headers']): Record<string, string> {
  const flat: Record<string, string> = {}
  for (const [name, value] of Object.entries(headers)) {
    if (value !== undefined)
      flat[name] = Array.isArray(value) ? value.join(', ') : value
  }
  return flat
}

/** Rejects as soon as the signal aborts, for work (like DNS) that cannot be cancelled itself. */
function abortable<T>(work: Promise<T>, signal: AbortSignal): Promise<T> {
  return new Promise((resolve, reject) => {
    const onAbort = () => reject(new Error('Aborted'))
    if (signal.aborted) {
      onAbort()
      return
    }
    signal.addEventListener('abort', onAbort, { once: true })
    void work.then(resolve, reject).finally(() => signal.removeEventListener('abort', onAbort))
  })
}

/** One request to one checked URL, connected only to the addresses that passed the policy. */
async function fetchHop(url: URL, settings: FetchSettings): Promise<HopResponse> {
  const isTestHost = settings.allowedTestHosts.has(url.host)
  assertAllowedUrl(url, isTestHost)
  const addresses = await abortable(resolveAllowedAddresses(url, settings.lookup, isTestHost), settings.signal)
  const agent = new Agent({ connect: { lookup: pinnedLookup(addresses) } })
  try {
    const response = await request(url, {
      dispatcher: agent,
      method: 'GET',
      headers: REQUEST_HEADERS,
      signal: settings.signal,
    })
    const headers = flattenHeaders(response.headers)
    if (REDIRECT_STATUSES.has(response.statusCode) && headers.location !== undefined)
      return { kind: 'redirect', location: headers.location }
    const body = await readCappedBody(response.body, headers['content-length'], settings.maxBytes)
    return { kind: 'page', status: response.statusCode, headers, body }
  }
  finally {
    await agent.destroy()
  }
}

async function followRedirects(requestedUrl: string, settings: FetchSettings, started: number): Promise<FetchedPage> {
  let url = parseTargetUrl(requestedUrl)
  const redirects: string[] = []
  for (;;) {
    const hop = await fetchHop(url, settings)
    if (hop.kind === 'page') {
      return {
        requestedUrl,
        finalUrl: url.href,
        status: hop.status,
        headers: hop.headers,
        body: decodeBody(hop.body, hop.headers['content-type']),
        bytes: hop.body.byteLength,
        elapsedMs: Math.round(performance.now() - started),
        redirects,
      }
    }
    if (redirects.length === MAX_REDIRECTS)
      throw new SafeFetchError('too-many-redirects', `The address redirected more than ${MAX_REDIRECTS} times, so we stopped following it.`)
    // Each hop is checked again from scratch: a public site may redirect anywhere, including inside our network.
    url = parseTargetUrl(hop.location, url)
    redirects.push(url.href)
  }
}

/**
 * Fetches a URL typed by a stranger without letting it reach anything but public websites: only http(s) on
 * standard ports, every resolved address public, the socket pinned to the checked addresses, redirects
 * re-checked hop by hop, and time, size and redirect count bounded. No cookies or credentials are ever sent.
 */
export async function safeFetch(url: string, options: SafeFetchOptions = {}): Promise<FetchedPage> {
  const { timeoutMs = 5_000, maxBytes = 2 * 1024 * 1024, lookup = systemLookup, allowedTestHosts = new Set() } = options
  const started = performance.now()
  const controller = new AbortController()
  const timer = setTimeout(() => controller.abort(), timeoutMs)
  try {
    return await followRedirects(url, { maxBytes, lookup, allowedTestHosts, signal: controller.signal }, started)
  }
  catch (error) {
    if (error instanceof SafeFetchError)
      throw error
    if (controller.signal.aborted)
      throw new SafeFetchError('timeout', `The site did not answer within ${timeoutMs / 1000} seconds.`, { cause: error })
    throw new SafeFetchError('network', `We could not load the page: ${error instanceof Error ? error.message : String(error)}.`, { cause: error })
  }
  finally {
    clearTimeout(timer)
  }
}
