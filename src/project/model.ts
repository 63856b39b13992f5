/**
 * The project model: how the deploy tools will combine files, computed from the change's repository (one model per
 * side, base and head) outside the analyzers and handed to them in the context. Analyzers ask it questions about
 * files that only mean something together; they never read the repository themselves.
 */
import { flattenValues, helmStacks, mergeValues, type FlatValues, type ValuesStack } from './helm.js'
import type { ProjectTree } from './tree.js'

export type { FlatValues, ValuesLeaf, ValuesStack } from './helm.js'
export type { ProjectTree } from './tree.js'

export class ProjectModel {
  private stacks: ValuesStack[] | undefined
  private readonly flat = new Map<string, FlatValues | undefined>()

  constructor(private readonly tree: ProjectTree) {}

  /** The Helm deploys a values file takes part in, each with its files in merge order. */
  helmStacksOf(path: string): ValuesStack[] {
    this.stacks ??= helmStacks(this.tree)
    return this.stacks.filter((s) => s.files.includes(path))
  }

  /** The merged values of a stack; `override` replaces one file's text (the version being analyzed). */
  mergedValues(stack: ValuesStack, override?: { path: string; text: string }): FlatValues | undefined {
    const layers: FlatValues[] = []
    for (const file of stack.files) {
      const flat = override?.path === file ? flattenValues(file, override.text) : this.flatten(file)
      if (flat === undefined) return undefined
      layers.push(flat)
    }
    return mergeValues(layers)
  }

  private flatten(path: string): FlatValues | undefined {
    if (!this.flat.has(path)) {
      const text = this.tree.text(path)
      this.flat.set(path, text === undefined ? undefined : flattenValues(path, text))
    }
    return this.flat.get(path)
  }
}
