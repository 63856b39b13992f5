/**
 * The paths named on `prodguard check PATH...` that end up with nothing scanned, and why: left out by .gitignore,
 * by the config's `ignore`, or empty. Said on stderr, so `check node_modules` never answers "No findings: 0 files"
 * as if it had looked.
 */
import { spawnSync } from 'node:child_process'
import type { FileEvent } from '../pipeline.js'

export interface NamedPath {
  /** As typed. */
  given: string
  /** Repository-relative POSIX path ('' for the root). */
  path: string
}

export type EmptyReason = 'gitignored' | 'config-ignore' | 'not-walked' | 'empty'

export class NamedPathWatch {
  private readonly scanned = new Map<string, number>()
  private readonly listed = new Map<string, number>()

  constructor(
    private readonly named: NamedPath[],
    private readonly root: string,
    private readonly inGit: boolean
  ) {
    for (const n of named) {
      this.scanned.set(n.path, 0)
      this.listed.set(n.path, 0)
    }
  }

  private under(path: string): NamedPath[] {
    return this.named.filter((n) => n.path === '' || path === n.path || path.startsWith(`${n.path}/`))
  }

  listedFile(path: string): void {
    for (const n of this.under(path)) this.listed.set(n.path, this.listed.get(n.path)! + 1)
  }

  file(event: FileEvent): void {
    if (event.outcome === 'ignored') return
    for (const n of this.under(event.path)) this.scanned.set(n.path, this.scanned.get(n.path)! + 1)
  }

  /** The named paths with nothing scanned under them, each with the reason. */
  empty(): Array<NamedPath & { reason: EmptyReason }> {
    const out: Array<NamedPath & { reason: EmptyReason }> = []
    for (const n of this.named) {
      if (this.listed.get(n.path)! > 0) {
        if (this.scanned.get(n.path)! === 0 && this.allIgnoredByConfig(n)) out.push({ ...n, reason: 'config-ignore' })
        continue
      }
      out.push({ ...n, reason: this.whyNotListed(n.path) })
    }
    return out
  }

  private readonly ignoredByConfig = new Set<string>()
  configIgnored(path: string): void {
    this.ignoredByConfig.add(path)
  }

  private allIgnoredByConfig(n: NamedPath): boolean {
    return [...this.ignoredByConfig].some((p) => n.path === '' || p === n.path || p.startsWith(`${n.path}/`))
  }

  private whyNotListed(path: string): EmptyReason {
    if (path === '') return 'empty'
    if (!this.inGit) return /(^|\/)(node_modules|\.git)(\/|$)/.test(path) ? 'not-walked' : 'gitignored'
    const result = spawnSync('git', ['check-ignore', '-q', '--', path], { cwd: this.root })
    return result.status === 0 ? 'gitignored' : 'empty'
  }
}

export function emptyPathMessage(given: string, reason: EmptyReason): string {
  switch (reason) {
    case 'gitignored':
      return `${given} is ignored by .gitignore: nothing in it was scanned`
    case 'config-ignore':
      return `${given} is matched by \`ignore\` in the config: nothing in it was scanned`
    case 'not-walked':
      return `${given} is a folder prodguard never walks (node_modules, .git): nothing in it was scanned`
    case 'empty':
      return `${given} holds no file prodguard could list (empty, or only untracked files git ignores)`
  }
}
