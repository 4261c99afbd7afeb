import { spawn } from 'node:child_process'
import { once } from 'node:events'
import { setTimeout as delay } from 'node:timers/promises'
import { eventually } from './wait'

export interface RunningProcess {
  url: string
  pid: number
  stop: () => Promise<void>
}

export interface ServerOptions {
  cwd: string
  port: number
  /** Added to this process's environment. */
  env: Record<string, string>
  /** Answering below 500 here means ready. */
  readyPath: string
  timeoutMs?: number
  /** Called with each chunk the server writes to stdout or stderr, as it comes. */
  onOutput?: (chunk: string) => void
}

/** Output kept for a failure message: the end of it, where a crash or a bad setting shows. */
const OUTPUT_KEPT = 20_000

/**
 * Spawns a server that is to listen on 127.0.0.1:`port`, keeps its output for the failure message, and
 * resolves once `readyPath` answers below 500; rejects with the server's output if it ends or does not
 * get ready in time.
 * `stop()` sends SIGTERM, as a process manager would, and SIGKILL after ten seconds.
 */
export async function startServer(name: string, command: string, args: string[], options: ServerOptions): Promise<RunningProcess> {
  const child = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  const { pid } = child
  if (pid === undefined) {
    const [error]: unknown[] = await once(child, 'error')
    throw new Error(`${name} could not start: ${error instanceof Error ? error.message : String(error)}`)
  }
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-OUTPUT_KEPT)
    options.onOutput?.(chunk.toString())
  }
  child.stdout.on('data', collect)
  child.stderr.on('data', collect)
  const exited = new Promise(resolve => child.once('exit', resolve))

  const url = `http://127.0.0.1:${options.port}`
  try {
    await eventually(async () => {
      const ended = child.exitCode ?? child.signalCode
      if (ended !== null)
        throw new Error(`${name} ended (${ended}) before it was ready:\n${output}`)
      return await fetch(`${url}${options.readyPath}`).then(response => response.status < 500 || undefined, () => undefined)
    }, { timeoutMs: options.timeoutMs ?? 120_000, intervalMs: 250, awaiting: () => `${name} to answer ${options.readyPath}:\n${output}` })
  }
  catch (error) {
    child.kill('SIGKILL')
    throw error
  }
  return {
    url,
    pid,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM')
        await Promise.race([exited, delay(10_000, undefined, { ref: false }).then(() => child.kill('SIGKILL'))])
      }
    },
  }
}
