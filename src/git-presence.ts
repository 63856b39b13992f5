/**
 * Whether `git` could find a work tree from a folder, asked of the file system instead of a `git` process: a `.git`
 * (folder, or file for worktrees and submodules) in the folder or any folder above it, or a `GIT_DIR` in the
 * environment. Only a "no" is trusted: it saves spawning git outside any repository; a "yes" still asks git.
 */
import { existsSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'

export function mayBeInGit(cwd: string, env: NodeJS.ProcessEnv = process.env): boolean {
  if ((env['GIT_DIR'] ?? '') !== '' || (env['GIT_WORK_TREE'] ?? '') !== '') return true
  for (let dir = resolve(cwd); ; ) {
    if (existsSync(join(dir, '.git'))) return true
    const up = dirname(dir)
    if (up === dir) return false
    dir = up
  }
}
