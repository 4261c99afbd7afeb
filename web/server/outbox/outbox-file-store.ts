import { randomBytes } from 'node:crypto'
import { mkdir, open, readdir, readFile, rename, rm, stat } from 'node:fs/promises'
import { dirname, join } from 'node:path'
import type { OutboxEntry, OutboxStore } from './outbox-store'
import { parseOutboxEntry } from './outbox-store'

const ENTRY_SUFFIX = '.json'
const CORRUPT_SUFFIX = '.corrupt'

/**
 * Keeps each entry in its own JSON file in `directory` (ids must already be safe file names). A file is
 * written under a temporary name, flushed to disk and renamed over the real one, so after a crash every
 * entry is whole, in its old or its new version. Operations on one id run one after another, which
 * assumes the directory belongs to this process alone.
 */
export function createFileOutboxStore(directory: string): OutboxStore {
  const queue = createKeyedQueue()
  const pathOf = (id: string) => join(directory, `${id}${ENTRY_SUFFIX}`)

  let created: Promise<void> | undefined
  const ensureDirectory = () => created ??= mkdir(directory, { recursive: true }).then(
    () => undefined,
    (error: unknown) => {
      created = undefined
      throw error
    },
  )

  async function entryFiles(): Promise<string[]> {
    await ensureDirectory()
    return (await readdir(directory)).filter(name => name.endsWith(ENTRY_SUFFIX))
  }

  async function read(path: string): Promise<OutboxEntry | undefined> {
    // A file can vanish between listing and reading: its entry was removed meanwhile.
    const json = await readFile(path, 'utf8').catch(ignoreNotFound)
    if (json === undefined)
      return undefined
    const entry = parseOutboxEntry(json)
    if (!entry) {
      // Only a hand edit or a disk fault gets here. Set the file aside, where it is kept for a person to
      // recover the lead, rather than skipping it again on every pass.
      console.warn(`[outbox] ${path} is not a valid entry; renamed to ${path}${CORRUPT_SUFFIX}`)
      await rename(path, `${path}${CORRUPT_SUFFIX}`).catch(ignoreNotFound)
    }
    return entry
  }

  return {
    insert: entry => queue.run(entry.id, async () => {
      await ensureDirectory()
      if (!await exists(pathOf(entry.id)))
        await writeFileAtomically(pathOf(entry.id), JSON.stringify(entry))
    }),
    update: (id, change) => queue.run(id, async () => {
      const entry = await read(pathOf(id))
      if (entry)
        await writeFileAtomically(pathOf(id), JSON.stringify(change(entry)))
    }),
    async due(now) {
      const entries = await Promise.all((await entryFiles()).map(name => read(join(directory, name))))
      return entries
        .filter((entry): entry is OutboxEntry => entry !== undefined && entry.nextAttemptAt <= now)
        .sort((a, b) => a.nextAttemptAt - b.nextAttemptAt)
    },
    remove: id => queue.run(id, () => rm(pathOf(id), { force: true })),
    size: async () => (await entryFiles()).length,
    close: () => queue.idle(),
  }
}

/** Runs the tasks for one key one after another, so changes to one entry never interleave. */
function createKeyedQueue() {
  const tails = new Map<string, Promise<void>>()
  return {
    run<T>(key: string, task: () => Promise<T>): Promise<T> {
      const result = (tails.get(key) ?? Promise.resolve()).then(task)
      const tail = result.then(() => undefined, () => undefined)
      tails.set(key, tail)
      tail.then(() => {
        if (tails.get(key) === tail)
          tails.delete(key)
      })
      return result
    },
    async idle() {
      await Promise.all(tails.values())
    },
  }
}

async function writeFileAtomically(path: string, contents: string): Promise<void> {
  // Under the entry's own name plus a random part and a suffix, the temporary file shares the
  // directory, and so the file system, that rename needs to be atomic.
  const temporary = `${path}.${randomBytes(6).toString('hex')}.tmp`
  try {
    const file = await open(temporary, 'wx')
    try {
      await file.writeFile(contents)
      await file.sync()
    }
    finally {
      await file.close()
    }
    await rename(temporary, path)
  }
  catch (error) {
    await rm(temporary, { force: true })
    throw error
  }
  // The rename is recorded in the directory, which a power cut could still roll back until it is flushed too.
  const parent = await open(dirname(path), 'r')
  try {
    await parent.sync()
  }
  finally {
    await parent.close()
  }
}

async function exists(path: string): Promise<boolean> {
  return await stat(path).catch(ignoreNotFound) !== undefined
}

/** Turns "no such file" into undefined, for files that another operation may have just removed. */
function ignoreNotFound(error: unknown): undefined {
  if (error instanceof Error && 'code' in error && error.code === 'ENOENT')
    return undefined
  throw error
}
