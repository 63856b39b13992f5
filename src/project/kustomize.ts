/**
 * Kustomize as `kustomize build` (or `kubectl apply -k`) reads an overlay: its `resources` (files, or folders with
 * their own kustomization, the base), then its `components` (folders whose `kind: Component` kustomization adds
 * resources and patches to the build that lists them), then its patches: strategic-merge patches
 * (`patchesStrategicMerge`, `patches` entries with a `path` or an inline `patch`) applied to the object of the same
 * kind and name (maps merged key by key, the rest replaced), and JSON 6902 patches (`patchesJson6902`, `patches`
 * entries whose content is a list of operations) applied to the objects their `target` selects. Each top-level
 * kustomization (one no other one lists) is a build.
 */
import { parseAllDocuments } from 'yaml'
import type { ProjectModel } from './model.js'

/** Which objects a patch applies to (`target:`); names and namespaces are regular expressions, as kustomize reads them. */
export interface PatchTarget {
  kind?: string
  name?: string
  namespace?: string
  labelSelector?: string
}

export interface KustomizePatch {
  /** The file the patch is written in: its own file, or the kustomization for an inline `patch:`. */
  file: string
  /** The inline patch's text. */
  inline?: string
  /** The line of the kustomization where an inline patch starts. */
  line?: number
  target?: PatchTarget
}

export interface KustomizeBuild {
  /** The overlay's kustomization file. */
  kustomization: string
  /** Manifest files, in the order the build reads them. */
  resources: string[]
  /** Patches, in the order the build applies them. */
  patches: KustomizePatch[]
}

const KUSTOMIZATION = /(^|\/)(kustomization\.ya?ml|Kustomization)$/

interface Kustomization {
  component: boolean
  resources: string[]
  components: string[]
  patches: KustomizePatch[]
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

type Doc = {
  kind?: unknown
  resources?: unknown
  bases?: unknown
  components?: unknown
  patchesStrategicMerge?: unknown
  patchesJson6902?: unknown
  patches?: unknown
}

function targetOf(raw: unknown): PatchTarget | undefined {
  if (raw === null || typeof raw !== 'object') return undefined
  const t = raw as Record<string, unknown>
  const out: PatchTarget = {}
  for (const key of ['kind', 'name', 'namespace', 'labelSelector'] as const) if (typeof t[key] === 'string') out[key] = t[key] as string
  return out
}

function readKustomization(model: ProjectModel, path: string): Promise<Kustomization | undefined> {
  return model.summary('kustomization', path, (text) => {
    const folder = path.slice(0, path.lastIndexOf('/') + 1)
    let doc: Doc | undefined
    try {
      doc = parseAllDocuments(text).map((d) => (Array.isArray(d) ? undefined : d.toJS()))[0] as Doc | undefined
    } catch {
      return undefined
    }
    if (doc === undefined || doc === null || typeof doc !== 'object') return undefined
    const list = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && !/^[a-z]+:\/\//i.test(x) && !x.startsWith('github.com/')) : [])
    const lines = text.split(/\r?\n/)
    // an inline patch points at the kustomization line where its text starts
    const inline = (patch: string, target?: PatchTarget): KustomizePatch => {
      const first = patch.split(/\r?\n/).find((l) => l.trim() !== '')?.trim() ?? ''
      const at = lines.findIndex((l) => l.trim() === first || l.trim().endsWith(first))
      return { file: path, inline: patch, line: at === -1 ? 1 : at + 1, ...(target !== undefined ? { target } : {}) }
    }
    const entry = (raw: unknown): KustomizePatch[] => {
      if (typeof raw === 'string') return [raw.includes('\n') ? inline(raw) : { file: normalize(`${folder}${raw}`) }]
      if (raw === null || typeof raw !== 'object') return []
      const p = raw as { path?: unknown; patch?: unknown; target?: unknown }
      const target = targetOf(p.target)
      if (typeof p.path === 'string') return [{ file: normalize(`${folder}${p.path}`), ...(target !== undefined ? { target } : {}) }]
      if (typeof p.patch === 'string') return [inline(p.patch, target)]
      return []
    }
    const entries = (v: unknown): KustomizePatch[] => (Array.isArray(v) ? v.flatMap(entry) : [])
    return {
      component: doc.kind === 'Component',
      resources: [...list(doc.resources), ...list(doc.bases)].map((r) => normalize(`${folder}${r}`)),
      components: list(doc.components).map((c) => normalize(`${folder}${c}`)),
      patches: [...entries(doc.patchesStrategicMerge), ...entries(doc.patchesJson6902), ...entries(doc.patches)]
    }
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
      for (const r of [...k.resources, ...k.components]) if (folderFile.has(r)) listed.add(folderFile.get(r)!)
    }
    const builds: KustomizeBuild[] = []
    for (const [file, k] of all) {
      if (listed.has(file) || k.component) continue
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
        // a component adds its resources and patches to the build that lists it, before that build's own patches
        for (const c of kust.components) {
          const inner = all.get(folderFile.get(c) ?? '')
          if (inner !== undefined) expand(inner, depth + 1)
        }
        build.patches.push(...kust.patches.filter((p) => p.inline !== undefined || model.has(p.file)))
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

/** Whether an object is one a patch's `target` selects (kind, name and namespace as anchored expressions, labels by equality). */
export function targetSelects(target: PatchTarget, obj: Record<string, unknown>): boolean {
  const metadata = (obj['metadata'] ?? {}) as { name?: unknown; namespace?: unknown; labels?: unknown }
  const matches = (pattern: string | undefined, value: unknown): boolean => pattern === undefined || namePattern(pattern, String(value ?? ''))
  if (!matches(target.kind, obj['kind']) || !matches(target.name, metadata.name)) return false
  // an object without a namespace gets the build's: it is not told apart from the target's
  if (target.namespace !== undefined && metadata.namespace !== undefined && !matches(target.namespace, metadata.namespace)) return false
  if (target.labelSelector !== undefined) {
    const labels = (metadata.labels ?? {}) as Record<string, unknown>
    for (const term of target.labelSelector.split(',')) {
      const [key, value] = term.split('=').map((s) => s.trim())
      if (key === undefined || key === '') continue
      if (value === undefined ? !(key in labels) : String(labels[key]) !== value) return false
    }
  }
  return true
}

/**
 * A target's name pattern: kustomize reads it as an anchored regular expression. The patterns written in practice
 * (`ledger`, `ledger-.*`, `a|b`) are matched here without compiling what the change wrote into a RegExp (a hostile
 * pattern could backtrack for ever): alternatives of literals, `.` (any character) and `.*` (any run), in O(n*m).
 * Anything else is compared as written.
 */
function namePattern(pattern: string, value: string): boolean {
  const body = pattern.replace(/^\^/, '').replace(/\$$/, '')
  if (!/^[\w.*|-]*$/.test(body) || /(^|[^.])\*/.test(body)) return pattern === value
  return body.split('|').some((alternative) => wildcard(alternative, value))
}

function wildcard(pattern: string, value: string): boolean {
  const tokens: string[] = []
  for (let i = 0; i < pattern.length; i++) {
    if (pattern[i] === '.' && pattern[i + 1] === '*') {
      tokens.push('*')
      i++
    } else tokens.push(pattern[i] === '.' ? '?' : pattern[i]!)
  }
  let t = 0
  let v = 0
  let star = -1
  let mark = 0
  while (v < value.length) {
    if (t < tokens.length && (tokens[t] === '?' || tokens[t] === value[v])) {
      t++
      v++
    } else if (t < tokens.length && tokens[t] === '*') {
      star = t++
      mark = v
    } else if (star !== -1) {
      t = star + 1
      v = ++mark
    } else return false
  }
  while (t < tokens.length && tokens[t] === '*') t++
  return t === tokens.length
}

/** A JSON 6902 operation (`- op: replace`, `path: /spec/type`, `value: LoadBalancer`). */
export interface JsonPatchOperation {
  op: string
  path: string
  value?: unknown
  from?: string
}

/** Whether a parsed patch document is a JSON 6902 operation list rather than a strategic-merge object. */
export function isOperationList(doc: unknown): doc is JsonPatchOperation[] {
  return Array.isArray(doc) && doc.length > 0 && doc.every((o) => o !== null && typeof o === 'object' && typeof (o as { op?: unknown }).op === 'string' && typeof (o as { path?: unknown }).path === 'string')
}

/**
 * JSON 6902 operations applied to a copy of `target` (add, replace, remove, copy, move; `test` is not checked). An
 * operation whose path does not exist is skipped, as a build that fails would deploy nothing.
 */
export function applyOperations(target: Record<string, unknown>, operations: readonly JsonPatchOperation[]): Record<string, unknown> {
  const root = structuredClone(target)
  const steps = (pointer: string): string[] => pointer.split('/').slice(1).map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
  const parentOf = (pointer: string): { parent: unknown; key: string } | undefined => {
    const keys = steps(pointer)
    if (keys.length === 0) return undefined
    let at: unknown = root
    for (const key of keys.slice(0, -1)) {
      if (at === null || typeof at !== 'object') return undefined
      at = (at as Record<string, unknown>)[key]
    }
    return at !== null && typeof at === 'object' ? { parent: at, key: keys[keys.length - 1]! } : undefined
  }
  const read = (pointer: string): unknown => {
    let at: unknown = root
    for (const key of steps(pointer)) at = at !== null && typeof at === 'object' ? (at as Record<string, unknown>)[key] : undefined
    return at
  }
  const put = (pointer: string, value: unknown, insert: boolean): void => {
    const at = parentOf(pointer)
    if (at === undefined) return
    if (Array.isArray(at.parent)) {
      const index = at.key === '-' ? at.parent.length : Number(at.key)
      if (!Number.isInteger(index) || index < 0 || index > at.parent.length) return
      at.parent.splice(index, insert ? 0 : 1, structuredClone(value))
    } else (at.parent as Record<string, unknown>)[at.key] = structuredClone(value)
  }
  const remove = (pointer: string): void => {
    const at = parentOf(pointer)
    if (at === undefined) return
    if (Array.isArray(at.parent)) at.parent.splice(Number(at.key), 1)
    else delete (at.parent as Record<string, unknown>)[at.key]
  }
  for (const operation of operations) {
    if (operation.op === 'add') put(operation.path, operation.value, true)
    else if (operation.op === 'replace') put(operation.path, operation.value, false)
    else if (operation.op === 'remove') remove(operation.path)
    else if ((operation.op === 'copy' || operation.op === 'move') && operation.from !== undefined) {
      const value = read(operation.from)
      if (value === undefined) continue
      if (operation.op === 'move') remove(operation.from)
      put(operation.path, value, true)
    }
  }
  return root
}
