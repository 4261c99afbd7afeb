import type { RequestListener, Server } from 'node:http'
import { once } from 'node:events'
import { createServer } from 'node:http'

export interface FixtureServer {
  server: Server
  /** "127.0.0.1:<port>", the form `allowedTestHosts` expects. */
  host: string
  port: number
}

/** Starts an HTTP server on a free loopback port. */
export async function startFixtureServer(listener: RequestListener): Promise<FixtureServer> {
  const server = createServer(listener)
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('The fixture server is not listening on TCP')
  return { server, host: `127.0.0.1:${address.port}`, port: address.port }
}

/** Closes the server, cutting any connection a test left hanging on purpose. */
export async function stopFixtureServer({ server }: FixtureServer): Promise<void> {
  server.closeAllConnections()
  server.close()
  await once(server, 'close')
}
