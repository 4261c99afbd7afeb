// Starts the built CMS, building it first when the build is missing or older than the sources.
import { spawn, spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { createRequire } from 'node:module'
import path from 'node:path'
import process from 'node:process'

const root = path.resolve(import.meta.dirname, '..')
const strapiBin = path.join(path.dirname(createRequire(import.meta.url).resolve('@strapi/strapi/package.json')), 'bin', 'strapi.js')
const stamp = path.join(root, 'dist', 'build', 'index.html')
const sources = ['src', 'config', 'package.json', 'tsconfig.json']

function newestMtime(entry) {
  const stat = fs.statSync(entry)
  if (!stat.isDirectory())
    return stat.mtimeMs
  return fs.readdirSync(entry).reduce((newest, name) => Math.max(newest, newestMtime(path.join(entry, name))), stat.mtimeMs)
}

function run(args) {
  const result = spawnSync(process.execPath, [strapiBin, ...args], { cwd: root, stdio: 'inherit' })
  if (result.error)
    throw result.error
  if (result.status !== 0)
    process.exit(result.status ?? 1)
}

/** Runs the server as a child that stops with this process: a process manager's SIGTERM reaches Strapi. */
function serve(args) {
  const child = spawn(process.execPath, [strapiBin, ...args], { cwd: root, stdio: 'inherit' })
  for (const signal of ['SIGINT', 'SIGTERM'])
    process.on(signal, () => child.kill(signal))
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)))
}

const builtAt = fs.existsSync(stamp) ? fs.statSync(stamp).mtimeMs : 0
const changedAt = Math.max(...sources.map(entry => newestMtime(path.join(root, entry))))
if (changedAt > builtAt) {
  console.info('[cms] building the admin panel and server (about a minute)…')
  run(['build'])
}
serve(['start'])
