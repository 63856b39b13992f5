/**
 * Helm values as a chart's deploy merges them: the chart's `values.yaml`, then each file given with `-f`, a later
 * one overriding an earlier one key by key (maps merge, lists and scalars replace). Which files are given comes from
 * the project: a helmfile release's `values:`, an Argo CD Application's `helm.valueFiles`, or, failing both, the name
 * convention (`values-prod.yaml`, `values.production.yaml`, `prod-values.yaml` beside `values.yaml`).
 */
import { isMap, isScalar, isSeq, LineCounter, parseAllDocuments, type Node } from 'yaml'
import type { ProjectTree } from './tree.js'

/** One value of the merged result and where it was written. */
export interface ValuesLeaf {
  value: unknown
  file: string
  line: number
}

/** Dotted key path -> leaf. */
export type FlatValues = Map<string, ValuesLeaf>

/** The values files of one deploy, in merge order (the chart's values.yaml first). */
export interface ValuesStack {
  files: string[]
  /** How the order was found: `helmfile.yaml`, an Argo CD Application, or the name convention. */
  source: string
}

const OVERLAY = /^(?:values[-._](.+)|(.+)[-.]values)\.ya?ml$/i

function dirOf(path: string): string {
  return path.includes('/') ? path.slice(0, path.lastIndexOf('/') + 1) : ''
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

export async function helmStacks(tree: ProjectTree): Promise<ValuesStack[]> {
  const paths = tree.paths()
  const present = new Set(paths)
  const stacks: ValuesStack[] = []
  const explicit = new Set<string>()
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    if (/^helmfile[^/]*\.ya?ml$/i.test(name)) stacks.push(...(await helmfileStacks(path, tree, present, explicit)))
    else if (/\.ya?ml$/.test(name)) stacks.push(...(await argoStacks(path, tree, present, explicit)))
  }
  // the name convention, for overlays no helmfile or Application names
  for (const path of paths) {
    const name = path.slice(path.lastIndexOf('/') + 1)
    if (!OVERLAY.test(name) || explicit.has(path)) continue
    const base = `${dirOf(path)}values.yaml`
    const baseYml = `${dirOf(path)}values.yml`
    const chartValues = present.has(base) ? base : present.has(baseYml) ? baseYml : undefined
    if (chartValues !== undefined && chartValues !== path) stacks.push({ files: [chartValues, path], source: 'the file-name convention' })
  }
  return stacks
}

function parse(text: string): unknown[] {
  try {
    return parseAllDocuments(text).map((d) => (Array.isArray(d) ? undefined : d.toJS()))
  } catch {
    return []
  }
}

async function helmfileStacks(path: string, tree: ProjectTree, present: Set<string>, explicit: Set<string>): Promise<ValuesStack[]> {
  const text = await tree.text(path)
  if (text === undefined || !/releases\s*:/.test(text)) return []
  const out: ValuesStack[] = []
  for (const doc of parse(text)) {
    const releases = (doc as { releases?: unknown } | undefined)?.releases
    if (!Array.isArray(releases)) continue
    for (const release of releases as Array<{ chart?: unknown; values?: unknown }>) {
      if (typeof release?.chart !== 'string' || !/^\.{1,2}\//.test(release.chart)) continue
      const chart = normalize(`${dirOf(path)}${release.chart}`)
      const files = [`${chart}/values.yaml`]
      for (const v of Array.isArray(release.values) ? release.values : []) if (typeof v === 'string') files.push(normalize(`${dirOf(path)}${v}`))
      const kept = files.filter((f) => present.has(f))
      for (const f of kept) explicit.add(f)
      if (kept.length > 1) out.push({ files: kept, source: path })
    }
  }
  return out
}

async function argoStacks(path: string, tree: ProjectTree, present: Set<string>, explicit: Set<string>): Promise<ValuesStack[]> {
  if (!/(?:^|\/)(?:argocd|argo-cd|argo|applications|apps)\//i.test(path)) return []
  const text = await tree.text(path)
  if (text === undefined || !/kind:\s*Application\b/.test(text) || !/valueFiles/.test(text)) return []
  const out: ValuesStack[] = []
  for (const doc of parse(text)) {
    const spec = (doc as { kind?: unknown; spec?: { source?: unknown; sources?: unknown } } | undefined)
    if (spec?.kind !== 'Application') continue
    const sources = [spec.spec?.source, ...(Array.isArray(spec.spec?.sources) ? spec.spec.sources : [])] as Array<{ path?: unknown; helm?: { valueFiles?: unknown } } | undefined>
    for (const source of sources) {
      if (typeof source?.path !== 'string' || !Array.isArray(source.helm?.valueFiles)) continue
      const chart = normalize(source.path)
      const files = [`${chart}/values.yaml`, ...source.helm.valueFiles.filter((v): v is string => typeof v === 'string').map((v) => normalize(`${chart}/${v}`))]
      const kept = files.filter((f) => present.has(f))
      for (const f of kept) explicit.add(f)
      if (kept.length > 1) out.push({ files: kept, source: path })
    }
  }
  return out
}

/** A values file flattened to dotted keys, each leaf with its line. Undefined when it is not YAML. */
export function flattenValues(path: string, text: string): FlatValues | undefined {
  const lines = new LineCounter()
  let docs
  try {
    docs = parseAllDocuments(text, { lineCounter: lines })
  } catch {
    return undefined
  }
  if (Array.isArray(docs) === false) return undefined
  const out: FlatValues = new Map()
  const walk = (node: Node | null | undefined, prefix: string, line: number): void => {
    if (isMap(node)) {
      for (const pair of node.items) {
        const key = isScalar(pair.key) ? String(pair.key.value) : undefined
        if (key === undefined) continue
        const at = lines.linePos((pair.key as Node).range?.[0] ?? 0).line
        const value = pair.value as Node | null
        if (isMap(value) && value.items.length > 0) walk(value, `${prefix}${key}.`, at)
        else out.set(`${prefix}${key}`, { value: isSeq(value) ? value.toJSON() : isMap(value) ? {} : isScalar(value) ? value.value : null, file: path, line: at })
      }
    } else if (node !== null && node !== undefined && prefix !== '') {
      out.set(prefix.slice(0, -1), { value: isScalar(node) ? node.value : null, file: path, line })
    }
  }
  for (const doc of docs) {
    if (doc.errors.length > 0) return undefined
    walk(doc.contents as Node | null, '', 1)
  }
  return out
}

/** Later layers override earlier ones: a key replaces the earlier key and everything under it. */
export function mergeValues(layers: FlatValues[]): FlatValues {
  const out: FlatValues = new Map()
  for (const layer of layers) {
    for (const [key, leaf] of layer) {
      for (const existing of [...out.keys()]) if (existing.startsWith(`${key}.`)) out.delete(existing)
      // a scalar replaced by a map: the scalar goes
      const parts = key.split('.')
      for (let i = 1; i < parts.length; i++) out.delete(parts.slice(0, i).join('.'))
      out.set(key, leaf)
    }
  }
  return out
}
