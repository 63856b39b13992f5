/**
 * Which files a change touches, and a ChangeSet over them whose versions come from two tarballs. The list comes from
 * comparing two exact commits (at most 300 files); past that the two commits' recursive trees are compared instead,
 * and when even those are truncated the run fails closed.
 */
import type { ChangeSet, ChangedFile, FileStatus } from '../change/change-set.js'
import type { GitHubApi } from './github-client.js'
import type { Repository } from './event.js'
import { recursiveTree } from './git-tree.js'
import { Snapshots } from './snapshots.js'

/** GitHub's documented ceiling for `pulls.listFiles`. */
export const LISTING_LIMIT = 3000

export interface ListedFile {
  path: string
  oldPath?: string
  status: Exclude<FileStatus, 'current'>
}

export interface ChangeListing {
  files: ListedFile[]
  /** How the list was made, for the summary. */
  source: 'comparison' | 'tree comparison'
  /** When the list is known to be incomplete: the run fails closed with this reason. */
  incomplete?: string
}

export interface ApiChange {
  changeSet: ChangeSet
  listing: ChangeListing
  snapshots: Snapshots
  /** Every path asked for, old and new names. */
  paths: Set<string>
  fromSha: string
  toSha: string
}

/** The files that differ between two commits, from their recursive trees (two requests). */
export async function treeDiff(api: GitHubApi, repo: Repository, fromSha: string, toSha: string): Promise<ChangeListing> {
  const [fromTree, toTree] = await Promise.all([recursiveTree(api, repo, fromSha), recursiveTree(api, repo, toSha)])
  if (fromTree.truncated || toTree.truncated) {
    return { files: [], source: 'tree comparison', incomplete: 'the repository tree is too large for the API to list in one response' }
  }
  // mode + blob sha: a content change or an executable bit / symlink change.
  const from = new Map(fromTree.files.map((f) => [f.path, `${f.mode}:${f.sha}`]))
  const to = new Map(toTree.files.map((f) => [f.path, `${f.mode}:${f.sha}`]))
  const files: ListedFile[] = []
  for (const [path, sha] of to) {
    const before = from.get(path)
    if (before === undefined) files.push({ path, status: 'added' })
    else if (before !== sha) files.push({ path, status: 'modified' })
  }
  for (const path of from.keys()) if (!to.has(path)) files.push({ path, status: 'deleted' })
  files.sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0))
  return { files, source: 'tree comparison' }
}

export function fileStatus(status: string): ListedFile['status'] | undefined {
  switch (status) {
    case 'added':
    case 'copied':
      return 'added'
    case 'removed':
      return 'deleted'
    case 'renamed':
      return 'renamed'
    case 'modified':
    case 'changed':
      return 'modified'
    default:
      return undefined
  }
}

/** A diff-mode ChangeSet over the listed files, each version read from the snapshot of its commit. */
export function changeSetFrom(api: GitHubApi, repo: Repository, listing: ChangeListing, fromSha: string, toSha: string, label: string): ApiChange {
  const paths = new Set<string>()
  for (const f of listing.files) {
    paths.add(f.path)
    if (f.oldPath !== undefined) paths.add(f.oldPath)
  }
  const snapshots = new Snapshots(api, repo, paths)
  const files: ChangedFile[] = listing.files.map((f) => ({
    path: f.path,
    status: f.status,
    ...(f.oldPath !== undefined ? { oldPath: f.oldPath } : {}),
    ...(f.status !== 'added' ? { before: snapshots.version(fromSha, f.oldPath ?? f.path) } : {}),
    ...(f.status !== 'deleted' ? { after: snapshots.version(toSha, f.path) } : {})
  }))
  return { changeSet: { mode: 'diff', label, files }, listing, snapshots, paths, fromSha, toSha }
}
