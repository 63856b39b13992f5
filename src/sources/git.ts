/** Git as a source: the repository root, changed files between refs or in the index, and blob contents in one batch process. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { openSync, closeSync, readSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { UsageError } from '../errors.js'
import type { ChangeSet, ChangedFile, FileVersion } from '../change/change-set.js'
import { decodeBytes, decodeChunks, type FileContent } from '../change/content.js'
import { fileVersion } from './files.js'
import { byCodePoint } from '../policy/policy.js'
import { gitTree } from '../project/tree.js'

/** The hash of git's empty tree: the "before" of a repository's first commit. */
const EMPTY_TREE = '4b825dc642cb6eb9a060e54bf8d69288fbee4904'

export function git(cwd: string, args: string[], input?: string): string {
  const result = spawnSync('git', args, { cwd, encoding: 'utf8', input, maxBuffer: 1 << 30 })
  if (result.error) throw new UsageError(`cannot run git: ${result.error.message}`, 'install git, or use `prodguard check` on plain folders')
  if (result.status !== 0) throw new GitError(args, result.stderr.trim())
  return result.stdout
}

export class GitError extends UsageError {
  constructor(args: string[], stderr: string) {
    super(`git ${args.join(' ')} failed: ${stderr.split('\n')[0] ?? ''}`)
  }
}

/** The work tree's top level, or undefined when `cwd` is not inside a git work tree. */
export function gitRoot(cwd: string): string | undefined {
  const result = spawnSync('git', ['rev-parse', '--show-toplevel'], { cwd, encoding: 'utf8' })
  if (result.error || result.status !== 0) return undefined
  return result.stdout.trim()
}

function resolveCommit(root: string, ref: string, flag: string): string {
  const result = spawnSync('git', ['rev-parse', '--verify', '--quiet', `${ref}^{commit}`], { cwd: root, encoding: 'utf8' })
  if (result.status !== 0) throw new UsageError(`${flag} ${ref}: not a commit in this repository`, 'fetch the ref first (e.g. `git fetch origin main`) or check its name')
  return result.stdout.trim()
}

function hasHead(root: string): boolean {
  return spawnSync('git', ['rev-parse', '--verify', '--quiet', 'HEAD'], { cwd: root }).status === 0
}

interface NameStatus {
  status: 'added' | 'modified' | 'renamed' | 'deleted'
  path: string
  oldPath?: string
}

/** Parses `git diff --name-status -z -M` output. Copies are treated as additions; type changes as modifications. */
export function parseNameStatus(out: string): NameStatus[] {
  const parts = out.split('\0')
  const result: NameStatus[] = []
  for (let i = 0; i < parts.length - 1; ) {
    const code = parts[i++]!
    const letter = code[0]
    if (letter === 'R') {
      const oldPath = parts[i++]!
      const path = parts[i++]!
      result.push({ status: 'renamed', path, oldPath })
    } else if (letter === 'C') {
      i++
      result.push({ status: 'added', path: parts[i++]! })
    } else {
      const path = parts[i++]!
      result.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified', path })
    }
  }
  return result
}

/** The change between `base` (its merge base with head, as a pull request sees it) and `head` or the working tree. */
export function diffChangeSet(root: string, options: { base: string; head?: string; maxFileBytes: number }): ChangeSet {
  const headCommit = options.head !== undefined ? resolveCommit(root, options.head, '--head') : undefined
  const baseCommit = resolveCommit(root, options.base, '--base')
  const mergeBase = spawnSync('git', ['merge-base', baseCommit, headCommit ?? 'HEAD'], { cwd: root, encoding: 'utf8' })
  const from = mergeBase.status === 0 ? mergeBase.stdout.trim() : baseCommit
  const blobs = new BlobReader(root, options.maxFileBytes)
  const args = ['-c', 'core.quotepath=off', 'diff', '--name-status', '-z', '-M', '--no-ext-diff', '--ignore-submodules', from]
  if (headCommit !== undefined) args.push(headCommit)
  const entries = parseNameStatus(git(root, args))
  const files: ChangedFile[] = entries.map((e) => ({
    path: e.path,
    ...(e.oldPath !== undefined ? { oldPath: e.oldPath } : {}),
    status: e.status,
    ...(e.status !== 'added' ? { before: blobs.version(`${from}:${e.oldPath ?? e.path}`) } : {}),
    ...(e.status !== 'deleted'
      ? { after: headCommit !== undefined ? blobs.version(`${headCommit}:${e.path}`) : fileVersion(join(root, e.path), options.maxFileBytes) }
      : {})
  }))
  if (headCommit === undefined) {
    // The working tree also holds new files git does not track yet.
    for (const path of git(root, ['-c', 'core.quotepath=off', 'ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
      if (path !== '') files.push({ path, status: 'added', after: fileVersion(join(root, path), options.maxFileBytes) })
    }
  }
  const label = `${options.base}...${options.head ?? 'working tree'}`
  const trees = { ...optional('base', gitTree(root, from)), ...optional('head', gitTree(root, headCommit)) }
  return { mode: 'diff', label, files: files.sort((a, b) => byCodePoint(a.path, b.path)), trees, close: () => blobs.close() }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

/** The staged change: the index against HEAD (or against nothing, before the first commit). */
export function stagedChangeSet(root: string, options: { maxFileBytes: number }): ChangeSet {
  const from = hasHead(root) ? 'HEAD' : EMPTY_TREE
  const blobs = new BlobReader(root, options.maxFileBytes)
  const entries = parseNameStatus(git(root, ['-c', 'core.quotepath=off', 'diff', '--cached', '--name-status', '-z', '-M', '--no-ext-diff', '--ignore-submodules', from]))
  const files: ChangedFile[] = entries.map((e) => ({
    path: e.path,
    ...(e.oldPath !== undefined ? { oldPath: e.oldPath } : {}),
    status: e.status,
    ...(e.status !== 'added' ? { before: blobs.version(`${from}:${e.oldPath ?? e.path}`) } : {}),
    ...(e.status !== 'deleted' ? { after: blobs.version(`:${e.path}`) } : {})
  }))
  return { mode: 'diff', label: 'staged', files, close: () => blobs.close() }
}

/**
 * Reads blobs through two long-lived git processes (`cat-file --batch-check` for sizes, `--batch` for contents):
 * thousands of files cost two processes, not thousands. Blobs over the size limit are copied to a temporary file by
 * git itself and streamed from there, so a huge dump is never held in memory.
 */
export class BlobReader {
  private readonly check: CatFile
  private readonly contents: CatFile
  private queue: Promise<unknown> = Promise.resolve()
  private tempDir: string | undefined

  constructor(
    private readonly root: string,
    private readonly maxFileBytes: number
  ) {
    this.check = new CatFile(root, '--batch-check')
    this.contents = new CatFile(root, '--batch')
  }

  version(spec: string): FileVersion {
    return { read: () => this.read(spec) }
  }

  read(spec: string): Promise<FileContent> {
    // One request at a time keeps the batch protocol simple and memory bounded.
    const next = this.queue.then(() => this.readOne(spec))
    this.queue = next.catch(() => undefined)
    return next
  }

  private async readOne(spec: string): Promise<FileContent> {
    const missing: FileContent = { kind: 'unreadable', reason: 'unreadable', detail: `${spec} is not in the repository`, bytes: 0 }
    const info = await this.check.request(spec)
    if (info === undefined) return missing
    if (info.type !== 'blob') return { kind: 'unreadable', reason: 'unreadable', detail: `${spec} is a ${info.type}, not a file`, bytes: 0 }
    if (info.size > this.maxFileBytes) return this.large(info.sha, info.size)
    const blob = await this.contents.request(info.sha)
    return blob?.body ? decodeBytes(blob.body) : missing
  }

  private large(sha: string, size: number): FileContent {
    this.tempDir ??= mkdtempSync(join(tmpdir(), 'prodguard-blob-'))
    const file = join(this.tempDir, sha)
    const fd = openSync(file, 'w')
    try {
      const result = spawnSync('git', ['cat-file', 'blob', sha], { cwd: this.root, stdio: ['ignore', fd, 'pipe'] })
      if (result.status !== 0) return { kind: 'unreadable', reason: 'unreadable', detail: `git could not read blob ${sha}`, bytes: size }
    } finally {
      closeSync(fd)
    }
    return { kind: 'large', bytes: size, chunks: () => decodeChunks(readChunks(file)) }
  }

  close(): void {
    this.check.close()
    this.contents.close()
    if (this.tempDir) rmSync(this.tempDir, { recursive: true, force: true })
  }
}

interface CatFileAnswer {
  sha: string
  type: string
  size: number
  body?: Buffer
}

/** One `git cat-file --batch[-check]` process and its request/answer protocol. */
class CatFile {
  private proc: ChildProcessWithoutNullStreams | undefined
  private buffer: Buffer = Buffer.alloc(0)
  private readonly waiting: Array<(answer: CatFileAnswer | undefined) => void> = []

  constructor(
    private readonly root: string,
    private readonly mode: '--batch' | '--batch-check'
  ) {}

  request(spec: string): Promise<CatFileAnswer | undefined> {
    const proc = this.start()
    return new Promise((resolve) => {
      this.waiting.push(resolve)
      proc.stdin.write(`${spec}\n`)
    })
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc
    const proc = spawn('git', ['cat-file', this.mode], { cwd: this.root })
    proc.stdout.on('data', (chunk: Buffer) => {
      this.buffer = this.buffer.length === 0 ? chunk : Buffer.concat([this.buffer, chunk])
      this.drain()
    })
    proc.on('error', () => this.failAll())
    proc.on('close', () => this.failAll())
    this.proc = proc
    return proc
  }

  private failAll(): void {
    while (this.waiting.length > 0) this.waiting.shift()!(undefined)
  }

  private drain(): void {
    for (;;) {
      const newline = this.buffer.indexOf(10)
      if (newline === -1) return
      const header = this.buffer.subarray(0, newline).toString('utf8')
      const [sha = '', type = '', sizeText = ''] = header.split(' ')
      if (type === 'missing' || type === 'ambiguous' || sizeText === '') {
        this.buffer = this.buffer.subarray(newline + 1)
        this.waiting.shift()?.(undefined)
        continue
      }
      const size = Number(sizeText)
      if (this.mode === '--batch-check') {
        this.buffer = this.buffer.subarray(newline + 1)
        this.waiting.shift()?.({ sha, type, size })
        continue
      }
      if (this.buffer.length < newline + 1 + size + 1) return
      const body = Buffer.from(this.buffer.subarray(newline + 1, newline + 1 + size))
      this.buffer = this.buffer.subarray(newline + 1 + size + 1)
      this.waiting.shift()?.({ sha, type, size, body })
    }
  }

  close(): void {
    this.proc?.stdin.end()
    this.proc?.removeAllListeners('close')
    this.proc = undefined
  }
}

/** Reads a file in 1 MiB chunks without holding it whole. */
export function* readChunks(file: string): Generator<Uint8Array> {
  const fd = openSync(file, 'r')
  try {
    const buffer = Buffer.allocUnsafe(1 << 20)
    for (;;) {
      const n = readSync(fd, buffer, 0, buffer.length, null)
      if (n === 0) return
      yield buffer.subarray(0, n)
    }
  } finally {
    closeSync(fd)
  }
}
