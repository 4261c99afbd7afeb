import { setTimeout as delay } from 'node:timers/promises'

export interface WaitOptions {
  timeoutMs?: number
  intervalMs?: number
  /**
   * What is awaited, for the error a timeout raises; a function is called only then, so that it can say
   * what came instead.
   */
  awaiting?: string | (() => string)
}

/**
 * Calls `read` until it gives something other than null or undefined, and resolves with that. Rejects
 * once `timeoutMs` have passed, or at once with the error `read` throws: for what an event cannot tell,
 * such as a row another process writes.
 */
export async function eventually<T>(
  read: () => T | null | undefined | Promise<T | null | undefined>,
  { timeoutMs = 15_000, intervalMs = 100, awaiting = 'a value' }: WaitOptions = {},
): Promise<T> {
  const deadline = Date.now() + timeoutMs
  for (;;) {
    const value = await read()
    if (value !== null && value !== undefined)
      return value
    if (Date.now() > deadline)
      throw new Error(`Gave up after ${timeoutMs} ms waiting for ${typeof awaiting === 'function' ? awaiting() : awaiting}`)
    await delay(intervalMs)
  }
}
