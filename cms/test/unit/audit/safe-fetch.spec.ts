import type { LookupAddress } from 'node:dns'
import type { IncomingHttpHeaders, RequestListener } from 'node:http'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import type { HostLookup } from '../../../src/audit/host-resolution'
import type { SafeFetchErrorCode } from '../../../src/audit/safe-fetch-error'
import { SafeFetchError } from '../../../src/audit/safe-fetch-error'
import type { FixtureServer } from './fixture-server'
import { safeFetch, USER_AGENT } from '../../../src/audit/safe-fetch'
import { startFixtureServer, stopFixtureServer } from './fixture-server'

interface RecordedRequest {
  path: string
  headers: IncomingHttpHeaders
}

const requests: RecordedRequest[] = []
const otherRequests: RecordedRequest[] = []

/** Every route a test needs, each path owned by one test so no test depends on another's requests. */
const fixtureRoutes: RequestListener = (request, response) => {
  const url = new URL(request.url ?? '/', 'http://fixture')
  requests.push({ path: url.pathname, headers: request.headers })
  const hops = url.pathname.match(/^\/hops\/(\d+)$/)?.[1]
  if (hops !== undefined && Number(hops) > 0) {
    response.writeHead(302, { location: `/hops/${Number(hops) - 1}` }).end()
  }
  else if (url.pathname === '/redirect') {
    response.writeHead(302, { location: url.searchParams.get('to') ?? '/' }).end()
  }
  else if (url.pathname === '/set-cookie') {
    response.writeHead(302, { 'location': '/after-cookie', 'set-cookie': 'session=secret; Path=/' }).end()
  }
  else if (url.pathname === '/hang') {
    // Never answers: the client's timeout has to end the request.
  }
  else if (url.pathname === '/large') {
    response.writeHead(200, { 'content-type': 'text/html', 'content-length': 10_000 }).end('x'.repeat(10_000))
  }
  else if (url.pathname === '/large-stream') {
    response.writeHead(200, { 'content-type': 'text/html' })
    for (let chunk = 0; chunk < 10; chunk++)
      response.write('x'.repeat(1_000))
    response.end()
  }
  else {
    response.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end('<h1>Café</h1>')
  }
}

const loopback: LookupAddress = { address: '127.0.0.1', family: 4 }

/** Answers like /etc/hosts and a few fake zones; anything else means the code under test used DNS it should not have. */
const offlineLookup: HostLookup = async (hostname) => {
  if (hostname === 'localhost')
    return [loopback, { address: '::1', family: 6 }]
  if (hostname === 'mixed.example')
    return [{ address: '93.184.215.14', family: 4 }, { address: '10.0.0.1', family: 4 }]
  if (hostname === 'missing.example')
    throw Object.assign(new Error(`getaddrinfo ENOTFOUND ${hostname}`), { code: 'ENOTFOUND' })
  throw new Error(`Unexpected DNS lookup of ${hostname}`)
}

async function failureCode(url: string, options: Parameters<typeof safeFetch>[1] = {}): Promise<SafeFetchErrorCode | undefined> {
  try {
    await safeFetch(url, { lookup: offlineLookup, ...options })
    return undefined
  }
  catch (error) {
    if (error instanceof SafeFetchError)
      return error.code
    throw error
  }
}

describe('safeFetch, before connecting anywhere,', () => {
  const refusals: ReadonlyArray<[url: string, code: SafeFetchErrorCode]> = [
    ['http://127.0.0.1/', 'blocked-address'],
    ['http://localhost/', 'blocked-address'],
    ['http://[::1]/', 'blocked-address'],
    ['http://[::ffff:127.0.0.1]/', 'blocked-address'],
    ['http://2130706433/', 'blocked-address'],
    ['http://0x7f.0.0.1/', 'blocked-address'],
    ['http://0177.0.0.1/', 'blocked-address'],
    ['http://10.0.0.1/', 'blocked-address'],
    ['http://169.254.169.254/latest/meta-data/', 'blocked-address'],
    ['http://100.64.0.1/', 'blocked-address'],
    ['http://224.0.0.1/', 'blocked-address'],
    ['http://0.0.0.0/', 'blocked-address'],
    ['http://[fd00:ec2::254]/', 'blocked-address'],
    ['http://mixed.example/', 'blocked-address'],
    ['http://missing.example/', 'dns-failed'],
    ['ftp://example.com/', 'blocked-scheme'],
    ['file:///etc/passwd', 'blocked-scheme'],
    ['http://example.com:8080/', 'blocked-port'],
    ['http://user:pass@example.com/', 'blocked-credentials'],
    ['not a web address', 'invalid-url'],
  ]

  it.each(refusals)('refuses %s with %s', async (url, code) => {
    expect(await failureCode(url)).toBe(code)
  })

  it('explains a refusal in words a visitor understands', async () => {
    await expect(safeFetch('http://mixed.example/', { lookup: offlineLookup }))
      .rejects.toThrow('mixed.example points to 10.0.0.1, a private network address; we only assess public websites.')
  })

  it('times out a DNS lookup that never answers', async () => {
    const neverAnswers: HostLookup = () => new Promise(() => {})
    expect(await failureCode('http://slow-dns.example/', { lookup: neverAnswers, timeoutMs: 50 })).toBe('timeout')
  })
})

describe('safeFetch against local fixture servers', () => {
  let fixture: FixtureServer
  let other: FixtureServer
  let origin: string
  let allowedTestHosts: ReadonlySet<string>

  beforeAll(async () => {
    fixture = await startFixtureServer(fixtureRoutes)
    other = await startFixtureServer((request, response) => {
      otherRequests.push({ path: request.url ?? '/', headers: request.headers })
      response.end('should never be reached')
    })
    origin = `http://${fixture.host}`
    allowedTestHosts = new Set([fixture.host, `fixture.test:${fixture.port}`])
  })

  afterAll(async () => {
    await Promise.all([stopFixtureServer(fixture), stopFixtureServer(other)])
  })

  it('returns the status, headers, decoded body and timing of a page', async () => {
    const page = await safeFetch(`${origin}/page`, { allowedTestHosts })
    expect(page).toMatchObject({
      requestedUrl: `${origin}/page`,
      finalUrl: `${origin}/page`,
      status: 200,
      body: '<h1>Café</h1>',
      bytes: Buffer.byteLength('<h1>Café</h1>'),
      redirects: [],
    })
    expect(page.headers['content-type']).toBe('text/html; charset=utf-8')
    expect(page.elapsedMs).toBeGreaterThanOrEqual(0)
    expect(page.elapsedMs).toBeLessThan(5_000)
  })

  it('follows three redirects and reports each hop', async () => {
    const page = await safeFetch(`${origin}/hops/3`, { allowedTestHosts })
    expect(page.status).toBe(200)
    expect(page.finalUrl).toBe(`${origin}/hops/0`)
    expect(page.redirects).toEqual([`${origin}/hops/2`, `${origin}/hops/1`, `${origin}/hops/0`])
  })

  it('refuses a fourth redirect', async () => {
    expect(await failureCode(`${origin}/hops/4`, { allowedTestHosts })).toBe('too-many-redirects')
  })

  it('refuses a redirect to a loopback port that is not allow-listed, without connecting to it', async () => {
    const to = encodeURIComponent(`http://${other.host}/`)
    expect(await failureCode(`${origin}/redirect?to=${to}`, { allowedTestHosts })).toBe('blocked-port')
    expect(otherRequests).toEqual([])
  })

  it.each(['http://127.0.0.1/', 'http://10.0.0.1/', 'http://169.254.169.254/latest/meta-data/'])(
    'refuses a redirect to the internal address %s',
    async (target) => {
      expect(await failureCode(`${origin}/redirect?to=${encodeURIComponent(target)}`, { allowedTestHosts })).toBe('blocked-address')
    },
  )

  it('refuses a redirect to ftp:', async () => {
    const to = encodeURIComponent('ftp://example.com/')
    expect(await failureCode(`${origin}/redirect?to=${to}`, { allowedTestHosts })).toBe('blocked-scheme')
  })

  it('gives up on a server that never answers once the time budget is spent', async () => {
    const started = performance.now()
    expect(await failureCode(`${origin}/hang`, { allowedTestHosts, timeoutMs: 300 })).toBe('timeout')
    expect(performance.now() - started).toBeLessThan(2_000)
  })

  it('refuses a body whose declared length exceeds the cap', async () => {
    expect(await failureCode(`${origin}/large`, { allowedTestHosts, maxBytes: 1_024 })).toBe('too-large')
  })

  it('stops reading a streamed body once it passes the cap', async () => {
    expect(await failureCode(`${origin}/large-stream`, { allowedTestHosts, maxBytes: 1_024 })).toBe('too-large')
  })

  it('identifies itself and sends no cookie or credentials, even after a redirect sets a cookie', async () => {
    const page = await safeFetch(`${origin}/set-cookie`, { allowedTestHosts })
    expect(page.finalUrl).toBe(`${origin}/after-cookie`)
    const sent = requests.filter(request => request.path === '/set-cookie' || request.path === '/after-cookie')
    expect(sent).toHaveLength(2)
    for (const { headers } of sent) {
      expect(headers['user-agent']).toBe(USER_AGENT)
      expect(headers.cookie).toBeUndefined()
      expect(headers.authorization).toBeUndefined()
    }
  })

  it('reports a connection that fails as a network error', async () => {
    // Nothing listens on port 1 (tcpmux) on a test machine, so the connection is refused at once.
    expect(await failureCode('http://127.0.0.1:1/', { allowedTestHosts: new Set(['127.0.0.1:1']) })).toBe('network')
  })

  it('connects to the address it checked instead of resolving the name again', async () => {
    const lookups: string[] = []
    const lookup: HostLookup = async (hostname) => {
      lookups.push(hostname)
      return [loopback]
    }
    // The system resolver cannot find fixture.test, so the page only loads through the pinned address.
    const page = await safeFetch(`http://fixture.test:${fixture.port}/pinned`, { allowedTestHosts, lookup })
    expect(page.status).toBe(200)
    expect(lookups).toEqual(['fixture.test'])
    expect(requests.find(request => request.path === '/pinned')?.headers.host).toBe(`fixture.test:${fixture.port}`)
  })
})
