/**
 * A repository as the project model reads it: the paths of one side (base or head) and the text of the few files the
 * model needs. Sources build trees (git, the file system, the change set itself); the model never reaches out.
 */
import { spawnSync } from 'node:child_process'
import { readFileSync, statSync } from 'node:fs'
import { join } from 'node:path'

export interface ProjectTree {
  paths(): readonly string[]
  text(path: string): string | undefined
}

/**
 * Files the model may read: YAML (Helm values under any name a helmfile gives them, helmfiles, Argo CD Applications,
 * charts). Read lazily and bounded in size.
 */
export function modelWants(path: string): boolean {
  return /\.ya?ml$/i.test(path)
}

const MAX_MODEL_FILE_BYTES = 512 * 1024

/** A tree of texts already in hand (the change set of `check`, a test). */
export function textTree(texts: ReadonlyMap<string, string>): ProjectTree {
  const paths = [...texts.keys()].sort()
  return { paths: () => paths, text: (path) => texts.get(path) }
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
  const cache = new Map<string, string | undefined>()
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
  return {
    paths: () => paths,
    text(path) {
      if (!cache.has(path)) cache.set(path, read(path))
      return cache.get(path)
    }
  }
}
