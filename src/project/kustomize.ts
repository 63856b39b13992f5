/**
 * Kustomize as `kustomize build` (or `kubectl apply -k`) reads an overlay: its `resources` (files, or folders with
 * their own kustomization, the base), then its strategic-merge patches (`patchesStrategicMerge`, `patches` entries
 * with a `path`) applied to the object of the same kind and name, maps merged key by key and the rest replaced. Each
 * top-level kustomization (one no other one lists) is a build. JSON 6902 patches are not applied.
 */
import { parseAllDocuments } from 'yaml'
import type { ProjectModel } from './model.js'

export interface KustomizeBuild {
  /** The overlay's kustomization file. */
  kustomization: string
  /** Manifest files, in the order the build reads them. */
  resources: string[]
  /** Strategic-merge patch files, in order. */
  patches: string[]
}

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/

interface Kustomization {
  resources: string[]
  patches: string[]
}

function normalize(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}

function readKustomization(model: ProjectModel, path: string): Promise<Kustomization | undefined> {
  return model.summary('kustomization', path, (text) => {
    const folder = path.slice(0, path.lastIndexOf('/') + 1)
    let doc: { resources?: unknown; bases?: unknown; patchesStrategicMerge?: unknown; patches?: unknown } | undefined
    try {
      doc = parseAllDocuments(text).map((d) => (Array.isArray(d) ? undefined : d.toJS()))[0] as typeof doc
    } catch {
      return undefined
    }
    if (doc === undefined || doc === null || typeof doc !== 'object') return undefined
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !/^[a-z]+:\/\//i.test(x) && !x.startsWith('github.com/')) : [])
    const patches = [
      ...list(doc.patchesStrategicMerge),
      ...(Array.isArray(doc.patches) ? doc.patches.flatMap((p: unknown) => (typeof p === 'string' ? [p] : typeof (p as { path?: unknown })?.path === 'string' && (p as { target?: unknown }).target === undefined ? [(p as { path: string }).path] : [])) : [])
    ]
    return { resources: [...list(doc.resources), ...list(doc.bases)].map((r) => normalize(`${folder}${r}`)), patches: patches.map((p) => normalize(`${folder}${p}`)) }
  })
}

/** Every build of the tree, computed once per model. */
export function kustomizeBuilds(model: ProjectModel): Promise<KustomizeBuild[]> {
  return model.computed('kustomize-builds', async () => {
    const files = model.tree.paths().filter((p) => KUSTOMIZATION.test(p))
    const folderFile = new Map(files.map((f) => [f.slice(0, f.lastIndexOf('/')), f]))
    const listed = new Set<string>()
    const all = new Map<string, Kustomization>()
    for (const file of files) {
      const k = await readKustomization(model, file)
      if (k === undefined) continue
      all.set(file, k)
      for (const r of k.resources) if (folderFile.has(r)) listed.add(folderFile.get(r)!)
    }
    const builds: KustomizeBuild[] = []
    for (const [file, k] of all) {
      if (listed.has(file)) continue
      const build: KustomizeBuild = { kustomization: file, resources: [], patches: [] }
      const expand = (kust: Kustomization, depth: number): void => {
        if (depth > 6) return
        for (const r of kust.resources) {
          const nested = folderFile.get(r)
          if (nested !== undefined) {
            const inner = all.get(nested)
            if (inner !== undefined) expand(inner, depth + 1)
          } else if (model.has(r)) build.resources.push(r)
        }
        build.patches.push(...kust.patches.filter((p) => model.has(p)))
      }
      expand(k, 0)
      if (build.patches.length > 0 && build.resources.length > 0) builds.push(build)
    }
    return builds
  })
}

/** Strategic merge, as far as a Service or a pod spec's scalars go: maps merged key by key, the rest replaced. */
export function mergePatch(target: unknown, patch: unknown): unknown {
  if (target === null || typeof target !== 'object' || Array.isArray(target) || patch === null || typeof patch !== 'object' || Array.isArray(patch)) return patch
  const out: Record<string, unknown> = { ...(target as Record<string, unknown>) }
  for (const [k, v] of Object.entries(patch as Record<string, unknown>)) out[k] = v === null ? undefined : mergePatch(out[k], v)
  return out
}
