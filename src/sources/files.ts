/** The file system as a source: `prodguard check PATH...` over files and folders as they are now, honoring .gitignore. */
import { existsSync, lstatSync, readFileSync, readdirSync, realpathSync, statSync, type Stats } from 'node:fs'
import { isAbsolute, join, relative, resolve, sep } from 'node:path'
import { spawnSync } from 'node:child_process'
import ignore, { type Ignore } from 'ignore'
import { UsageError } from '../errors.js'
import type { ChangeSet, FileVersion } from '../change/change-set.js'
import { decodeBytes, decodeChunks, type FileContent } from '../change/content.js'
import { readChunks } from './git.js'

/**
 * A file on disk, read when the pipeline asks; one over `maxFileBytes` is streamed, never held whole. Given the
 * repository `root`, a symbolic link is followed only when its target is inside it (a link leaving the repository is
 * reported, never read), and a FIFO, socket or device is reported without being opened (reading a FIFO waits forever).
 */
export function fileVersion(absolute: string, maxFileBytes: number, root?: string): FileVersion {
  return new DiskFile(undefined, absolute, maxFileBytes, root)
}

/**
 * `path` under `root`, as {@link fileVersion}. A check of a whole tree holds one of these per file until the scan
 * ends: a small object sharing `root` and the listed path, not a closure over a joined path of its own (node's
 * `join` builds it from slices, about 1 KB a file: 110 MB held at 100,000 files).
 */
export function fileInTree(root: string, path: string, maxFileBytes: number): FileVersion {
  return new DiskFile(root, path, maxFileBytes, root)
}

class DiskFile implements FileVersion {
  constructor(
    /** The folder `path` is relative to; undefined when `path` is absolute. */
    private readonly under: string | undefined,
    private readonly path: string,
    private readonly maxFileBytes: number,
    private readonly root: string | undefined
  ) {}

  read(): FileContent {
    const absolute = this.under === undefined ? this.path : join(this.under, this.path)
    const failed = (error: unknown): FileContent => ({ kind: 'unreadable', reason: 'unreadable', detail: `cannot read the file (${(error as NodeJS.ErrnoException).code ?? 'error'})`, bytes: 0 })
    let target = absolute
    let stat
    try {
      stat = lstatSync(absolute)
      if (stat.isSymbolicLink()) {
        target = realpathSync(absolute)
        if (this.root !== undefined && !inside(realpathSync(this.root), target)) {
          return { kind: 'unreadable', reason: 'outside-repository', detail: 'a symbolic link to a file outside the repository, not read', bytes: 0 }
        }
        stat = statSync(target)
      }
    } catch (error) {
      return failed(error)
    }
    if (stat.isDirectory()) return { kind: 'unreadable', reason: 'unreadable', detail: 'a folder, not a file', bytes: 0 }
    if (!stat.isFile()) return { kind: 'unreadable', reason: 'special-file', detail: `${specialKind(stat)}, not a regular file: not read`, bytes: 0 }
    const size = stat.size
    if (size > this.maxFileBytes) return { kind: 'large', bytes: size, chunks: () => decodeChunks(readChunks(target)) }
    try {
      return decodeBytes(readFileSync(target))
    } catch (error) {
      return failed(error)
    }
  }
}

function inside(root: string, path: string): boolean {
  const rel = relative(root, path)
  return rel !== '' && !rel.startsWith(`..${sep}`) && rel !== '..' && !isAbsolute(rel)
}

function specialKind(stat: Stats): string {
  if (stat.isFIFO()) return 'a named pipe (FIFO)'
  if (stat.isSocket()) return 'a socket'
  if (stat.isCharacterDevice() || stat.isBlockDevice()) return 'a device'
  return 'a special file'
}

const toPosix = (p: string): string => (sep === '/' ? p : p.split(sep).join('/'))

/** Lists the files under `targets` (relative to `cwd`), as paths relative to `root`, honoring .gitignore. */
export function listFiles(root: string, cwd: string, targets: string[], inGit: boolean): string[] {
  const out = new Set<string>()
  for (const target of targets.length > 0 ? targets : ['.']) {
    const absolute = resolve(cwd, target)
    if (!existsSync(absolute)) throw new UsageError(`no such file or folder: ${target}`)
    const rel = toPosix(relative(root, absolute))
    if (rel.startsWith('..')) throw new UsageError(`${target} is outside the repository at ${root}`, 'run prodguard from inside the repository you want to check')
    // a path named on the command line is followed when it is a link inside the repository (fileVersion reports one
    // leaving it); a FIFO or device named is reported, not opened
    let stat
    try {
      stat = statSync(absolute)
    } catch {
      stat = lstatSync(absolute)
    }
    if (!stat.isDirectory()) {
      out.add(rel)
    } else {
      for (const path of inGit ? gitListed(root, rel) : walk(root, rel)) out.add(path)
    }
  }
  return [...out].sort()
}

/** Tracked files and untracked files that are not ignored, minus those deleted from the work tree. */
function gitListed(root: string, dir: string): string[] {
  const run = (args: string[]): string[] => {
    const result = spawnSync('git', ['-c', 'core.quotepath=off', ...args, '-z', '--', dir === '' ? '.' : dir], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 30 })
    if (result.status !== 0) throw new UsageError(`git ls-files failed: ${result.stderr.trim()}`)
    return result.stdout.split('\0').filter((p) => p !== '')
  }
  const deleted = new Set(run(['ls-files', '--deleted']))
  return run(['ls-files', '--cached', '--others', '--exclude-standard']).filter((p) => !deleted.has(p) && reportable(root, join(root, p)))
}

/**
 * Listed for a run: regular files, special files (reported, never opened) and links leaving the repository
 * (reported, never read). A link inside it is left out: its target is listed on its own.
 */
function reportable(root: string, path: string): boolean {
  try {
    const stat = lstatSync(path)
    if (stat.isDirectory()) return false
    if (!stat.isSymbolicLink()) return true
    let target: string
    try {
      target = realpathSync(path)
    } catch {
      return false // a dangling link: nothing to read
    }
    return !inside(realpathSync(root), target)
  } catch {
    return false
  }
}

/** Outside git: walk the folder, applying every .gitignore on the way down; never follows symlinks. */
function walk(root: string, start: string): string[] {
  const files: string[] = []
  const stack: Array<{ dir: string; rules: Array<{ base: string; ig: Ignore }> }> = [{ dir: start, rules: [] }]
  while (stack.length > 0) {
    const { dir, rules: inherited } = stack.pop()!
    const absoluteDir = join(root, dir)
    const rules = [...inherited]
    const gitignore = join(absoluteDir, '.gitignore')
    if (existsSync(gitignore)) rules.push({ base: dir, ig: ignore().add(readFileSync(gitignore, 'utf8')) })
    let entries
    try {
      entries = readdirSync(absoluteDir, { withFileTypes: true })
    } catch {
      continue
    }
    for (const entry of entries) {
      if (entry.name === '.git' || entry.name === 'node_modules') continue
      const path = dir === '' ? entry.name : `${dir}/${entry.name}`
      const isDir = entry.isDirectory()
      // a regular file (the listing's own file type, no lstat of its own) is always reportable
      if (!isDir && !entry.isFile() && !reportable(root, join(root, path))) continue
      const ignored = rules.some(({ base, ig }) => {
        const rel = base === '' ? path : path.slice(base.length + 1)
        return ig.ignores(isDir ? `${rel}/` : rel)
      })
      if (ignored) continue
      if (isDir) stack.push({ dir: path, rules })
      else files.push(path)
    }
  }
  return files
}

export function checkChangeSet(root: string, cwd: string, targets: string[], options: { inGit: boolean; maxFileBytes: number }): ChangeSet {
  const paths = listFiles(root, cwd, targets, options.inGit)
  return {
    mode: 'check',
    label: `check ${targets.length > 0 ? targets.join(' ') : '.'}`,
    files: paths.map((path) => ({ path, status: 'current', after: fileInTree(root, path, options.maxFileBytes) }))
  }
}
