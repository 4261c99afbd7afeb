import type { Outbox } from './outbox'
import type { OutboxEntry } from './outbox-store'

export type OutboxDeliveryResult = 'delivered' | 'retry'

export interface OutboxWorkerOptions {
  /** How often due entries are looked for (default 1 s, the shortest backoff). */
  intervalMs?: number
  /**
   * Hears about a delivery that threw (with its entry; it is retried later) and about a background
   * flush that failed (without one; the store is probably unreachable). Default: console.error.
   */
  onError?: (error: unknown, entry?: OutboxEntry) => void
}

export interface OutboxWorker {
  /** Delivers everything due now and resolves with how many entries were delivered. */
  flush(): Promise<number>
  /** Stops the timer, then flushes one last time. */
  stop(): Promise<void>
}

const DEFAULT_INTERVAL_MS = 1_000

/**
 * Delivers due entries on a timer. An entry is removed once delivered and rescheduled when delivery
 * throws or asks for a retry. Flushes never overlap, so no entry is delivered twice at once.
 */
export function startOutboxWorker(
  outbox: Outbox,
  deliver: (entry: OutboxEntry) => Promise<OutboxDeliveryResult>,
  { intervalMs = DEFAULT_INTERVAL_MS, onError = reportError }: OutboxWorkerOptions = {},
): OutboxWorker {
  async function deliverDue(): Promise<number> {
    let delivered = 0
    for (const entry of await outbox.due()) {
      let failure: string
      try {
        if (await deliver(entry) === 'delivered') {
          await outbox.remove(entry.id)
          delivered++
          continue
        }
        failure = 'delivery asked for a retry'
      }
      catch (error) {
        onError(error, entry)
        failure = error instanceof Error ? error.message : String(error)
      }
      await outbox.markFailed(entry.id, failure)
    }
    return delivered
  }

  let running: Promise<number> | undefined
  let next: Promise<number> | undefined

  function flush(): Promise<number> {
    if (!running) {
      running = deliverDue().finally(() => {
        running = undefined
      })
      return running
    }
    // Entries added since the running flush read the outbox are not in it: run once more after it,
    // with every caller that arrives meanwhile sharing that one follow-up.
    next ??= running.catch(() => 0).then(() => {
      next = undefined
      return flush()
    })
    return next
  }

  const timer = setInterval(() => {
    flush().catch(error => onError(error))
  }, intervalMs)
  // Pending entries are safe in the outbox; they must not keep a stopping server alive.
  timer.unref()

  return {
    flush,
    async stop() {
      clearInterval(timer)
      await flush()
    },
  }
}

function reportError(error: unknown, entry?: OutboxEntry): void {
  console.error(entry ? `[outbox] delivery of ${entry.id} failed:` : '[outbox] flush failed:', error)
}
