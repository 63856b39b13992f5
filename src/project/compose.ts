/**
 * Compose files as `docker compose` combines them: `docker compose up` reads `compose.yaml` (or
 * `docker-compose.yml`) then its `.override` file; `docker compose -f docker-compose.yml -f docker-compose.prod.yml`
 * reads the base then the environment's file. Each such list is a stack, in merge order. `env_file` entries and the
 * folder's `.env` (the values `${VAR}` takes) are read as `KEY=value` lines.
 */
import type { ProjectModel } from './model.js'

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
