/** Git as a source: the repository root, changed files between refs or in the index, and blob contents in one batch process. */
import { spawn, spawnSync, type ChildProcessWithoutNullStreams } from 'node:child_process'
import { openSync, closeSync, existsSync, readSync, mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, posix } from 'node:path'
import { UsageError } from '../errors.js'
import type { ChangeSet, ChangedFile, FileVersion } from '../change/change-set.js'
import { decodeBytes, decodeChunks, type FileContent } from '../change/content.js'
import { fileInTree } from './files.js'
import { byCodePoint } from '../policy/policy.js'
import { gitTree } from '../project/tree.js'
import { mayBeInGit } from '../git-presence.js'

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
  if (!mayBeInGit(cwd)) return undefined
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

/** One entry of `git diff --raw -z --no-abbrev`: the name status plus both sides' modes and object names. */
export interface RawEntry extends NameStatus {
  oldMode: string
  newMode: string
  oldSha: string
  newSha: string
}

const ZERO_SHA = /^0+$/

/** Parses `git diff --raw -z --no-abbrev -M`: `:old new sha sha status\0path\0[path\0]`, file names taken whole. */
export function parseRaw(out: string): RawEntry[] {
  const parts = out.split('\0')
  const result: RawEntry[] = []
  for (let i = 0; i < parts.length - 1; ) {
    const header = parts[i++]!
    const [oldMode = '', newMode = '', oldSha = '', newSha = '', code = ''] = header.replace(/^:/, '').split(' ')
    const letter = code[0]
    const modes = { oldMode, newMode, oldSha, newSha }
    if (letter === 'R') {
      const oldPath = parts[i++]!
      const path = parts[i++]!
      result.push({ status: 'renamed', path, oldPath, ...modes })
    } else if (letter === 'C') {
      i++
      result.push({ status: 'added', path: parts[i++]!, ...modes, oldMode: '000000', oldSha: '0'.repeat(oldSha.length) })
    } else {
      const path = parts[i++]!
      result.push({ status: letter === 'A' ? 'added' : letter === 'D' ? 'deleted' : 'modified', path, ...modes })
    }
  }
  return result
}

/** The version of one side of a raw entry: a blob read by object name, a submodule or link said as such, or the file on disk. */
function sideVersion(blobs: BlobReader, path: string, mode: string, sha: string, disk: (() => FileVersion) | undefined): FileVersion {
  if (mode === '160000') return { read: () => ({ kind: 'unreadable', reason: 'submodule', detail: `a submodule at commit ${sha.slice(0, 12)}: its files are another repository's, and a bump changes what ships`, bytes: 0 }) }
  if (!ZERO_SHA.test(sha)) return blobs.version(sha, mode === '120000' ? path : undefined)
  return disk !== undefined ? disk() : { read: () => ({ kind: 'unreadable', reason: 'unreadable', detail: 'not in the repository', bytes: 0 }) }
}

/** The change between `base` (its merge base with head, as a pull request sees it) and `head` or the working tree. */
export function diffChangeSet(root: string, options: { base: string; head?: string; maxFileBytes: number }): ChangeSet {
  const headCommit = options.head !== undefined ? resolveCommit(root, options.head, '--head') : undefined
  const baseCommit = resolveCommit(root, options.base, '--base')
  const mergeBase = spawnSync('git', ['merge-base', baseCommit, headCommit ?? 'HEAD'], { cwd: root, encoding: 'utf8' })
  const from = mergeBase.status === 0 ? mergeBase.stdout.trim() : baseCommit
  const args = ['-c', 'core.quotepath=off', 'diff', '--raw', '-z', '--no-abbrev', '-M', '--no-ext-diff', from]
  if (headCommit !== undefined) args.push(headCommit)
  const entries = parseRaw(git(root, args))
  const blobs = new BlobReader(root, options.maxFileBytes)
  const disk = (path: string) => () => fileInTree(root, path, options.maxFileBytes)
  const files: ChangedFile[] = entries.map((e) => changedFile(e, blobs, headCommit === undefined ? disk(e.path) : undefined))
  if (headCommit === undefined) {
    // The working tree also holds new files git does not track yet.
    for (const path of git(root, ['-c', 'core.quotepath=off', 'ls-files', '--others', '--exclude-standard', '-z']).split('\0')) {
      if (path !== '') files.push({ path, status: 'added', after: fileInTree(root, path, options.maxFileBytes) })
    }
  }
  files.sort((a, b) => byCodePoint(a.path, b.path))
  blobs.expect(files)
  const label = `${options.base}...${options.head ?? 'working tree'}`
  const trees = { ...optional('base', gitTree(root, from)), ...optional('head', gitTree(root, headCommit)) }
  return { mode: 'diff', label, files, trees, close: () => blobs.close() }
}

function changedFile(e: RawEntry, blobs: BlobReader, disk: (() => FileVersion) | undefined): ChangedFile {
  return {
    path: e.path,
    ...(e.oldPath !== undefined ? { oldPath: e.oldPath } : {}),
    status: e.status,
    ...(e.oldMode === '160000' || e.newMode === '160000' ? { submodule: true as const } : {}),
    ...(e.status !== 'added' ? { before: sideVersion(blobs, e.oldPath ?? e.path, e.oldMode, e.oldSha, undefined) } : {}),
    ...(e.status !== 'deleted' ? { after: sideVersion(blobs, e.path, e.newMode, e.newSha, disk) } : {})
  }
}

function optional<K extends string, V>(key: K, value: V | undefined): Partial<Record<K, V>> {
  return value === undefined ? {} : ({ [key]: value } as Record<K, V>)
}

/** The staged change: the index against HEAD (or against nothing, before the first commit). */
export function stagedChangeSet(root: string, options: { maxFileBytes: number }): ChangeSet {
  const from = hasHead(root) ? 'HEAD' : EMPTY_TREE
  const entries = parseRaw(git(root, ['-c', 'core.quotepath=off', 'diff', '--cached', '--raw', '-z', '--no-abbrev', '-M', '--no-ext-diff', from]))
  const blobs = new BlobReader(root, options.maxFileBytes)
  const files = entries.map((e) => changedFile(e, blobs, undefined))
  blobs.expect(files)
  return { mode: 'diff', label: 'staged', files, close: () => blobs.close() }
}

/**
 * A committed symbolic link is never followed: one that leaves the repository is reported as such (its target's
 * content is not the change's to show); one inside it is a pointer to a file analyzed on its own.
 */
function linkContent(path: string, target: string): FileContent {
  const resolved = posix.normalize(posix.join(posix.dirname(path), target))
  if (posix.isAbsolute(target) || resolved === '..' || resolved.startsWith('../')) {
    return { kind: 'unreadable', reason: 'outside-repository', detail: 'a symbolic link to a file outside the repository, not read', bytes: 0 }
  }
  return { kind: 'unreadable', reason: 'symlink', detail: `a symbolic link to ${resolved}, which is analyzed as its own file when it is in scope`, bytes: 0 }
}

/** Temporary folders of blob copies still on disk, removed on exit and on SIGINT/SIGTERM too. */
const liveTempDirs = new Set<string>()
let exitHooked = false

function removeTempDirs(): void {
  for (const dir of liveTempDirs) rmSync(dir, { recursive: true, force: true })
  liveTempDirs.clear()
}

function hookExit(): void {
  if (exitHooked) return
  exitHooked = true
  process.once('exit', removeTempDirs)
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP'] as const) {
    process.once(signal, () => {
      removeTempDirs()
      // the conventional exit status of a process ended by a signal
      process.exit(128 + (signal === 'SIGINT' ? 2 : signal === 'SIGTERM' ? 15 : 1))
    })
  }
}

/** How far reading runs ahead of the pipeline: requests in flight and their bytes. */
const AHEAD_COUNT = 256
const AHEAD_BYTES = 32 * 2 ** 20

/**
 * Reads blobs by object name through one long-lived `git cat-file --batch` process. Sizes come first, for every blob
 * of the change in one `--batch-check` call; contents are then requested ahead of the pipeline, in the order it reads
 * the files, a bounded window at a time, so reading is one stream rather than one round trip per file. Blobs over the
 * size limit are copied to a temporary file by git itself and streamed from there, so a huge dump is never held in
 * memory.
 */
export class BlobReader {
  private readonly contents: CatFile
  private tempDir: string | undefined
  private readonly info = new Map<string, { type: string; size: number }>()
  /** Small blobs in the order the pipeline is expected to read them, with how many reads each still has. */
  private order: string[] = []
  private readonly remaining = new Map<string, number>()
  private readonly position = new Map<string, number>()
  private next = 0
  private readonly inFlight = new Map<string, Promise<CatFileAnswer | undefined>>()
  private inFlightBytes = 0
  private readonly versions = new Map<FileVersion, string>()

  constructor(
    private readonly root: string,
    private readonly maxFileBytes: number
  ) {
    this.contents = new CatFile(root, '--batch')
  }

  /** A blob; `linkPath` when the blob is a symbolic link at that path (its content is the link's target). */
  version(sha: string, linkPath?: string): FileVersion {
    const version: FileVersion = {
      read: async () => {
        const content = await this.read(sha)
        return linkPath !== undefined && content.kind === 'text' ? linkContent(linkPath, content.text) : content
      }
    }
    this.versions.set(version, sha)
    return version
  }

  /** Learns every blob's size in one call, and the order the pipeline reads them in (each file: after, then before). */
  expect(files: ChangedFile[]): void {
    const shas: string[] = []
    for (const file of files) {
      for (const version of [file.after, file.before]) {
        const sha = version !== undefined ? this.versions.get(version) : undefined
        if (sha !== undefined) shas.push(sha)
      }
    }
    const unique = [...new Set(shas)]
    if (unique.length > 0) {
      const out = spawnSync('git', ['cat-file', '--batch-check'], { cwd: this.root, input: `${unique.join('\n')}\n`, encoding: 'utf8', maxBuffer: 1 << 30 })
      for (const line of (out.stdout ?? '').split('\n')) {
        const [sha = '', type = '', size = ''] = line.split(' ')
        if (size !== '' && type !== 'missing') this.info.set(sha, { type, size: Number(size) })
      }
    }
    for (const sha of shas) {
      const info = this.info.get(sha)
      if (info === undefined || info.type !== 'blob' || info.size > this.maxFileBytes) continue
      if (!this.position.has(sha)) this.position.set(sha, this.order.length)
      this.order.push(sha)
      this.remaining.set(sha, (this.remaining.get(sha) ?? 0) + 1)
    }
  }

  async read(sha: string): Promise<FileContent> {
    const missing: FileContent = { kind: 'unreadable', reason: 'unreadable', detail: `object ${sha.slice(0, 12)} is not in the repository`, bytes: 0 }
    let info = this.info.get(sha)
    if (info === undefined) {
      const answer = await new CatFile(this.root, '--batch-check').once(sha)
      if (answer !== undefined) this.info.set(sha, (info = { type: answer.type, size: answer.size }))
    }
    if (info === undefined) return missing
    if (info.type !== 'blob') return { kind: 'unreadable', reason: 'unreadable', detail: `object ${sha.slice(0, 12)} is a ${info.type}, not a file`, bytes: 0 }
    if (info.size > this.maxFileBytes) return this.large(sha, info.size)
    let pending = this.inFlight.get(sha)
    if (pending === undefined) {
      pending = this.request(sha, info.size)
      this.readAhead(this.position.get(sha))
    }
    const answer = await pending
    const left = (this.remaining.get(sha) ?? 1) - 1
    this.remaining.set(sha, left)
    if (left <= 0 && this.inFlight.get(sha) === pending) {
      this.inFlight.delete(sha)
      this.inFlightBytes -= info.size
    }
    this.readAhead(undefined)
    return answer?.body ? decodeBytes(answer.body) : missing
  }

  private request(sha: string, size: number): Promise<CatFileAnswer | undefined> {
    const pending = this.contents.request(sha)
    this.inFlight.set(sha, pending)
    this.inFlightBytes += size
    return pending
  }

  /** Requests the next blobs of the expected order, up to the window. */
  private readAhead(from: number | undefined): void {
    if (from !== undefined && from + 1 > this.next) this.next = from + 1
    while (this.next < this.order.length && this.inFlight.size < AHEAD_COUNT && this.inFlightBytes < AHEAD_BYTES) {
      const sha = this.order[this.next++]!
      if (this.inFlight.has(sha) || (this.remaining.get(sha) ?? 0) <= 0) continue
      this.request(sha, this.info.get(sha)!.size)
    }
  }

  private large(sha: string, size: number): FileContent {
    if (this.tempDir === undefined) {
      hookExit()
      this.tempDir = mkdtempSync(join(tmpdir(), 'prodguard-blob-'))
      liveTempDirs.add(this.tempDir)
    }
    const file = join(this.tempDir, sha)
    if (!existsSync(file)) {
      const fd = openSync(file, 'w')
      try {
        const result = spawnSync('git', ['cat-file', 'blob', sha], { cwd: this.root, stdio: ['ignore', fd, 'pipe'] })
        if (result.status !== 0) return { kind: 'unreadable', reason: 'unreadable', detail: `git could not read blob ${sha}`, bytes: size }
      } finally {
        closeSync(fd)
      }
    }
    return { kind: 'large', bytes: size, chunks: () => decodeChunks(readChunks(file)) }
  }

  close(): void {
    this.contents.close()
    if (this.tempDir) {
      rmSync(this.tempDir, { recursive: true, force: true })
      liveTempDirs.delete(this.tempDir)
    }
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
  /** Output not yet consumed, as received (concatenated only once an answer is complete: linear in the bytes). */
  private chunks: Buffer[] = []
  private buffered = 0
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

  /** One question, then the process ends. */
  async once(spec: string): Promise<CatFileAnswer | undefined> {
    const answer = await this.request(spec)
    this.close()
    return answer
  }

  private start(): ChildProcessWithoutNullStreams {
    if (this.proc) return this.proc
    const proc = spawn('git', ['cat-file', this.mode], { cwd: this.root })
    proc.stdout.on('data', (chunk: Buffer) => {
      this.chunks.push(chunk)
      this.buffered += chunk.length
      this.drain()
    })
    proc.stdin.on('error', () => this.failAll())
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
      if (this.buffered === 0) return
      const first = this.chunks[0]!
      let newline = first.indexOf(10)
      if (newline === -1) {
        if (this.chunks.length === 1) return
        this.flatten()
        continue
      }
      const header = first.subarray(0, newline).toString('utf8')
      const [sha = '', type = '', sizeText = ''] = header.split(' ')
      if (type === 'missing' || type === 'ambiguous' || sizeText === '') {
        this.consume(newline + 1)
        this.waiting.shift()?.(undefined)
        continue
      }
      const size = Number(sizeText)
      if (this.mode === '--batch-check') {
        this.consume(newline + 1)
        this.waiting.shift()?.({ sha, type, size })
        continue
      }
      const needed = newline + 1 + size + 1
      if (this.buffered < needed) return
      if (first.length < needed) {
        this.flatten()
        newline = this.chunks[0]!.indexOf(10)
      }
      const whole = this.chunks[0]!
      const body = Buffer.from(whole.subarray(newline + 1, newline + 1 + size))
      this.consume(needed)
      this.waiting.shift()?.({ sha, type, size, body })
    }
  }

  private flatten(): void {
    this.chunks = [Buffer.concat(this.chunks, this.buffered)]
  }

  private consume(bytes: number): void {
    const first = this.chunks[0]!
    this.buffered -= bytes
    if (bytes === first.length) this.chunks.shift()
    else this.chunks[0] = first.subarray(bytes)
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
