/**
 * The project model: how the deploy tools will combine files, computed from the change's repository (one model per
 * side, base and head) and handed to the analyzers in the context. Analyzers ask it questions about files that only
 * mean something together; they never read the repository themselves. Nothing is computed before an analyzer asks,
 * only the files the question needs are read, and what is kept is what was parsed from them, not their texts.
 */
import { flattenValues, helmStacks, mergeValues, type FlatValues, type ValuesStack } from './helm.js'
import type { ProjectTree } from './tree.js'

export type { FlatValues, ValuesLeaf, ValuesStack } from './helm.js'
export type { ProjectTree } from './tree.js'

export class ProjectModel {
  private stacks: Promise<ValuesStack[]> | undefined
  private readonly flat = new Map<string, Promise<FlatValues | undefined>>()
  /** Per-question caches of parsed summaries, keyed by the asking module (Terraform, compose, ...). */
  private readonly memo = new Map<string, Promise<unknown>>()

  /**
   * @param before in a diff, the base side's model: what a changed file said before, so that a finding moved to the
   *   half the change touched points at the line it touched (a variables file's changed value, not its first one)
   */
  constructor(
    readonly tree: ProjectTree,
    readonly before?: ProjectModel
  ) {}

  /** The Helm deploys a values file takes part in, each with its files in merge order. */
  async helmStacksOf(path: string): Promise<ValuesStack[]> {
    this.stacks ??= helmStacks(this.tree)
    return (await this.stacks).filter((s) => s.files.includes(path))
  }

  /** The merged values of a stack; `override` replaces one file's text (the version being analyzed). */
  async mergedValues(stack: ValuesStack, override?: { path: string; text: string }): Promise<FlatValues | undefined> {
    const layers: FlatValues[] = []
    for (const file of stack.files) {
      const flat = override?.path === file ? flattenValues(file, override.text) : await this.flatten(file)
      if (flat === undefined) return undefined
      layers.push(flat)
    }
    return mergeValues(layers)
  }

  /** Whether the tree has this path. */
  has(path: string): boolean {
    this.present ??= new Set(this.tree.paths())
    return this.present.has(path)
  }

  /** The paths directly in a folder (`''` or `dir/`), sorted. */
  inFolder(folder: string): readonly string[] {
    if (this.folders === undefined) {
      this.folders = new Map()
      for (const path of this.tree.paths()) {
        const dir = path.slice(0, path.lastIndexOf('/') + 1)
        const list = this.folders.get(dir)
        if (list === undefined) this.folders.set(dir, [path])
        else list.push(path)
      }
    }
    return this.folders.get(folder) ?? []
  }

  /** A summary of one file, parsed once per model: `kind` names the question, `parse` turns the text into it. */
  summary<T>(kind: string, path: string, parse: (text: string) => T | Promise<T>): Promise<T | undefined> {
    const key = `${kind}\0${path}`
    let found = this.memo.get(key) as Promise<T | undefined> | undefined
    if (found === undefined) {
      found = this.tree.text(path).then((text) => (text === undefined ? undefined : parse(text)))
      this.memo.set(key, found)
    }
    return found
  }

  /** `summary` for many files at once, read in one go when the tree can (a whole repository's `.tf` files). */
  async summaries<T>(kind: string, paths: readonly string[], parse: (text: string, path: string) => T | Promise<T>): Promise<void> {
    const missing = paths.filter((p) => !this.memo.has(`${kind}\0${p}`))
    if (missing.length === 0 || this.tree.texts === undefined) return
    const texts = await this.tree.texts(missing)
    for (const path of missing) {
      const text = texts.get(path)
      this.memo.set(`${kind}\0${path}`, text === undefined ? Promise.resolve(undefined) : Promise.resolve(parse(text, path)))
    }
  }

  /** A question about several files, answered once per model. */
  computed<T>(key: string, compute: () => Promise<T>): Promise<T> {
    let found = this.memo.get(`computed\0${key}`) as Promise<T> | undefined
    if (found === undefined) {
      found = compute()
      this.memo.set(`computed\0${key}`, found)
    }
    return found
  }

  private present: Set<string> | undefined
  private folders: Map<string, string[]> | undefined

  private flatten(path: string): Promise<FlatValues | undefined> {
    let found = this.flat.get(path)
    if (found === undefined) {
      found = this.tree.text(path).then((text) => (text === undefined ? undefined : flattenValues(path, text)))
      this.flat.set(path, found)
    }
    return found
  }
}
