import { Redis } from 'ioredis'

export interface RedisConnectionOptions {
  url: string
  /** Names the user in the one message logged per outage. */
  label: string
  warn: (message: string) => void
  /** Called when Redis answers again after an outage. */
  onRecovery?: () => void
}

export interface RedisConnection {
  readonly client: Redis
  /**
   * Settles (never rejects) once the first attempt to connect has succeeded or failed. Commands sent
   * before it would fail only because the socket is still opening, not because Redis is down.
   */
  readonly firstAttempt: Promise<void>
}

/**
 * A Redis client that fails fast: with no offline queue and a command timeout, a command sent while
 * Redis is down or stalled fails within a second and the caller falls back (a cache miss, a limit
 * counted in memory), so the API keeps answering. It reconnects in the background and logs an outage
 * once, not on every retry.
 */
export function openRedisConnection({ url, label, warn, onRecovery }: RedisConnectionOptions): RedisConnection {
  const client = new Redis(url, { enableOfflineQueue: false, connectTimeout: 2_000, commandTimeout: 1_000 })
  let outage = false
  client.on('ready', () => {
    if (outage)
      onRecovery?.()
    outage = false
  })
  client.on('error', (error: Error) => {
    if (!outage)
      warn(`[${label}] Redis unavailable, working without it until it answers: ${error.message}`)
    outage = true
  })
  const firstAttempt = new Promise<void>((resolve) => {
    client.once('ready', resolve)
    client.once('error', () => resolve())
    client.once('end', resolve)
  })
  return { client, firstAttempt }
}

/** Closes the connection, letting pending replies arrive when it is up. */
export async function closeRedisConnection(client: Redis): Promise<void> {
  if (client.status !== 'ready') {
    client.disconnect()
    return
  }
  await client.quit().catch(() => client.disconnect())
}
