/**
 * Ansible roles as a play runs them: a task in `roles/<role>/tasks/` and the templates the role installs from
 * `roles/<role>/templates/`. A container task that starts a database with `--config /etc/mongod.conf` is judged
 * with the role's `mongod.conf.j2`: the template a `template:` task writes to that path (or to the host path mounted
 * there), else the role's template of that file name.
 */
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
  return role === undefined ? [] : (await roleFiles(model, role)).tasks
}
