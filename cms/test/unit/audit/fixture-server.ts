import type { RequestListener, Server } from 'node:http'
import { once } from 'node:events'
import { createServer } from 'node:http'
import { listenOnLoopback } from '@agency/test-support/ports'

export interface FixtureServer {
  server: Server
  /** "127.0.0.1:<port>", the form `allowedTestHosts` expects. */
  host: string
  port: number
}

/** Starts an HTTP server on a free loopback port. */
export async function startFixtureServer(listener: RequestListener): Promise<FixtureServer> {
  const server = createServer(listener)
  const port = await listenOnLoopback(server)
  return { server, host: `127.0.0.1:${port}`, port }
}

/** Closes the server, cutting any connection a test left hanging on purpose. */
export async function stopFixtureServer({ server }: FixtureServer): Promise<void> {
  server.closeAllConnections()
  server.close()
  await once(server, 'close')
}
