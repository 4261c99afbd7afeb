import { spawnSync } from 'node:child_process'
import fs from 'node:fs'
import { CHROMIUM_PATH } from '@agency/test-support/chromium'

/** Debian packages of the programs the benchmarks drive, by the path of the program. */
const TOOLS = [
  { program: '/usr/bin/wrk', debianPackage: 'wrk' },
  { program: '/usr/sbin/nginx', debianPackage: 'nginx-light' },
  { program: CHROMIUM_PATH, debianPackage: 'chromium' },
]

export const NGINX = '/usr/sbin/nginx'

/**
 * Installs the load generator, the reference web server and the browser from Debian's packages when
 * they are missing and this user may; otherwise says what to install.
 */
export function ensureSystemTools(): void {
  const missing = TOOLS.filter(tool => !fs.existsSync(tool.program)).map(tool => tool.debianPackage)
  if (missing.length === 0)
    return
  const command = `apt-get update && apt-get install -y ${missing.join(' ')}`
  if (process.getuid?.() !== 0)
    throw new Error(`The benchmarks need ${missing.join(', ')}. Install them first: sudo ${command}`)
  console.info(`[bench] installing ${missing.join(', ')} from Debian's packages`)
  const result = spawnSync('sh', ['-c', `${command} >/dev/null`], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } })
  if (result.status !== 0)
    throw new Error(`Could not install ${missing.join(', ')} (${command} exited with ${result.status})`)
}

/** The first line a program prints of its version, for the results' header. */
export function programVersion(program: string, args = ['--version']): string {
  const result = spawnSync(program, args, { encoding: 'utf8' })
  return `${result.stdout}${result.stderr}`.trim().split('\n')[0] ?? 'unknown'
}
