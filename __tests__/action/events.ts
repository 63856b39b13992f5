/** Webhook payloads shaped like the ones GitHub delivers (trimmed to what a workflow can rely on). */
import type { GitHubDouble } from './github-double.js'

function repository(owner: string, repo: string) {
  return {
    id: 4242,
    name: repo,
    full_name: `${owner}/${repo}`,
    private: false,
    owner: { login: owner, id: 9001, type: 'Organization' },
    html_url: `https://github.com/${owner}/${repo}`,
    default_branch: 'main'
  }
}

function pullRequestObject(double: GitHubDouble, number: number) {
  const pr = double.pulls.get(number)!
  const headOwner = pr.fork ? 'contributor' : double.owner
  return {
    url: `${double.url}/repos/${double.owner}/${double.repo}/pulls/${number}`,
    id: 80000 + number,
    number,
    state: 'open',
    title: pr.title,
    user: { login: pr.author, id: 6001, type: 'User' },
    author_association: 'CONTRIBUTOR',
    draft: false,
    head: {
      label: `${headOwner}:${pr.headRef}`,
      ref: pr.headRef,
      sha: double.headSha(number),
      repo: { ...repository(headOwner, double.repo), fork: pr.fork, owner: { login: headOwner, id: pr.fork ? 9002 : 9001, type: 'User' } }
    },
    base: { label: `${double.owner}:${pr.baseRef}`, ref: pr.baseRef, sha: baseSha(double, pr.baseRef), repo: repository(double.owner, double.repo) },
    changed_files: 1
  }
}

function baseSha(double: GitHubDouble, ref: string): string {
  return double.rev(`refs/heads/${ref}`)
}

export function pullRequestEvent(double: GitHubDouble, number: number, action: 'opened' | 'synchronize' | 'reopened' | 'edited' = 'opened') {
  return {
    action,
    number,
    pull_request: pullRequestObject(double, number),
    repository: repository(double.owner, double.repo),
    sender: { login: double.pulls.get(number)!.author, id: 6001, type: 'User' }
  }
}

export function reviewEvent(double: GitHubDouble, number: number, reviewer: string, state: 'approved' | 'changes_requested' | 'commented' | 'dismissed', action: 'submitted' | 'dismissed' = 'submitted') {
  const head = double.headSha(number)
  return {
    action,
    review: { id: 123, user: { login: reviewer, id: 6100, type: 'User' }, state, commit_id: head, submitted_at: '2026-11-20T12:00:00Z', author_association: 'MEMBER' },
    pull_request: pullRequestObject(double, number),
    repository: repository(double.owner, double.repo),
    sender: { login: reviewer, id: 6100, type: 'User' }
  }
}

export function mergeGroupEvent(double: GitHubDouble, baseRef: string, headRef: string) {
  const head = double.rev(`refs/heads/${headRef}`)
  const base = double.rev(`refs/heads/${headRef}^1`)
  return {
    action: 'checks_requested',
    merge_group: {
      head_sha: head,
      head_ref: `refs/heads/${headRef}`,
      base_sha: base,
      base_ref: `refs/heads/${baseRef}`,
      head_commit: { id: head, tree_id: double.rev(`${head}^{tree}`), message: 'Merge pull request', timestamp: '2026-11-20T12:00:00Z', author: { name: 'GitHub', email: 'noreply@github.com' }, committer: { name: 'GitHub', email: 'noreply@github.com' } }
    },
    repository: repository(double.owner, double.repo),
    sender: { login: 'github-merge-queue[bot]', id: 9919, type: 'Bot' }
  }
}

export function dispatchEvent(double: GitHubDouble, inputs: Record<string, string>) {
  return {
    inputs,
    ref: 'refs/heads/main',
    repository: repository(double.owner, double.repo),
    sender: { login: 'maintainer', id: 6200, type: 'User' },
    workflow: '.github/workflows/prodguard.yml'
  }
}

/** The privileged workflow's `workflow_run` event after the relay workflow ran for a review or a merge group. */
export function workflowRunEvent(double: GitHubDouble, relayed: 'pull_request_review' | 'merge_group', headSha: string, headBranch: string, pullRequests: number[] = []) {
  return {
    action: 'completed',
    workflow_run: {
      id: 99001,
      name: 'prodguard relay',
      event: relayed,
      status: 'completed',
      conclusion: 'success',
      head_sha: headSha,
      head_branch: headBranch,
      path: '.github/workflows/prodguard-relay.yml',
      pull_requests: pullRequests.map((number) => ({ number, head: { ref: headBranch, sha: headSha }, base: { ref: 'main', sha: double.rev('refs/heads/main') } }))
    },
    workflow: { name: 'prodguard relay', path: '.github/workflows/prodguard-relay.yml' },
    repository: repository(double.owner, double.repo),
    sender: { login: 'bob', id: 6100, type: 'User' }
  }
}
