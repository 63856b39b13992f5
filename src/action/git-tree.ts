/** A commit's whole file tree from the git database API: one request however many files (unless GitHub truncates it). */
import { httpStatus, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

export interface TreeFile {
  path: string
  mode: string
  /** The blob's sha: equal shas mean equal content. */
  sha: string
}

export async function recursiveTree(api: GitHubApi, repo: Repository, commitSha: string): Promise<{ files: TreeFile[]; truncated: boolean }> {
  let data
  try {
    ;({ data } = await api.rest.git.getTree({ ...repo, tree_sha: commitSha, recursive: 'true' }))
  } catch (error) {
    // Some servers want the tree's own sha rather than the commit's.
    if (httpStatus(error) !== 404 && httpStatus(error) !== 422) throw error
    const commit = await api.rest.git.getCommit({ ...repo, commit_sha: commitSha })
    ;({ data } = await api.rest.git.getTree({ ...repo, tree_sha: commit.data.tree.sha, recursive: 'true' }))
  }
  const files: TreeFile[] = []
  for (const entry of data.tree) {
    // Blobs are files and symlinks; `commit` entries are submodules, whose content is not in this repository.
    if (entry.type === 'blob' && entry.path !== undefined && entry.sha !== undefined) files.push({ path: entry.path, mode: entry.mode ?? '100644', sha: entry.sha })
  }
  return { files, truncated: data.truncated === true }
}
