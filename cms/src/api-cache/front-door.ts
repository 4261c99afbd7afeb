import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import type { CachedResponse } from './response-store'
import fresh from 'fresh'

type RequestListener = (request: IncomingMessage, response: ServerResponse) => void

/** A stored answer for this request, when one may be served without the middleware chain. */
type FindHit = (request: IncomingMessage) => CachedResponse | undefined

const JSON_TYPE = 'application/json; charset=utf-8'

/** The headers every cached answer carries besides the replayed ones; CORS varies by Origin. */
export function cacheHeaders(hit: CachedResponse, status: 'HIT' | 'MISS'): Record<string, string> {
  return { 'Vary': 'Origin', 'Content-Type': JSON_TYPE, 'ETag': hit.etag, 'X-Cache': status }
}

function answer(request: IncomingMessage, response: ServerResponse, hit: CachedResponse): number {
  const notModified = fresh(request.headers, { etag: hit.etag })
  response.writeHead(notModified ? 304 : 200, {
    ...hit.headers,
    ...cacheHeaders(hit, 'HIT'),
    ...(notModified ? {} : { 'Content-Length': hit.body.length }),
  })
  response.end(notModified || request.method === 'HEAD' ? undefined : hit.body)
  return response.statusCode
}

/**
 * Serves cache hits as the HTTP server receives them, ahead of the Koa application Strapi created the
 * server with: building a Koa context and running the logger, error handler, CORS, session and request
 * context around a hit cost more than the hit itself. Requests without a hit go to Koa unchanged.
 *
 * Off unless API_CACHE_FRONT_DOOR=true, because hits then skip every global middleware, including any a
 * maintainer adds. Strapi has no supported hook ahead of Koa: this relies on its HTTP server having Koa's
 * callback as its one `request` listener (packages/core/core/src/services/server/http-server.ts in
 * strapi/strapi), which test/integration/middleware-parity.spec.ts pins. Remove it when Strapi answers a
 * cached read within a quarter of a bare Node.js server's rate without it (`pnpm bench rest`).
 */
export function answerHitsFirst(server: Server, findHit: FindHit, onHit: (request: IncomingMessage, status: number) => void): void {
  const [koa] = server.listeners('request') as RequestListener[]
  if (!koa)
    return
  server.removeListener('request', koa)
  server.prependListener('request', (request, response) => {
    const hit = findHit(request)
    if (!hit)
      return koa(request, response)
    onHit(request, answer(request, response, hit))
  })
}
