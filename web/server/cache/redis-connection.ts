import { Redis } from 'ioredis'

export interface RedisConnection {
  readonly client: Redis
  /**
   * Settles (never rejects) once the first attempt to connect has succeeded or failed. Commands sent
   * before it would fail only because the socket is still opening, not because Redis is down.
   */
  readonly firstAttempt: Promise<void>
  close(): Promise<void>
}

/**
 * A Redis client that fails fast. With no offline queue and a command timeout, a command sent while
 * Redis is down or stalled fails within a second, so a form submission is never held up by it; the
 * client keeps reconnecting in the background. An outage is logged once, not on every retry.
 */
export function openRedisConnection(url: string, label: string): RedisConnection {
  const client = new Redis(url, {
    enableOfflineQueue: false,
    connectTimeout: 2_000,
    commandTimeout: 1_000,
  })

  let outageReported = false
  client.on('ready', () => {
    outageReported = false
  })
  client.on('error', (error: Error) => {
    if (!outageReported)
      console.warn(`[${label}] Redis unavailable: ${error.message}`)
    outageReported = true
  })

  const firstAttempt = new Promise<void>((resolve) => {
    client.once('ready', resolve)
    client.once('error', () => resolve())
    client.once('end', resolve)
  })

  return {
    client,
    firstAttempt,
    async close() {
      if (client.status !== 'ready') {
        client.disconnect()
        return
      }
      // QUIT lets pending replies arrive first; if the connection drops meanwhile, there is nothing left to wait for.
      await client.quit().catch(() => client.disconnect())
    },
  }
}
