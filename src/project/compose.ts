/**
 * Compose files as `docker compose` combines them: `docker compose up` reads `compose.yaml` (or
 * `docker-compose.yml`) then its `.override` file; `docker compose -f docker-compose.yml -f docker-compose.prod.yml`
 * reads the base then the environment's file. Each such list is a stack, in merge order. Within a file, a service
 * that `extends:` another (of the same file or another one) starts from it, and top-level `include:` brings in the
 * services of other compose files, whatever their names. `env_file` entries and the folder's `.env` (the values
 * `${VAR}` takes) are read as `KEY=value` lines.
 */
import { parseAllDocuments } from 'yaml'
import type { ProjectModel } from './model.js'

/** Compose files by name (`docker-compose.yml`, `compose.prod.yaml`, ...). */
export const COMPOSE_FILE = /(^|\/)(docker-compose[^/]*|compose[^/]*)\.ya?ml$/i
/** `KEY=value` files compose reads: `.env`, `.env.production`, `db.env`. */
export const ENV_FILE = /(^|\/)(?:\.env(?:\.[^/]*)?|[^/]+\.env)$/i

export interface ComposeStack {
  files: string[]
  /** How the order was found, for messages. */
  source: string
}

const BASES = ['compose.yaml', 'compose.yml', 'docker-compose.yaml', 'docker-compose.yml']
const OVERRIDE = /^(?:docker-)?compose\.override\.ya?ml$/i
const ENVIRONMENT = /^(?:docker-)?compose[.-]([\w-]+)\.ya?ml$/i

/** The stacks a compose file takes part in (two files or more). */
export function composeStacksOf(model: ProjectModel, path: string): ComposeStack[] {
  const folder = path.slice(0, path.lastIndexOf('/') + 1)
  const names = new Map(model.inFolder(folder).map((p) => [p.slice(folder.length), p]))
  const base = BASES.map((b) => names.get(b)).find((p) => p !== undefined)
  if (base === undefined) return []
  const stacks: ComposeStack[] = []
  const override = [...names].find(([n]) => OVERRIDE.test(n))?.[1]
  if (override !== undefined) stacks.push({ files: [base, override], source: '`docker compose up` (the override file is read after the base)' })
  for (const [name, p] of names) {
    if (p === base || OVERRIDE.test(name) || !ENVIRONMENT.test(name)) continue
    stacks.push({ files: [base, p], source: `\`docker compose -f ${base.slice(folder.length)} -f ${name}\`` })
  }
  return stacks.filter((s) => s.files.includes(path))
}

export interface EnvValue {
  value: string
  file: string
  line: number
}

/** A `KEY=value` file (`env_file:`, `.env`), parsed once per model; undefined when it is not in the tree. */
export function envFileValues(model: ProjectModel, path: string): Promise<Map<string, EnvValue> | undefined> {
  return model.summary('env-file', path, (text) => {
    const out = new Map<string, EnvValue>()
    text.split(/\r?\n/).forEach((raw, i) => {
      const line = raw.trim()
      if (line === '' || line.startsWith('#')) return
      const m = /^(?:export\s+)?([A-Za-z_][\w.-]*)\s*=\s*(.*)$/.exec(line)
      if (m === null) return
      let value = m[2]!
      if (/^(['"]).*\1$/.test(value)) value = value.slice(1, -1)
      else value = value.replace(/\s+#.*$/, '')
      out.set(m[1]!, { value, file: path, line: i + 1 })
    })
    return out
  })
}

/** `${VAR}`, `${VAR:-default}`, `${VAR-default}`, `$VAR` with the given values; unknown names keep their default. */
export function interpolate(text: string, values: ReadonlyMap<string, EnvValue>): { text: string; used: EnvValue[] } {
  const used: EnvValue[] = []
  const out = text.replace(/\$\{([A-Za-z_]\w*)(?:(:?-)([^}]*))?\}|\$([A-Za-z_]\w*)/g, (whole, braced: string | undefined, op: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    const name = braced ?? bare!
    const found = values.get(name)
    if (found !== undefined && !(op === ':-' && found.value === '')) {
      used.push(found)
      return found.value
    }
    return op !== undefined ? (fallback ?? '') : whole
  })
  return { text: out, used }
}

/** What a compose file refers to: the files it includes, the services it extends, the env files its services read. */
export interface ComposeRefs {
  /** `include:` entries, in order, as repository paths. */
  includes: string[]
  /** Per service: the service it starts from (`file` is a repository path; the file itself when not given). */
  extends: Map<string, { file: string; service: string }>
  /** Per service: its `env_file` entries as repository paths. */
  envFiles: Map<string, string[]>
}

/** A compose file's references, parsed once per model; undefined when it is not in the tree or not a YAML map. */
export function composeRefs(model: ProjectModel, path: string): Promise<ComposeRefs | undefined> {
  return model.summary('compose-refs', path, (text) => composeRefsOf(path, text))
}

/** The references of one version of a compose file. */
export function composeRefsOf(path: string, text: string): ComposeRefs | undefined {
  let doc: unknown
  try {
    doc = parseAllDocuments(text).map((d) => (Array.isArray(d) ? undefined : d.toJS()))[0]
  } catch {
    return undefined
  }
  if (doc === null || typeof doc !== 'object' || Array.isArray(doc)) return undefined
  const folder = path.slice(0, path.lastIndexOf('/') + 1)
  const top = doc as { include?: unknown; services?: unknown }
  const includes: string[] = []
  for (const item of Array.isArray(top.include) ? top.include : []) {
    const paths = typeof item === 'string' ? [item] : item !== null && typeof item === 'object' ? [(item as { path?: unknown }).path].flat() : []
    for (const p of paths) if (typeof p === 'string' && !/^[a-z][\w+.-]*:\/\//i.test(p)) includes.push(normalizePath(`${folder}${p}`))
  }
  const refs: ComposeRefs = { includes, extends: new Map(), envFiles: new Map() }
  const services = top.services !== null && typeof top.services === 'object' && !Array.isArray(top.services) ? (top.services as Record<string, unknown>) : {}
  for (const [name, raw] of Object.entries(services)) {
    if (raw === null || typeof raw !== 'object') continue
    const service = raw as { extends?: unknown; env_file?: unknown }
    const ext = service.extends
    if (typeof ext === 'string') refs.extends.set(name, { file: path, service: ext })
    else if (ext !== null && typeof ext === 'object' && typeof (ext as { service?: unknown }).service === 'string') {
      const file = (ext as { file?: unknown }).file
      refs.extends.set(name, { file: typeof file === 'string' ? normalizePath(`${folder}${file}`) : path, service: (ext as { service: string }).service })
    }
    const env = service.env_file
    const list = (Array.isArray(env) ? env : env === undefined ? [] : [env]).map((e) => (typeof e === 'string' ? e : (e as { path?: unknown } | null)?.path))
    const files = list.filter((e): e is string => typeof e === 'string' && e !== '').map((e) => normalizePath(`${folder}${e}`))
    if (files.length > 0) refs.envFiles.set(name, files)
  }
  return refs
}

/**
 * Who refers to a file, over every compose file of the tree (by name, then the files they include or extend, which
 * are compose files whatever their names): file -> the compose files that include it, extend a service of it, read it
 * as an `env_file`, or take `${VAR}` values from it (the folder's `.env`). Computed once per model.
 */
export function composeReferrers(model: ProjectModel): Promise<Map<string, Set<string>>> {
  return model.computed('compose-referrers', async () => {
    const out = new Map<string, Set<string>>()
    const refer = (target: string, from: string): void => {
      const set = out.get(target)
      if (set === undefined) out.set(target, new Set([from]))
      else set.add(from)
    }
    const queue = model.tree.paths().filter((p) => COMPOSE_FILE.test(p))
    const seen = new Set(queue)
    while (queue.length > 0) {
      const file = queue.shift()!
      const refs = await composeRefs(model, file)
      if (refs === undefined) continue
      const dotenv = `${file.slice(0, file.lastIndexOf('/') + 1)}.env`
      if (model.has(dotenv)) refer(dotenv, file)
      const composeTargets = [...refs.includes, ...[...refs.extends.values()].map((e) => e.file)]
      for (const target of composeTargets) {
        if (target === file || !model.has(target)) continue
        refer(target, file)
        if (!seen.has(target)) {
          seen.add(target)
          queue.push(target)
        }
      }
      for (const target of [...refs.envFiles.values()].flat()) if (model.has(target)) refer(target, file)
    }
    return out
  })
}

/**
 * The ways a file is run by `docker compose`: the stacks it is in (a compose file by name alone when it is in none),
 * and those of every compose file that includes it, extends it or reads it as an env file.
 */
export async function composeEntriesOf(model: ProjectModel, path: string): Promise<ComposeStack[]> {
  const referrers = await composeReferrers(model)
  const out = new Map<string, ComposeStack>()
  const seen = new Set<string>()
  const visit = (file: string): void => {
    if (seen.has(file) || seen.size > 64) return
    seen.add(file)
    if (COMPOSE_FILE.test(file)) {
      const stacks = composeStacksOf(model, file)
      for (const stack of stacks) out.set(stack.files.join('+'), stack)
      const name = file.slice(file.lastIndexOf('/') + 1)
      if (stacks.length === 0) out.set(file, { files: [file], source: `\`docker compose -f ${name}\`` })
    }
    for (const from of referrers.get(file) ?? []) visit(from)
  }
  visit(path)
  return [...out.values()]
}

function normalizePath(path: string): string {
  const out: string[] = []
  for (const part of path.split('/')) {
    if (part === '' || part === '.') continue
    if (part === '..') out.pop()
    else out.push(part)
  }
  return out.join('/')
}
