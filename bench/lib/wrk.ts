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

/** One URL's runs in turns with another (`measureInTurns`), in the order they ran, and its median run. */
export interface LoadsInTurns {
  runs: Load[]
  median: Load
}

/**
 * Loads two URLs in turns, `rounds` runs each after a warm-up of each. On a shared machine the speed
 * drifts by a factor of two within minutes: measured one after the other, two servers would be compared
 * with whatever the machine did at each moment; in turns, a drift weighs on both alike.
 */
export async function measureInTurns(urls: readonly [string, string], rounds: number, options: LoadOptions = {}): Promise<[LoadsInTurns, LoadsInTurns]> {
  for (const url of urls)
    await wrk(url, { ...options, seconds: WARM_UP_SECONDS })
  const runs: [Load[], Load[]] = [[], []]
  for (let round = 0; round < rounds; round++) {
    runs[0].push(answered(urls[0], await wrk(urls[0], options)))
    runs[1].push(answered(urls[1], await wrk(urls[1], options)))
  }
  return [inTurns(runs[0]), inTurns(runs[1])]
}

function inTurns(runs: Load[]): LoadsInTurns {
  const byRate = [...runs].sort((a, b) => a.requestsPerSecond - b.requestsPerSecond)
  return { runs, median: byRate[Math.floor(byRate.length / 2)]! }
}
