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
 * Waits, up to `timeoutMs`, until no request is being answered, then stops taking connections. Strapi's
 * own shutdown (on SIGTERM or SIGINT) cuts every open connection; this runs before it. The listener stays
 * open while draining: closing it first would reset connections the system accepted but Strapi had not
 * yet read, and by the time a server is told to stop, its load balancer no longer sends it traffic.
 */
export async function drainRequests(strapi: Core.Strapi, timeoutMs: number): Promise<void> {
  const open = inFlight.get(strapi)
  const server: Server = strapi.server.httpServer
  if (!open || !server.listening)
    return
  const deadline = Date.now() + timeoutMs
  while (open.size > 0 && Date.now() < deadline)
    await delay(20)
  if (open.size > 0)
    strapi.log.warn(`[shutdown] ${open.size} requests still open after ${timeoutMs} ms; closing them`)
  server.close()
}
