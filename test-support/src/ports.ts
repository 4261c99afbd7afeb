import type { Server } from 'node:net'
import { once } from 'node:events'
import net from 'node:net'

/** Starts `server` listening on a free loopback port and resolves with that port. */
export async function listenOnLoopback(server: Server): Promise<number> {
  server.listen(0, '127.0.0.1')
  await once(server, 'listening')
  const address = server.address()
  if (address === null || typeof address === 'string')
    throw new Error('The server is not listening on TCP')
  return address.port
}

/**
 * A loopback port that is free now, for a process that must be given its port before it starts (or
 * restarts on the same one).
 */
export async function freePort(): Promise<number> {
  const server = net.createServer()
  const port = await listenOnLoopback(server)
  server.close()
  await once(server, 'close')
  return port
}
