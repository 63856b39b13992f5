/**
 * Entries of line formats: dotenv, Java/Quarkus .properties, INI/TOML-like `[section]` files, Dockerfile `ENV`/`ARG`.
 * TOML is also parsed with smol-toml first (parseability is checked there); these readers give the lines.
 */
import type { ConfigEntry } from '../entries.js'
import { unquote } from '../entries.js'
import type { Environment } from '../environment.js'
import { sectionEnvOfKey, narrowEnv, type SectionNames } from '../sections.js'

/** `KEY=value`, `export KEY="value"`, comments and inline ` # comments` on unquoted values. */
export function dotenvEntries(text: string, env: Environment): ConfigEntry[] {
  const out: ConfigEntry[] = []
  text.split('\n').forEach((raw, i) => {
    // Greedy `(.*)` and a trim: a lazy value before `\s*$` is quadratic on a line of spaces.
    const m = /^\s*(?:export\s+)?([A-Za-z_][A-Za-z0-9_.-]*)\s*=(.*)$/.exec(raw.replace(/\r$/, ''))
    if (!m) return
    out.push({ path: [m[1]!], value: dotenvValue(m[2]!.trim()), line: i + 1, env })
  })
  return out
}

function dotenvValue(raw: string): string {
  const q = raw[0]
  if (q === '"' || q === "'" || q === '`') {
    const end = raw.indexOf(q, 1)
    return end === -1 ? raw.slice(1) : raw.slice(1, end)
  }
  return withoutComment(raw, '#')
}

/** The value before an inline comment (` # ...`, a comment marker after whitespace), in linear time. */
export function withoutComment(raw: string, markers: string): string {
  for (let i = 1; i < raw.length; i++) {
    if (markers.includes(raw.charAt(i)) && /\s/.test(raw.charAt(i - 1))) return raw.slice(0, i).trimEnd()
  }
  return raw
}

/** Does the line end with an odd number of backslashes (a continuation)? */
function continues(line: string): boolean {
  let n = 0
  for (let i = line.length - 1; i >= 0 && line.charAt(i) === '\\'; i--) n++
  return n % 2 === 1
}

/** `.properties`: `key=value`, `key: value`, `key value`, `\` continuations; `%prod.` keys are a production section. */
export function propertiesEntries(text: string, env: Environment, names: SectionNames): ConfigEntry[] {
  const out: ConfigEntry[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/\r$/, '')
    const start = i
    while (continues(line) && i + 1 < lines.length) line = line.slice(0, -1) + lines[++i]!.replace(/\r$/, '').trimStart()
    if (/^\s*(?:[#!]|$)/.test(line)) continue
    const m = /^\s*((?:\\.|[^\s:=\\])+)\s*(?:[:=]\s*|\s+)(.*)$/.exec(line)
    if (!m) continue
    const key = m[1]!.replace(/\\(.)/g, '$1')
    const profile = /^%([\w-]+)\./.exec(key)
    const entryEnv = profile ? narrowEnv(env, sectionEnvOfKey(profile[1]!, names)) : env
    out.push({ path: key.split('.'), value: m[2]!.trim(), line: start + 1, env: entryEnv })
  }
  return out
}

/** INI and TOML-like files: `[section]` or `[[array]]` headers, `key = value` / `key: value`; environment sections. */
export function sectionedEntries(text: string, env: Environment, names: SectionNames): ConfigEntry[] {
  const out: ConfigEntry[] = []
  let section: string[] = []
  let sectionEnv = env
  text.split('\n').forEach((raw, i) => {
    const line = raw.replace(/\r$/, '')
    const header = /^\s*\[\[?([^\]]+)\]\]?\s*(?:[#;].*)?$/.exec(line)
    if (header && header[1]!.trim() !== '') {
      section = header[1]!.trim().split('.').map((s) => unquote(s))
      // `[production]`, `[context.production]` (netlify.toml), `[prod.deploy]` (samconfig.toml)
      const named = section.map((s) => sectionEnvOfKey(s, names)).find((e) => e !== undefined)
      sectionEnv = narrowEnv(env, named)
      return
    }
    if (/^\s*(?:[#;]|$)/.test(line)) return
    const m = /^\s*("[^"]*"|'[^']*'|[A-Za-z0-9_.-]+)\s*[:=](.*)$/.exec(line)
    if (!m) return
    let value = m[2]!.trim()
    if (/^["']/.test(value)) {
      const end = value.indexOf(value.charAt(0), 1)
      value = end === -1 ? unquote(value) : unquote(value.slice(0, end + 1))
    } else value = withoutComment(value, '#;')
    out.push({ path: [...section, ...unquote(m[1]!).split('.')], value, line: i + 1, env: sectionEnv })
  })
  return out
}

/** Dockerfile `ENV KEY=value KEY2="v 2"`, legacy `ENV KEY value`, and `ARG KEY=default`. */
export function dockerfileEntries(text: string, env: Environment): ConfigEntry[] {
  const out: ConfigEntry[] = []
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!.replace(/\r$/, '')
    const start = i
    while (line.trimEnd().endsWith('\\') && i + 1 < lines.length) line = line.trimEnd().slice(0, -1) + ' ' + lines[++i]!.replace(/\r$/, '')
    const m = /^\s*(ENV|ARG)\s+(.*)$/i.exec(line)
    if (!m) continue
    const body = m[2]!
    if (!body.includes('=')) {
      const legacy = /^(\S+)\s+(.*)$/.exec(body)
      if (legacy) out.push({ path: [legacy[1]!], value: unquote(legacy[2]!), line: start + 1, env })
      continue
    }
    // A name starts where a word starts (from every position of a long word it was quadratic).
    for (const pair of body.matchAll(/(?<![A-Za-z0-9_])([A-Za-z_][A-Za-z0-9_]*)=("(?:[^"\\]|\\.)*"|'[^']*'|\S*)/g)) {
      out.push({ path: [pair[1]!], value: unquote(pair[2]!), line: start + 1, env })
    }
  }
  return out
}
