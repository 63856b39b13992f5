/**
 * A change set: the files a run looks at, each with the version before the change and the version after.
 * `check` has only "after" versions; `diff` has both; sources build it, the pipeline consumes it.
 */
import type { FileContent } from './content.js'
import type { ProjectTree } from '../project/tree.js'

export type FileStatus = 'added' | 'modified' | 'renamed' | 'deleted' | 'current'

/** One version of a file, read lazily (and at most once by the pipeline). */
export interface FileVersion {
  read(): FileContent | Promise<FileContent>
}

export interface ChangedFile {
  /** Repository-relative POSIX path after the change (for a deletion, the deleted path). */
  path: string
  /** The path before a rename. */
  oldPath?: string
  status: FileStatus
  before?: FileVersion
  after?: FileVersion
  /** A submodule (a commit of another repository): reported whichever analyzers claim the path. */
  submodule?: true
}

export interface ChangeSet {
  mode: 'check' | 'diff'
  /** What was compared, for reports: `main...feature`, `staged`, `working tree`. */
  label: string
  files: ChangedFile[]
  /** The whole repository on each side, for the project model (files the change does not touch). */
  trees?: { base?: ProjectTree; head?: ProjectTree }
  /** Releases what the source holds open (git processes, temp files). */
  close?(): void
}

export function textVersion(text: string): FileVersion {
  const bytes = Buffer.byteLength(text)
  return { read: () => ({ kind: 'text', text, bytes }) }
}
