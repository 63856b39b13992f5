/**
 * Whole-commit snapshots of the files a run needs, each read from one tarball request and kept in memory. A version
 * of a changed file is read lazily: a run whose changed files no analyzer claims downloads nothing.
 */
import { posix } from 'node:path'
import { Readable } from 'node:stream'
import type { ReadableStream as WebReadableStream } from 'node:stream/web'
import type { FileVersion } from '../change/change-set.js'
import { decodeBytes, type FileContent } from '../change/content.js'
import { apiErrorMessage, httpStatus, type GitHubApi } from './github-client.js'
import { recursiveTree, type TreeFile } from './git-tree.js'
import { readTarball, type TarEntry } from './tarball.js'
import type { Repository } from './event.js'

/** Larger files are reported as too large without being held; analyzers stream nothing from an archive. */
const MAX_ENTRY_BYTES = 256 * 1024 * 1024
/** Without a tarball, files come one blob request each: a small change only, or the run fails closed. */
const MAX_BLOB_REQUESTS = 300
const BLOB_CONCURRENCY = 4
/** Links to links to links: past this the file is unanalyzable rather than followed. */
const MAX_LINK_HOPS = 8

export class SnapshotError extends Error {
  constructor(
    message: string,
    /** The API was down (5xx, network), rather than refusing the request. */
    readonly outage: boolean
  ) {
    super(message)
  }
}

export class Snapshots {
  private readonly loaded = new Map<string, Promise<Map<string, TarEntry>>>()
  private readonly trees = new Map<string, Promise<{ files: TreeFile[]; truncated: boolean }>>()
  /** The first archive that could not be read: the run cannot vouch for the change and fails. */
  failure: SnapshotError | undefined

  constructor(
    private readonly api: GitHubApi,
    private readonly repo: Repository,
    /** Every path any version may be asked for. */
    private readonly paths: ReadonlySet<string>
  ) {}

  /** The files of commit `sha` that are in `paths`. */
  files(sha: string): Promise<Map<string, TarEntry>> {
    let pending = this.loaded.get(sha)
    if (pending === undefined) {
      pending = this.download(sha).catch((error: unknown) => {
        const status = httpStatus(error)
        const failure = new SnapshotError(`could not download the files of commit ${sha.slice(0, 7)}: ${apiErrorMessage(error)}`, status === undefined || status >= 500)
        this.failure ??= failure
        throw failure
      })
      this.loaded.set(sha, pending)
    }
    return pending
  }

  /**
   * A file version read from the snapshot of `sha`. A symbolic link is analyzed as the file it points to when that
   * resolves inside the repository; a link out of it (or to a folder, or to nothing) is unanalyzable, never its text.
   */
  version(sha: string, path: string): FileVersion {
    return { read: async () => this.resolved(sha, path) }
  }

  private async resolved(sha: string, path: string): Promise<FileContent> {
    const files = await this.files(sha)
    let at = path
    let entry = files.get(path)
    for (let hop = 0; entry?.kind === 'symlink'; hop++) {
      const target = linkTarget(at, entry.target)
      if (hop >= MAX_LINK_HOPS) return linkProblem(path, `a chain of more than ${MAX_LINK_HOPS} symbolic links`)
      if (target === undefined) return linkProblem(path, `a symbolic link to ${entry.target}, outside the repository`)
      at = target
      entry = files.get(target) ?? (await this.treeEntry(sha, target))
      if (entry === undefined) return linkProblem(path, `a symbolic link to ${target}, which is not a file of commit ${sha.slice(0, 7)} (a folder, or nothing)`)
    }
    return contentOf(files, sha, path, entry)
  }

  /** A file outside the snapshot's paths (a link's target), read from the commit's tree and its blob. */
  private async treeEntry(sha: string, path: string): Promise<TarEntry | undefined> {
    let tree = this.trees.get(sha)
    if (tree === undefined) {
      tree = recursiveTree(this.api, this.repo, sha)
      this.trees.set(sha, tree)
    }
    const { files, truncated } = await tree
    const file = files.find((f) => f.path === path)
    if (file === undefined) {
      if (truncated) throw new SnapshotError(`the tree of commit ${sha.slice(0, 7)} is too large to resolve the link to ${path}`, false)
      return undefined
    }
    const { data } = await this.api.rest.git.getBlob({ ...this.repo, file_sha: file.sha })
    const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
    return file.mode === '120000' ? { kind: 'symlink', target: bytes.toString('utf8') } : bytes.length > MAX_ENTRY_BYTES ? { kind: 'too-large', size: bytes.length } : { kind: 'file', bytes }
  }

  /** The raw entry of `path` at `sha`, for byte comparisons. */
  async entry(sha: string, path: string): Promise<TarEntry | undefined> {
    return (await this.files(sha)).get(path)
  }

  private async download(sha: string): Promise<Map<string, TarEntry>> {
    try {
      return await this.tarball(sha)
    } catch (error) {
      // A server without archives (or one refusing them): the git database API still has every blob.
      const viaBlobs = await this.blobs(sha).catch(() => undefined)
      if (viaBlobs !== undefined) return viaBlobs
      throw error
    }
  }

  private async tarball(sha: string): Promise<Map<string, TarEntry>> {
    const response = await this.api.request('GET /repos/{owner}/{repo}/tarball/{ref}', {
      owner: this.repo.owner,
      repo: this.repo.repo,
      ref: sha,
      request: { parseSuccessResponseBody: false }
    })
    const body = response.data as unknown
    const stream = toNodeStream(body)
    return readTarball(stream, (path) => this.paths.has(path), MAX_ENTRY_BYTES)
  }

  private async blobs(sha: string): Promise<Map<string, TarEntry>> {
    const { files, truncated } = await recursiveTree(this.api, this.repo, sha)
    const wanted = files.filter((f) => this.paths.has(f.path))
    if (truncated || wanted.length > MAX_BLOB_REQUESTS) throw new SnapshotError(`too many files to read one by one (${wanted.length})`, false)
    const out = new Map<string, TarEntry>()
    const queue = [...wanted]
    const worker = async (): Promise<void> => {
      for (let file = queue.shift(); file !== undefined; file = queue.shift()) {
        const { data } = await this.api.rest.git.getBlob({ ...this.repo, file_sha: file.sha })
        const bytes = Buffer.from(data.content, data.encoding === 'base64' ? 'base64' : 'utf8')
        out.set(file.path, file.mode === '120000' ? { kind: 'symlink', target: bytes.toString('utf8') } : bytes.length > MAX_ENTRY_BYTES ? { kind: 'too-large', size: bytes.length } : { kind: 'file', bytes })
      }
    }
    await Promise.all(Array.from({ length: BLOB_CONCURRENCY }, worker))
    return out
  }
}

function toNodeStream(body: unknown): Readable {
  if (body instanceof Readable) return body
  if (body instanceof ArrayBuffer) return Readable.from([Buffer.from(body)])
  if (body !== null && typeof body === 'object' && 'getReader' in body) return Readable.fromWeb(body as WebReadableStream<Uint8Array>)
  throw new SnapshotError('the tarball response had no body', false)
}

/** Where a link at `path` points, as a repository path; undefined when it leaves the repository. */
export function linkTarget(path: string, target: string): string | undefined {
  if (target.startsWith('/') || target.includes('\0')) return undefined
  const joined = posix.normalize(posix.join(posix.dirname(path), target))
  if (joined === '..' || joined.startsWith('../') || joined === '.' || joined === '') return undefined
  return joined.replace(/\/+$/, '')
}

function linkProblem(path: string, what: string): FileContent {
  return { kind: 'unreadable', reason: 'unreadable', detail: `${path} is ${what}; prodguard analyzes a link as its target inside the repository, so it cannot vouch for this one`, bytes: 0 }
}

function contentOf(files: Map<string, TarEntry>, sha: string, path: string, entry: TarEntry | undefined = files.get(path)): FileContent {
  if (entry === undefined) {
    return { kind: 'unreadable', reason: 'unreadable', detail: `${path} is not a file of commit ${sha.slice(0, 7)} (a submodule, or the file list and the commit disagree)`, bytes: 0 }
  }
  if (entry.kind === 'too-large') return { kind: 'unreadable', reason: 'too-large', detail: `${entry.size} bytes`, bytes: entry.size }
  if (entry.kind === 'symlink') return linkProblem(path, `a symbolic link to ${entry.target}`)
  return decodeBytes(entry.bytes)
}

/** Two entries with the same content (for "did this file change since the approved commit"). */
export function sameEntry(a: TarEntry | undefined, b: TarEntry | undefined): boolean {
  if (a === undefined || b === undefined) return a === b
  if (a.kind === 'file' && b.kind === 'file') return a.bytes.equals(b.bytes)
  if (a.kind === 'symlink' && b.kind === 'symlink') return a.target === b.target
  return false
}
