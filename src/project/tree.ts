/**
 * A repository as the project model reads it: the paths of one side (base or head) and, on demand, the text of the
 * few files the model asks about. Sources build trees (git, the change set itself); the model never reaches out.
 * Trees hold no texts: the model keeps what it parsed (a values file's leaves, a module's variables), not the file.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'
import type { FileVersion } from '../change/change-set.js'

export interface ProjectTree {
  paths(): readonly string[]
  /** The text of one file, read now; undefined when absent, not text, or larger than the model reads. */
  text(path: string): Promise<string | undefined>
  /** Several texts in one go (one `git cat-file` for a commit rather than a process per file); same rules as `text`. */
  texts?(paths: readonly string[]): Promise<Map<string, string>>
}

/**
 * Files the model may read: YAML (Helm values, helmfiles, Argo CD Applications, compose files, kustomizations,
 * Ansible tasks), Terraform (`.tf`, `.tfvars`), templates a task installs (`.j2`), and env files compose reads.
 */
export function modelWants(path: string): boolean {
  const name = path.slice(path.lastIndexOf('/') + 1)
  return /\.(?:ya?ml|tf|tfvars|j2|jinja2?|env|conf|cnf)$/i.test(name) || /^\.env(?:\.|$)/.test(name)
}

export const MAX_MODEL_FILE_BYTES = 512 * 1024

/** A tree of texts already in hand (a test). */
export function textTree(texts: ReadonlyMap<string, string>): ProjectTree {
  const paths = [...texts.keys()].sort()
  return { paths: () => paths, text: (path) => Promise.resolve(texts.get(path)) }
}

/** The change set's own files as a tree (`check`: the files and folders scanned), each read when the model asks. */
export function versionsTree(versions: ReadonlyMap<string, FileVersion>): ProjectTree {
  const paths = [...versions.keys()].sort()
  return {
    paths: () => paths,
    async text(path) {
      const version = versions.get(path)
      if (version === undefined || !modelWants(path)) return undefined
      try {
        const content = await version.read()
        return content.kind === 'text' && content.bytes <= MAX_MODEL_FILE_BYTES ? content.text : undefined
      } catch {
        return undefined
      }
    }
  }
}

/**
 * One commit of a git repository (or its working tree when `commit` is undefined): paths from `git ls-tree` /
 * `git ls-files`, texts read on demand for the files the model wants.
 */
export function gitTree(root: string, commit: string | undefined): ProjectTree | undefined {
  const list = commit === undefined
    ? spawnSync('git', ['-c', 'core.quotepath=off', 'ls-files', '-z', '--cached', '--others', '--exclude-standard'], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
    : spawnSync('git', ['-c', 'core.quotepath=off', 'ls-tree', '-r', '-z', '--name-only', commit], { cwd: root, encoding: 'utf8', maxBuffer: 256 * 1024 * 1024 })
  if (list.status !== 0) return undefined
  const paths = list.stdout.split('\0').filter((p) => p !== '').sort()
  const read = (path: string): string | undefined => {
    if (!modelWants(path)) return undefined
    if (commit === undefined) {
      const file = join(root, path)
      try {
        if (statSync(file).size > MAX_MODEL_FILE_BYTES) return undefined
        return readFileSync(file, 'utf8')
      } catch {
        return undefined
      }
    }
    const shown = spawnSync('git', ['show', `${commit}:${path}`], { cwd: root, encoding: 'utf8', maxBuffer: MAX_MODEL_FILE_BYTES * 2 })
    return shown.status === 0 && shown.stdout.length <= MAX_MODEL_FILE_BYTES ? shown.stdout : undefined
  }
  const readMany = (wanted: readonly string[]): Map<string, string> => {
    const out = new Map<string, string>()
    const list = wanted.filter(modelWants)
    if (commit === undefined || list.length === 0) {
      for (const path of list) {
        const text = read(path)
        if (text !== undefined) out.set(path, text)
      }
      return out
    }
    const shown = spawnSync('git', ['cat-file', '--batch'], { cwd: root, input: list.map((p) => `${commit}:${p}\n`).join(''), maxBuffer: 1 << 30 })
    if (shown.status !== 0) return out
    const buffer = shown.stdout
    let at = 0
    for (const path of list) {
      const eol = buffer.indexOf(10, at)
      if (eol === -1) break
      const header = buffer.subarray(at, eol).toString('utf8').split(' ')
      at = eol + 1
      if (header[1] === 'missing' || header.length < 3) continue
      const size = Number(header[2])
      if (header[1] === 'blob' && size <= MAX_MODEL_FILE_BYTES) out.set(path, buffer.subarray(at, at + size).toString('utf8'))
      at += size + 1
    }
    return out
  }
  return { paths: () => paths, text: (path) => Promise.resolve(read(path)), texts: (wanted) => Promise.resolve(readMany(wanted)) }
}
