import type { Core } from '@strapi/strapi'
import type { IncomingMessage, Server, ServerResponse } from 'node:http'
import { setTimeout as delay } from 'node:timers/promises'

const inFlight = new WeakMap<Core.Strapi, Set<ServerResponse>>()

/** Keeps count of the requests being answered, so that shutting down can wait for them. */
export function trackRequests(strapi: Core.Strapi): void {
  const open = new Set<ServerResponse>()
  inFlight.set(strapi, open)
  strapi.server.httpServer.on('request', (_request: IncomingMessage, response: ServerResponse) => {
    open.add(response)
    response.once('close', () => open.delete(response))
  })
}

/**
 * Stops taking connections and waits, up to `timeoutMs`, for the requests in flight to be answered.
 * Strapi's own shutdown (on SIGTERM or SIGINT) cuts every open connection; this runs before it.
 */
export async function drainRequests(strapi: Core.Strapi, timeoutMs: number): Promise<void> {
  const open = inFlight.get(strapi)
  const server: Server = strapi.server.httpServer
  if (!open || !server.listening)
    return
  server.close()
  server.closeIdleConnections()
  const deadline = Date.now() + timeoutMs
  while (open.size > 0 && Date.now() < deadline)
    await delay(20)
  if (open.size > 0)
    strapi.log.warn(`[shutdown] ${open.size} requests still open after ${timeoutMs} ms; closing them`)
}
