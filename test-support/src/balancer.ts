import type { IncomingMessage, ServerResponse } from 'node:http'
import http from 'node:http'
import { listenOnLoopback } from './ports'

export interface Balancer {
  url: string
  /** Requests sent on to another upstream after one failed, and requests no upstream answered (502, or cut off). */
  counts: { retried: number, failed: number }
  close: () => Promise<void>
}

/** Methods a client may send twice with the same effect, so a second upstream may be tried after any failure. */
const IDEMPOTENT_METHODS = new Set(['GET', 'HEAD', 'OPTIONS', 'PUT', 'DELETE'])

/** The request never reached the upstream: nothing listens there (a stopped or restarting server). */
function wasRefused(error: Error): boolean {
  return 'code' in error && error.code === 'ECONNREFUSED'
}

function hasBody(request: IncomingMessage): boolean {
  return Number(request.headers['content-length'] ?? 0) > 0 || request.headers['transfer-encoding'] !== undefined
}

/**
 * A round-robin HTTP reverse proxy on a free loopback port in front of `upstreams` (origins such as
 * `http://127.0.0.1:1337`), as an operator's load balancer would stand in front of replicas. An upstream
 * that refuses the connection is skipped, whatever the method, since the request never arrived there;
 * an idempotent request without a body that fails on one upstream in any other way (a connection reset
 * by a server that died) is tried on the next. Otherwise the client gets 502, as from any balancer.
 * Bodies are streamed both ways, a request's only once the upstream has accepted the connection, so that
 * a refused request can still be sent elsewhere whole. Headers pass through unchanged, `Host` and
 * `X-Forwarded-For` included. The upstreams need not be listening yet.
 */
export async function startBalancer(upstreams: readonly string[]): Promise<Balancer> {
  if (upstreams.length === 0)
    throw new Error('A balancer needs at least one upstream')
  const agent = new http.Agent({ keepAlive: true })
  let turn = 0
  const counts = { retried: 0, failed: 0 }

  const forward = (request: IncomingMessage, response: ServerResponse, first: number, tried: number): void => {
    const upstream = new URL(request.url ?? '/', upstreams[(first + tried) % upstreams.length])
    const proxied = http.request(upstream, { method: request.method, headers: request.headers, agent })
    const send = () => hasBody(request) ? request.pipe(proxied) : proxied.end()
    proxied.on('socket', (socket) => {
      if (socket.connecting)
        socket.once('connect', send)
      else
        send()
    })
    proxied.on('response', (answer) => {
      response.writeHead(answer.statusCode ?? 502, answer.headers)
      answer.pipe(response)
      answer.on('error', () => response.destroy())
    })
    proxied.on('error', (error) => {
      const retry = !response.headersSent && tried + 1 < upstreams.length
        && (wasRefused(error) || (IDEMPOTENT_METHODS.has(request.method ?? 'GET') && !hasBody(request)))
      if (retry) {
        counts.retried++
        forward(request, response, first, tried + 1)
        return
      }
      counts.failed++
      if (response.headersSent)
        response.destroy()
      else
        response.writeHead(502, { 'Content-Type': 'text/plain' }).end(`No upstream answered: ${error.message}\n`)
    })
    response.on('close', () => {
      if (!response.writableFinished)
        proxied.destroy()
    })
  }

  const server = http.createServer((request, response) => forward(request, response, turn++ % upstreams.length, 0))
  const port = await listenOnLoopback(server)
  return {
    url: `http://127.0.0.1:${port}`,
    counts,
    async close() {
      server.closeAllConnections()
      agent.destroy()
      await new Promise(resolve => server.close(resolve))
    },
  }
}
