/**
 * "What changed since the last approval": the blocking findings of the head commit that the approved commit did not
 * have. Only files that differ between the two commits are scanned again, from the approved commit's tarball.
 */
import type { ChangedFile, ChangeSet } from '../change/change-set.js'
import type { Finding } from '../findings/finding.js'
import { scan, type ScanOptions } from '../pipeline.js'
import type { ApiChange } from './change-listing.js'
import { needsApproval } from './gate.js'
import { sameEntry } from './snapshots.js'

export async function findingsSince(change: ApiChange, approvedSha: string, gated: Finding[], options: ScanOptions): Promise<Finding[] | undefined> {
  const { snapshots, toSha } = change
  let approved
  let head
  try {
    ;[approved, head] = await Promise.all([snapshots.files(approvedSha), snapshots.files(toSha)])
  } catch {
    return undefined
  }
  const files: ChangedFile[] = []
  for (const file of change.changeSet.files) {
    const beforePath = approved.has(file.path) ? file.path : file.oldPath !== undefined && approved.has(file.oldPath) ? file.oldPath : undefined
    const inHead = file.status !== 'deleted' && head.has(file.path)
    if (sameEntry(beforePath !== undefined ? approved.get(beforePath) : undefined, inHead ? head.get(file.path) : undefined)) continue
    files.push({
      path: file.path,
      status: beforePath === undefined ? 'added' : !inHead ? 'deleted' : beforePath !== file.path ? 'renamed' : 'modified',
      ...(beforePath !== undefined && beforePath !== file.path ? { oldPath: beforePath } : {}),
      ...(beforePath !== undefined ? { before: snapshots.version(approvedSha, beforePath) } : {}),
      ...(inHead ? { after: snapshots.version(toSha, file.path) } : {})
    })
  }
  if (files.length === 0) return []
  const changeSet: ChangeSet = { mode: 'diff', label: `${approvedSha.slice(0, 7)}...${toSha.slice(0, 7)}`, files }
  const { findings } = await scan(changeSet, options)
  const fresh = new Set(findings.filter((f) => needsApproval(f, options.settings.failOn)).map((f) => f.fingerprint))
  return gated.filter((f) => fresh.has(f.fingerprint))
}
