import { execFile } from 'node:child_process'
import path from 'node:path'
import { promisify } from 'node:util'

const run = promisify(execFile)
const reportScript = path.join(import.meta.dirname, 'report.lua')
/** Long enough for every process under load to have compiled its hot paths: each site process warms up on its own. */
export const WARM_UP_SECONDS = 5

export interface Load {
  requestsPerSecond: number
  p50Ms: number
  p95Ms: number
  requests: number
  /** Requests that got no answer: failed connections, reads and writes, timeouts (10 s). */
  failures: number
  /** Answers other than 2xx/3xx. */
  badStatuses: number
}

export interface LoadOptions {
  seconds?: number
  connections?: number
  headers?: Record<string, string>
}

async function wrk(url: string, { seconds = 10, connections = 32, headers = {} }: LoadOptions): Promise<Load> {
  const headerArgs = Object.entries(headers).flatMap(([name, value]) => ['-H', `${name}: ${value}`])
  const { stdout } = await run('wrk', ['-t1', `-c${connections}`, `-d${seconds}s`, '--timeout', '10s', '-s', reportScript, ...headerArgs, url], { maxBuffer: 1 << 20 })
  const line = stdout.trim().split('\n').at(-1) ?? ''
  const summary = JSON.parse(line) as Omit<Load, 'requestsPerSecond'> & { seconds: number }
  return { ...summary, requestsPerSecond: summary.requests / summary.seconds }
}

/**
 * Loads a URL with wrk from one thread: a warm-up (JIT, caches, connection pools) whose figures
 * are dropped, then the measured run. An error status means the wrong thing was measured; requests left
 * unanswered by an overloaded server are part of its figures (see `rate` in run.ts).
 */
export async function measureLoad(url: string, options: LoadOptions = {}): Promise<Load> {
  await wrk(url, { ...options, seconds: WARM_UP_SECONDS })
  return answered(url, await wrk(url, options))
}

function answered(url: string, load: Load): Load {
  if (load.badStatuses > 0)
    throw new Error(`${url}: ${load.badStatuses} of ${load.requests} answers under load were errors`)
  return load
}

/** Two URLs' runs in turns (`measureInTurns`): each turn's pair in the order they ran, and each URL's median run. */
export interface LoadsInTurns {
  turns: Array<[Load, Load]>
  medians: [Load, Load]
}

/**
 * Loads two URLs in turns, `rounds` runs each after a warm-up of each. On a shared machine the speed
 * drifts by a factor of two within minutes: measured one after the other, two servers would be compared
 * with whatever the machine did at each moment; in turns, a drift weighs on both alike.
 */
export async function measureInTurns(urls: readonly [string, string], rounds: number, options: LoadOptions = {}): Promise<LoadsInTurns> {
  for (const url of urls)
    await wrk(url, { ...options, seconds: WARM_UP_SECONDS })
  const turns: Array<[Load, Load]> = []
  for (let round = 0; round < rounds; round++) {
    const first = answered(urls[0], await wrk(urls[0], options))
    turns.push([first, answered(urls[1], await wrk(urls[1], options))])
  }
  return { turns, medians: [median(turns.map(([first]) => first)), median(turns.map(([, second]) => second))] }
}

function median(runs: Load[]): Load {
  const middle = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)[Math.floor(runs.length / 2)]
  if (middle === undefined)
    throw new Error('A median needs at least one run')
  return middle
}
