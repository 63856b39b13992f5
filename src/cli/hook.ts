/**
 * `prodguard pre-commit [FILE...]`: what the pre-commit framework's hook runs (.pre-commit-hooks.yaml). It picks the
 * change the framework means:
 * - `pre-commit run --from-ref A --to-ref B` (and pre-push): PRE_COMMIT_FROM_REF / PRE_COMMIT_TO_REF, a diff of A..B;
 * - `pre-commit run --all-files` or `--files F...`: files that are not all staged, checked as they are;
 * - a commit: the staged change (the files passed are the staged ones; the whole staged change is scanned, so a
 *   deleted file, which pre-commit never passes, still counts).
 */
import { spawnSync } from 'node:child_process'
import { UsageError } from '../errors.js'
import { checkChangeSet } from '../sources/files.js'
import { diffChangeSet, gitRoot, stagedChangeSet } from '../sources/git.js'
import type { CliIO } from './io.js'
import { commonOptions, parseCommand } from './options.js'
import { runScanCommand } from './scan-command.js'

export type HookChange = { kind: 'refs'; from: string; to: string } | { kind: 'files'; files: string[] } | { kind: 'staged' }

/** Which change a hook run is about, from pre-commit's environment and the files it passed. */
export function hookChange(root: string, files: string[], env: NodeJS.ProcessEnv): HookChange {
  const from = env['PRE_COMMIT_FROM_REF'] ?? env['PRE_COMMIT_SOURCE']
  const to = env['PRE_COMMIT_TO_REF'] ?? env['PRE_COMMIT_ORIGIN']
  if (from !== undefined && from !== '' && to !== undefined && to !== '') return { kind: 'refs', from, to }
  if (files.length === 0) return { kind: 'staged' }
  const staged = spawnSync('git', ['-c', 'core.quotepath=off', 'diff', '--cached', '--name-only', '-z', '--diff-filter=ACMRTUXB'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
  const stagedSet = new Set(staged.status === 0 ? staged.stdout.split('\0').filter((p) => p !== '') : [])
  return files.every((f) => stagedSet.has(f)) ? { kind: 'staged' } : { kind: 'files', files }
}

export async function runPreCommit(argv: string[], io: CliIO): Promise<number> {
  const { values, positionals } = parseCommand('pre-commit', argv, {}, true)
  const common = commonOptions(values)
  const root = gitRoot(io.cwd)
  if (root === undefined) throw new UsageError('pre-commit: not inside a git repository')
  // pre-commit passes paths relative to the repository root, and runs hooks from there.
  const change = hookChange(root, positionals, io.env)
  switch (change.kind) {
    case 'refs':
      return runScanCommand({
        io,
        common,
        root,
        stage: 'commit',
        buildChangeSet: (settings) => diffChangeSet(root, { base: change.from, head: change.to, maxFileBytes: settings.limits.maxFileBytes })
      })
    case 'files':
      return runScanCommand({
        io,
        common,
        root,
        stage: 'commit',
        readsWorkTree: true,
        buildChangeSet: (settings) => {
          const listed = checkChangeSet(root, root, change.files, { inGit: true, maxFileBytes: settings.limits.maxFileBytes })
          return { ...listed, label: `${change.files.length} file${change.files.length === 1 ? '' : 's'} from pre-commit` }
        }
      })
    case 'staged':
      return runScanCommand({
        io,
        common,
        root,
        stage: 'commit',
        buildChangeSet: (settings) => stagedChangeSet(root, { maxFileBytes: settings.limits.maxFileBytes })
      })
  }
}
