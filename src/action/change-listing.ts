/**
 * Which files a pull request (or a merge-queue entry) changes, and a ChangeSet over them whose versions come from
 * two tarballs. The list comes from `pulls.listFiles` (100 per page, at most 3,000 files); when GitHub cuts it off
 * the two commits' recursive trees are compared instead, and when even those are truncated the run fails closed.
 */
import type { ChangeSet, ChangedFile, FileStatus } from '../change/change-set.js'
import { httpStatus, type GitHubApi } from './github-client.js'
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
  source: 'pull request files' | 'tree comparison'
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

/** The commit a pull request's diff starts from: the merge base of its base and head (what "Files changed" shows). */
export async function mergeBase(api: GitHubApi, repo: Repository, baseSha: string, headSha: string): Promise<string> {
  try {
    const { data } = await api.rest.repos.compareCommitsWithBasehead({ ...repo, basehead: `${baseSha}...${headSha}`, per_page: 1 })
    return data.merge_base_commit?.sha ?? baseSha
  } catch (error) {
    const status = httpStatus(error)
    // 404: unrelated histories (or a force-push raced us); the base commit is the best start left.
    if (status === 404 || status === 422) return baseSha
    throw error
  }
}

export async function listPullRequestFiles(api: GitHubApi, repo: Repository, number: number, changedFiles: number, fromSha: string, headSha: string): Promise<ChangeListing> {
  const files: ListedFile[] = []
  for await (const page of api.paginate.iterator(api.rest.pulls.listFiles, { ...repo, pull_number: number, per_page: 100 })) {
    for (const f of page.data) {
      const status = fileStatus(f.status)
      if (status === undefined) continue
      files.push({ path: f.filename, status, ...(f.previous_filename !== undefined && status === 'renamed' ? { oldPath: f.previous_filename } : {}) })
    }
    if (files.length >= LISTING_LIMIT) break
  }
  if (files.length < LISTING_LIMIT && files.length >= changedFiles) return { files, source: 'pull request files' }
  // GitHub stops listing at 3,000 files: compare the two trees for the complete list.
  const byTree = await treeDiff(api, repo, fromSha, headSha)
  if (byTree.incomplete !== undefined) {
    return { files, source: 'pull request files', incomplete: `GitHub lists only ${files.length} of the ${Math.max(changedFiles, files.length)} changed files, and ${byTree.incomplete}` }
  }
  return byTree
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

function fileStatus(status: string): ListedFile['status'] | undefined {
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
