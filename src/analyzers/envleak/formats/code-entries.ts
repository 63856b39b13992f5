/**
 * Entries of configuration written as code: Rails `config/environments/*.rb`, Django `settings/*.py`, Phoenix
 * `config/*.exs`, Angular `environment.prod.ts`, node-config `config/*.js`, Terraform `*.tf`/`*.tfvars`, .NET
 * `Web.*.config`. Not a parser: assignments and `key: value` pairs per line, with the enclosing name (a Python dict,
 * an Elixir `config :app, Repo`, a Terraform block) as the key path's head, which is what the rules need.
 */
import type { ConfigEntry } from '../entries.js'
import { unquote } from '../entries.js'
import type { Environment } from '../environment.js'
import { envOfName, narrowEnv, type SectionNames } from '../sections.js'

const COMMENT_LINE = /^\s*(?:#|\/\/|--|\*|\/\*|<!--)/
// `NAME = value`, `config.x.y = value`, `export const NAME = value`, `NAME := value`
const ASSIGNMENT = /^\s*(?:export\s+)?(?:const\s+|let\s+|var\s+|val\s+)?([A-Za-z_$][\w$]*(?:\.[A-Za-z_$][\w$]*)*)\s*(?::[^=]*)?(?:=|:=)(?!=)(.+)$/
// `key: "value"`, `'KEY': 'value'`, `key => "value"`, `key = "value"` inside a literal
const QUOTED_PAIR = /(?<![\w$.-])["']?([A-Za-z_][\w-]*)["']?\s*(?::|=>|=)(?!=)\s*(["'`])((?:\\.|(?!\2).)*)\2/g
// `key: true`, `debug=True`, `level: :debug`, `port: 5432`
const BARE_PAIR = /(?<![\w$.-])["']?([A-Za-z_][\w-]*)["']?\s*(?::|=>|=)(?!=)\s*(true|false|True|False|nil|None|null|:[a-z_]+|-?\d+(?:\.\d+)?)(?![\w.])/g
// Elixir `config :app, Module,` opens a context; Terraform/HCL `resource "t" "n" {`, `provider {`
const ELIXIR_CONFIG = /^\s*config\s+:(\w+)\s*(?:,\s*([\w.]+))?/
const BLOCK_OPEN = /^\s*([A-Za-z_][\w-]*)((?:\s+"[^"]*")*)\s*\{\s*$/
// .NET `<add key="X" value="Y" />`, `<add name="X" connectionString="..." />`
const XML_ADD = /<add\s+(?:key|name)="([^"]+)"\s+(?:value|connectionString)="([^"]*)"/g

export function codeEntries(
  text: string,
  fileEnv: Environment,
  language: 'ruby' | 'python' | 'elixir' | 'script' | 'hcl' | 'xml',
  names?: SectionNames
): ConfigEntry[] {
  const out: ConfigEntry[] = []
  const blocks: string[] = []
  let context: string[] = []
  // Flask-style `class ProductionConfig(Config):` bodies are a production section of a config.py.
  let classEnv: Environment | undefined
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    const n = i + 1
    if (language === 'python' && /^\S/.test(line)) {
      const cls = /^class\s+(\w+)/.exec(line)
      classEnv = cls && names ? envOfName(cls[1]!.replace(/([a-z])([A-Z])/g, '$1 $2'), names) : undefined
      if (cls) context = [cls[1]!]
    }
    const env = classEnv !== undefined && /^\s/.test(line) ? narrowEnv(fileEnv, classEnv) : fileEnv
    if (COMMENT_LINE.test(line)) return
    if (language === 'xml') {
      for (const m of line.matchAll(XML_ADD)) out.push({ path: [m[1]!], value: m[2]!, line: n, env })
      return
    }
    if (language === 'hcl') {
      const open = BLOCK_OPEN.exec(line)
      if (open) {
        blocks.push([open[1]!, ...[...open[2]!.matchAll(/"([^"]*)"/g)].map((l) => l[1]!)].join('.'))
        return
      }
    }
    if (language === 'elixir') {
      const config = ELIXIR_CONFIG.exec(line)
      if (config) context = [config[1]!, ...(config[2] ? [config[2]] : [])]
    }
    // Top-level Python/JS assignments start fresh; indented lines belong to the literal above them.
    const topLevel = (language === 'python' || language === 'script') && !/^\s/.test(line)
    const head = language === 'hcl' ? blocks : topLevel ? [] : context
    const assignment = ASSIGNMENT.exec(line)
    let rest = line
    let pairHead = head
    if (assignment) {
      const name = assignment[1]!.split('.')
      // The value trimmed by hand: a lazy `(.+?)\s*[;,]?\s*$` is quadratic on a line of spaces.
      const value = trimStatementEnd(assignment[2]!)
      if (/^(?:["'`]).*(?:["'`])$/.test(value) || /^(?:true|false|True|False|nil|None|null|:[a-z_]+|-?\d+(?:\.\d+)?|\[.*\])$/.test(value)) {
        out.push({ path: [...head, ...name], value: unquote(value), line: n, env })
      }
      // A top-level Python/JS name opens a context for the pairs of its literal (DATABASES = {...}).
      if (topLevel) context = name
      if (language === 'hcl' && /\{\s*$/.test(value)) blocks.push(name.join('.'))
      rest = value
      pairHead = [...head, ...name]
    }
    if (language === 'hcl' && /^\s*\}/.test(line) && !/\{/.test(line)) blocks.pop()
    for (const m of rest.matchAll(QUOTED_PAIR)) out.push({ path: [...pairHead, m[1]!], value: m[3]!, line: n, env })
    for (const m of rest.matchAll(BARE_PAIR)) out.push({ path: [...pairHead, m[1]!], value: m[2]!, line: n, env })
    // app.run(debug=True) and friends: the call's receiver is part of the key
    if (language === 'python') {
      const call = /(?<![\w.])([A-Za-z_][\w.]*)\(([^()]*)\)/.exec(line)
      if (call) for (const m of call[2]!.matchAll(BARE_PAIR)) out.push({ path: [...call[1]!.split('.'), m[1]!], value: m[2]!, line: n, env })
    }
  })
  return dedupe(out)
}

function trimStatementEnd(raw: string): string {
  let value = raw.trim()
  if (value.endsWith(';') || value.endsWith(',')) value = value.slice(0, -1).trimEnd()
  return value
}

/** The same key and value on the same line found by two readers is one entry. */
function dedupe(entries: ConfigEntry[]): ConfigEntry[] {
  const seen = new Set<string>()
  return entries.filter((e) => {
    const k = `${e.line}\0${e.path.join('.')}\0${e.value}`
    if (seen.has(k)) return false
    seen.add(k)
    return true
  })
}
