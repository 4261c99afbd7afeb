export interface OutboxEntry {
  id: string
  /** Whatever the deliverer needs; stored as JSON. */
  payload: unknown
  /** Failed deliveries so far. */
  attempts: number
  /** Epoch milliseconds before which the entry is not retried. */
  nextAttemptAt: number
  lastError?: string
  createdAt: number
}

/** Where an outbox keeps its entries: files on a local disk, or Redis. */
export interface OutboxStore {
  /** Stores the entry unless one with its id is already stored, in which case that one is kept. */
  insert(entry: OutboxEntry): Promise<void>
  /** Replaces a stored entry by what `change` makes of it; does nothing if the id is gone. */
  update(id: string, change: (entry: OutboxEntry) => OutboxEntry): Promise<void>
  /** Entries with nextAttemptAt <= now, soonest first. */
  due(now: number): Promise<OutboxEntry[]>
  remove(id: string): Promise<void>
  size(): Promise<number>
  close(): Promise<void>
}

/** Reads an entry back from its JSON; anything that is not an entry gives undefined. */
export function parseOutboxEntry(json: string): OutboxEntry | undefined {
  let value: unknown
  try {
    value = JSON.parse(json)
  }
  catch {
    return undefined
  }
  if (!isRecord(value))
    return undefined
  const { id, payload, attempts, nextAttemptAt, lastError, createdAt } = value
  if (typeof id !== 'string' || typeof attempts !== 'number' || typeof nextAttemptAt !== 'number' || typeof createdAt !== 'number')
    return undefined
  if (lastError !== undefined && typeof lastError !== 'string')
    return undefined
  return { id, payload, attempts, nextAttemptAt, createdAt, ...(lastError === undefined ? {} : { lastError }) }
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}
