// Runs the built site: `node scripts/serve.mjs [server entry]`, by default .output/server/index.mjs.
//
// SITE_WORKERS sets how many processes share the port: 1 (the default), a number, or `auto` for one
// per core. A page renders on one core, so a single process leaves the others idle. More than one
// needs Redis (NUXT_REDIS_URL or REDIS_URL): each process would otherwise keep its own page cache,
// rate limits and outbox, and a purge from the CMS would reach only one of them.
import cluster from 'node:cluster'
import os from 'node:os'
import path from 'node:path'
import process from 'node:process'
import { pathToFileURL } from 'node:url'

const entry = pathToFileURL(path.resolve(process.argv[2] ?? '.output/server/index.mjs')).href

/** The number of processes asked for, or a message saying what is wrong with the setting. */
function workerCount(setting = '1') {
  if (setting === 'auto')
    return os.availableParallelism()
  const count = Number(setting)
  if (!Number.isInteger(count) || count < 1)
    return `SITE_WORKERS must be a whole number of processes (1 or more) or "auto", not "${setting}".`
  if (count > 1 && !process.env.NUXT_REDIS_URL && !process.env.REDIS_URL)
    return `SITE_WORKERS=${count} needs Redis (NUXT_REDIS_URL or REDIS_URL): without it each process keeps its own cache, rate limits and outbox.`
  return count
}

function runPrimary(count) {
  // Each process accepts its own connections; handing them out from this one would cost it a share
  // of a core that the renderers need.
  cluster.schedulingPolicy = cluster.SCHED_NONE
  let stopping = false
  let exitCode = 0
  const serving = new Set()

  const fork = () => {
    const worker = cluster.fork()
    worker.once('listening', () => serving.add(worker.id))
  }
  const stopAll = (signal) => {
    stopping = true
    for (const worker of Object.values(cluster.workers ?? {}))
      worker?.process.kill(signal)
  }

  cluster.on('exit', (worker, code, signal) => {
    const how = signal ?? `code ${code}`
    if (!stopping && !serving.has(worker.id)) {
      // It never started (a missing secret, say): another would fail the same way.
      console.error(`[site] a process exited before it could serve (${how}); stopping.`)
      exitCode = code || 1
      stopAll('SIGTERM')
    }
    else if (!stopping) {
      console.error(`[site] process ${worker.process.pid} exited (${how}); starting another.`)
      fork()
    }
    else {
      exitCode ||= code ?? 0
    }
    if (stopping && Object.values(cluster.workers ?? {}).every(other => !other || other.isDead()))
      process.exit(exitCode)
  })

  // Each process finishes its requests in flight and flushes its outbox before it exits (Nitro's
  // graceful shutdown); this one waits for all of them.
  for (const signal of ['SIGTERM', 'SIGINT'])
    process.once(signal, () => stopAll(signal))

  for (let index = 0; index < count; index++)
    fork()
  console.info(`[site] ${count} processes share the port`)
}

const count = workerCount(process.env.SITE_WORKERS)
if (typeof count === 'string') {
  console.error(`[site] ${count}`)
  process.exit(1)
}
if (cluster.isPrimary && count > 1)
  runPrimary(count)
else
  await import(entry)
