/**
 * Ansible roles as a play runs them: a task in `roles/<role>/tasks/` and the templates the role installs from
 * `roles/<role>/templates/`. A container task that starts a database with `--config /etc/mongod.conf` is judged
 * with the role's `mongod.conf.j2`: the template a `template:` task writes to that path (or to the host path mounted
 * there), else the role's template of that file name. `{{ var }}` in a task or a template takes its value from the
 * role's `defaults/` and `vars/` and the inventory's `group_vars/`, one deploy per group.
 */
import { entriesOf, parseYamlFile, positionOf } from '../analyzers/yaml-source.js'
import type { ProjectModel } from './model.js'

const ROLE = /^(.*?(?:^|\/)roles\/[^/]+\/)/

/** The role folder a file belongs to (`ansible/roles/mongo/`), if any. */
export function roleOf(path: string): string | undefined {
  return ROLE.exec(path)?.[1]
}

/** The role's templates and its task files, listed once per model. */
function roleFiles(model: ProjectModel, role: string): Promise<{ templates: string[]; tasks: string[] }> {
  return model.computed(`ansible-role:${role}`, async () => {
    const inRole = model.tree.paths().filter((p) => p.startsWith(role))
    return {
      templates: inRole.filter((p) => p.startsWith(`${role}templates/`) && /\.j2$/i.test(p)),
      tasks: inRole.filter((p) => (p.startsWith(`${role}tasks/`) || p.startsWith(`${role}handlers/`)) && /\.ya?ml$/i.test(p))
    }
  })
}

/** `template: src=mongod.conf.j2 dest=/etc/mongod.conf` (either syntax): destination -> source, per task file. */
function templateTasks(model: ProjectModel, path: string): Promise<Map<string, string> | undefined> {
  return model.summary('ansible-template-tasks', path, (text) => {
    const out = new Map<string, string>()
    // free-form `template: src=a dest=b`
    for (const m of text.matchAll(/(?:template|ansible\.builtin\.template)\s*:\s*([^\n]*\bsrc=\S+[^\n]*)/g)) {
      const src = /\bsrc=["']?([^\s"']+)/.exec(m[1]!)?.[1]
      const dest = /\bdest=["']?([^\s"']+)/.exec(m[1]!)?.[1]
      if (src !== undefined && dest !== undefined) out.set(dest, src)
    }
    // block form: `template:` then indented `src:` and `dest:` lines
    for (const m of text.matchAll(/(?:template|ansible\.builtin\.template)\s*:\s*\n((?:[ \t]+[^\n]*\n?){1,8})/g)) {
      const src = /^\s*src\s*:\s*["']?([^\s"'#]+)/m.exec(m[1]!)?.[1]
      const dest = /^\s*dest\s*:\s*["']?([^\s"'#]+)/m.exec(m[1]!)?.[1]
      if (src !== undefined && dest !== undefined) out.set(dest, src)
    }
    return out
  })
}

/** The role's template that ends up at one of `destinations` (the config path in the container, the host path mounted there). */
export async function roleTemplate(model: ProjectModel, taskPath: string, destinations: string[]): Promise<string | undefined> {
  const role = roleOf(taskPath)
  if (role === undefined || destinations.length === 0) return undefined
  const { templates, tasks } = await roleFiles(model, role)
  if (templates.length === 0) return undefined
  for (const task of tasks) {
    const map = await templateTasks(model, task)
    for (const dest of destinations) {
      const src = map?.get(dest)
      if (src === undefined) continue
      const found = templates.find((t) => t === `${role}templates/${src}` || t.endsWith(`/${src}`))
      if (found !== undefined) return found
    }
  }
  const names = new Set(destinations.map((d) => d.slice(d.lastIndexOf('/') + 1)))
  return templates.find((t) => names.has(t.slice(t.lastIndexOf('/') + 1).replace(/\.j2$/i, '')))
}

/** The task files of the role a template belongs to. */
export async function roleTasks(model: ProjectModel, templatePath: string): Promise<string[]> {
  const role = roleOf(templatePath)
  return role === undefined ? [] : tasksOfRole(model, role)
}

/** The task files of a role (`ansible/roles/mongo/`). */
export async function tasksOfRole(model: ProjectModel, role: string): Promise<string[]> {
  return (await roleFiles(model, role)).tasks
}

/** A variable's value and where it is written (`mongo_bind_ip: 0.0.0.0` at roles/mongo/defaults/main.yml:3). */
export interface AnsibleValue {
  name: string
  value: unknown
  file: string
  line: number
}

/**
 * The variables one deploy gives a role's tasks and templates, in Ansible's precedence (lowest first): the role's
 * `defaults/`, then the inventory's `group_vars/all`, then one group's `group_vars/<group>`, then the role's `vars/`.
 */
export interface VariableSet {
  values: Map<string, AnsibleValue>
  /** For messages: `roles/mongo/defaults/main.yml then inventories/prod/group_vars/mongo.yml`. */
  label: string
}

const VARS_FILE = /(?:\.ya?ml|\/[^/.]+)$/i

/** A vars file's top-level keys, parsed once per model. */
function varsFile(model: ProjectModel, path: string): Promise<Map<string, AnsibleValue> | undefined> {
  return model.summary('ansible-vars', path, (text) => {
    const yaml = parseYamlFile(text)
    if (yaml.error !== undefined) return undefined
    const out = new Map<string, AnsibleValue>()
    for (const doc of yaml.documents) {
      for (const { key, value, pair } of entriesOf(doc.contents)) out.set(key, { name: key, value: value === undefined ? null : (value as { toJSON(): unknown }).toJSON(), file: path, line: positionOf(yaml, pair).line })
    }
    return out
  })
}

/** Whether a path is a variables file a role reads: its `defaults/` or `vars/`, or a `group_vars/` file. */
export function isVariablesFile(path: string): boolean {
  const role = roleOf(path)
  if (role !== undefined && (path.startsWith(`${role}defaults/`) || path.startsWith(`${role}vars/`))) return /\.ya?ml$/i.test(path)
  return /(^|\/)group_vars\//.test(path) && VARS_FILE.test(path)
}

/** The playbook folder above `roles/` (where `group_vars/` and inventories live). */
function playbookRoot(role: string): string {
  const at = role.lastIndexOf('roles/')
  return at === -1 ? '' : role.slice(0, at)
}

/** Every deploy's variables for a role: one per inventory group that has `group_vars`, else the role's own. */
export function roleVariableSets(model: ProjectModel, role: string): Promise<VariableSet[]> {
  return model.computed(`ansible-vars:${role}`, async () => {
    const paths = model.tree.paths()
    const own = (folder: string): string[] => paths.filter((p) => p.startsWith(`${role}${folder}/`) && /\.ya?ml$/i.test(p)).sort((a, b) => (a.endsWith('/main.yml') || a.endsWith('/main.yaml') ? -1 : b.endsWith('/main.yml') || b.endsWith('/main.yaml') ? 1 : a.localeCompare(b)))
    const root = playbookRoot(role)
    // group_vars/<group>.yml or group_vars/<group>/<any>.yml, grouped by the group_vars folder (one per inventory)
    const inventories = new Map<string, Map<string, string[]>>()
    for (const p of paths) {
      if (!p.startsWith(root) || roleOf(p) !== undefined) continue
      // cut by hand, not by a backtracking pattern: the paths are the change's
      const at = p.startsWith('group_vars/') ? 0 : p.indexOf('/group_vars/') + 1
      if (at === 0 && !p.startsWith('group_vars/')) continue
      const folder = p.slice(0, at + 'group_vars/'.length)
      const parts = p.slice(folder.length).split('/')
      if (parts.length > 2 || (parts.length === 2 && !/\.ya?ml$/i.test(parts[1]!)) || !VARS_FILE.test(p)) continue
      const group = parts[0]!.replace(/\.ya?ml$/i, '')
      const groups = inventories.get(folder) ?? new Map<string, string[]>()
      inventories.set(folder, groups)
      groups.set(group, [...(groups.get(group) ?? []), p])
    }
    const layersOf: string[][] = []
    for (const groups of inventories.values()) {
      const all = groups.get('all') ?? []
      const named = [...groups.keys()].filter((g) => g !== 'all')
      if (named.length === 0) layersOf.push(all)
      for (const group of named) layersOf.push([...all, ...groups.get(group)!])
    }
    if (layersOf.length === 0) layersOf.push([])
    const out: VariableSet[] = []
    for (const middle of layersOf.slice(0, 16)) {
      const files = [...own('defaults'), ...middle, ...own('vars')]
      const values = new Map<string, AnsibleValue>()
      for (const file of files) for (const [k, v] of (await varsFile(model, file)) ?? []) values.set(k, v)
      out.push({ values, label: files.length > 0 ? files.join(' then ') : 'no variables files' })
    }
    return out
  })
}

/** The roles a variables file reaches: its own role, or every role of the playbook folder a `group_vars` file is under. */
export function rolesReading(model: ProjectModel, varsPath: string): string[] {
  const role = roleOf(varsPath)
  if (role !== undefined) return [role]
  const roles = new Set(model.tree.paths().flatMap((p) => roleOf(p) ?? []))
  return [...roles].filter((r) => varsPath.startsWith(playbookRoot(r)))
}

/**
 * Jinja expressions with a deploy's values: `{{ mongo_bind_ip }}` becomes its value (a string, number or boolean, itself
 * resolved up to three levels), `{{ x | default('0.0.0.0') }}` its value or the default; anything else is left to
 * `otherwise`. Returns the values used, for messages and for where a finding's other half is.
 */
export function resolveJinja(text: string, values: ReadonlyMap<string, AnsibleValue>, otherwise: (written: string) => string, depth = 0): { text: string; used: AnsibleValue[] } {
  const used: AnsibleValue[] = []
  // linear on hostile templates: no two unbounded runs that can take the same characters
  const out = text.replace(/\{\{([^{}]*)\}\}/g, (whole: string, inner: string) => {
    const expression = inner.trim()
    const m = /^([A-Za-z_]\w*)(?:\s*\|\s*default\(\s*(['"])([^'"]*)\2(?:\s*,\s*(?:true|True))?\s*\))?$/.exec(expression)
    if (m === null) return otherwise(whole)
    const found = values.get(m[1]!)
    if (found !== undefined && (typeof found.value === 'string' || typeof found.value === 'number' || typeof found.value === 'boolean')) {
      used.push(found)
      const value = String(found.value)
      if (depth < 3 && value.includes('{{')) {
        const inner = resolveJinja(value, values, otherwise, depth + 1)
        used.push(...inner.used)
        return inner.text
      }
      return value
    }
    return m[3] !== undefined ? m[3] : otherwise(whole)
  })
  return { text: out, used }
}

/** In a diff, the variables of a file whose value the change set or changed (compared with the base side's model). */
export async function changedVariables(model: ProjectModel, path: string): Promise<Set<string>> {
  const now = (await varsFile(model, path)) ?? new Map<string, AnsibleValue>()
  const before = model.before === undefined ? undefined : await varsFile(model.before, path)
  if (before === undefined) return new Set(now.keys())
  return new Set([...now].filter(([k, v]) => JSON.stringify(before.get(k)?.value) !== JSON.stringify(v.value)).map(([k]) => k))
}
