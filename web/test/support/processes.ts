import type { ChildProcess } from 'node:child_process'
import { spawn } from 'node:child_process'
import net from 'node:net'
import { setTimeout as delay } from 'node:timers/promises'

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = net.createServer()
    server.once('error', reject)
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port')))
    })
  })
}

export interface RunningProcess {
  url: string
  pid: number
  stop: () => Promise<void>
}

/**
 * Spawns a server, keeps its output for the failure message, and resolves once `readyPath` answers
 * below 500; rejects with the server's output if it exits or does not get ready in time.
 */
export async function startServer(name: string, command: string, args: string[], options: {
  cwd: string
  port: number
  env: Record<string, string>
  readyPath: string
  timeoutMs?: number
}): Promise<RunningProcess> {
  const child: ChildProcess = spawn(command, args, {
    cwd: options.cwd,
    env: { ...process.env, ...options.env },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000)
  }
  child.stdout?.on('data', collect)
  child.stderr?.on('data', collect)
  const exited = new Promise<number | null>(resolve => child.once('exit', resolve))

  const url = `http://127.0.0.1:${options.port}`
  const deadline = Date.now() + (options.timeoutMs ?? 120_000)
  while (Date.now() < deadline) {
    if (child.exitCode !== null)
      throw new Error(`${name} exited with code ${child.exitCode}:\n${output}`)
    const ready = await fetch(`${url}${options.readyPath}`).then(response => response.status < 500, () => false)
    if (ready) {
      return {
        url,
        pid: child.pid!,
        async stop() {
          if (child.exitCode === null) {
            child.kill('SIGTERM')
            await Promise.race([exited, delay(10_000).then(() => child.kill('SIGKILL'))])
          }
        },
      }
    }
    await delay(250)
  }
  child.kill('SIGKILL')
  throw new Error(`${name} did not get ready within ${options.timeoutMs ?? 120_000} ms:\n${output}`)
}
