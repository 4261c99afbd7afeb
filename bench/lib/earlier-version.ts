import { spawnSync } from 'node:child_process'
import path from 'node:path'

const root = path.resolve(import.meta.dirname, '..', '..')

export interface EarlierVersion {
  commit: string
  /** Its cms folder, dependencies installed. */
  cmsDir: string
  remove: () => void
}

function run(command: string, args: string[], cwd: string): void {
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  if (result.status !== 0)
    throw new Error(`${command} ${args.join(' ')} failed in ${cwd}:\n${result.stdout}${result.stderr}`)
}

/**
 * This repository at `commit`, checked out beside it (a git worktree in `workDir`) with its own
 * dependencies, so that the bench measures an earlier version and this one in the same run, on the
 * machine as it is now. Needs the commit in the clone's history: a shallow clone does not have it.
 */
export function checkOutEarlierVersion(commit: string, workDir: string): EarlierVersion {
  const dir = path.join(workDir, `earlier-${commit}`)
  run('git', ['worktree', 'add', '--detach', dir, commit], root)
  const remove = () => run('git', ['worktree', 'remove', '--force', dir], root)
  try {
    run('pnpm', ['install', '--frozen-lockfile', '--prefer-offline', '--silent'], dir)
  }
  catch (error) {
    remove()
    throw error
  }
  return { commit, cmsDir: path.join(dir, 'cms'), remove }
}
