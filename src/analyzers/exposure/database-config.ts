/**
 * Database configuration files that open the server to the network without authentication: `mongod.conf` (bindIp on
 * all interfaces with authorization off), `redis.conf` (`protected-mode no` without `requirepass`),
 * `elasticsearch.yml`/`opensearch.yml` (a non-local `network.host` with security off) and `pg_hba.conf` (`trust`
 * from a non-local address). Ansible/Jinja templates of them (`.j2`) are read too.
 */
import { isMap } from 'yaml'
import type { Analyzer, AnalyzerContext, Detection, SourceText } from '../analyzer.js'
import { notDeployedReason, wholeWhenMine } from './context.js'
import { classifyCidr, classifyHostIp } from './network.js'
import { parseYamlFile, yamlProblem } from '../yaml-source.js'
import { cutTrailingComment } from '../line-comments.js'

const TEMPLATE = /\.(j2|jinja2?|tmpl|tpl|erb|template)$/i
const KINDS: { kind: Kind; name: RegExp }[] = [
  { kind: 'mongod', name: /^mongod(b)?([._-][^/]*)?\.conf$/i },
  { kind: 'redis', name: /^(redis|valkey|keydb)([._-][^/]*)?\.conf$/i },
  { kind: 'search', name: /^(elasticsearch|opensearch)\.ya?ml$/i },
  { kind: 'pg_hba', name: /^pg_hba([._-][^/]*)?\.conf$/i }
]
type Kind = 'mongod' | 'redis' | 'search' | 'pg_hba'

const RULE = 'public-exposure/database-config-open'

function kindOf(path: string): Kind | undefined {
  const base = (path.split('/').pop() ?? '').replace(TEMPLATE, '')
  return KINDS.find((k) => k.name.test(base))?.kind
}

export const databaseConfigAnalyzer: Analyzer = {
  analyzeChunks: (path, chunks, ctx) => wholeWhenMine(databaseConfigAnalyzer.analyze)(path, chunks, ctx),
  name: 'database-config',
  claims: (path) => kindOf(path) !== undefined,
  analyze(file: SourceText, ctx: AnalyzerContext): Detection[] {
    const kind = kindOf(file.path)!
    const lines = file.text.split('\n')
    const out =
      kind === 'mongod' ? mongod(lines) : kind === 'redis' ? redis(lines) : kind === 'search' ? search(file, lines) : pgHba(lines)
    const reason = notDeployedReason(file.path, ctx)
    return reason === undefined ? out : out.map((d) => ({ ...d, severity: 'warn', message: `${d.message} (Lowered to a warning: ${reason}.)` }))
  }
}

interface Setting {
  value: string
  line: number
}

/** The last occurrence of a `key: value` or `key = value` line (YAML, flat or nested one level, or the old INI format). */
function findSetting(lines: string[], pattern: RegExp): Setting | undefined {
  let found: Setting | undefined
  lines.forEach((raw, i) => {
    const line = cutTrailingComment(raw)
    const m = pattern.exec(line)
    if (m) found = { value: m[1]!.trim().replace(/^["']|["']$/g, ''), line: i + 1 }
  })
  return found
}

function evidence(lines: string[], line: number): string {
  return (lines[line - 1] ?? '').trim()
}

function mongod(lines: string[]): Detection[] {
  const bindAll = findSetting(lines, /^\s*(?:bindIpAll|bind_ip_all)\s*[:=]\s*(\S+)/)
  const bindIp = findSetting(lines, /^\s*(?:bindIp|bind_ip)\s*[:=]\s*(.+)$/)
  const authorization = findSetting(lines, /^\s*authorization\s*:\s*(\S+)/)
  const keyFile = findSetting(lines, /^\s*(?:keyFile|keyfile)\s*[:=]\s*(\S+)/)
  const iniAuth = findSetting(lines, /^\s*auth\s*=\s*(\S+)/)
  const noAuth = findSetting(lines, /^\s*noauth\s*=\s*(\S+)/)
  const open = bindAll !== undefined && /^true$/i.test(bindAll.value) ? bindAll : bindIp !== undefined && exposedList(bindIp.value) ? bindIp : undefined
  if (open === undefined) return []
  const authOn =
    (authorization !== undefined && /^enabled$/i.test(authorization.value)) ||
    keyFile !== undefined ||
    (iniAuth !== undefined && /^true$/i.test(iniAuth.value) && !(noAuth !== undefined && /^true$/i.test(noAuth.value)))
  if (authOn) return []
  const why = authorization !== undefined ? `\`authorization: ${authorization.value}\`` : 'no `security.authorization: enabled` (MongoDB does not ask for credentials by default)'
  return [
    {
      ruleId: RULE,
      line: open.line,
      message: `MongoDB listens on ${open.value === 'true' ? 'all interfaces (`bindIpAll: true`)' : `\`${open.value}\``} with ${why}: anyone who reaches the port can read and drop every database.`,
      evidence: evidence(lines, open.line),
      identity: 'mongod:bind-without-auth'
    }
  ]
}

function exposedList(value: string): boolean {
  return value
    .split(',')
    .map((v) => v.trim())
    .filter((v) => v !== '')
    .some((v) => {
      if (v.includes('{{') || v.includes('${')) return true
      const binding = classifyHostIp(v)
      return binding.kind === 'all' || binding.kind === 'public' || (binding.kind === 'unknown' && !/^localhost$/i.test(v) && !/^[a-z0-9.-]+$/i.test(v))
    })
}

function redis(lines: string[]): Detection[] {
  const protectedMode = findSetting(lines, /^\s*protected-mode\s+(\S+)/)
  if (protectedMode === undefined || !/^no$/i.test(protectedMode.value)) return []
  const password = findSetting(lines, /^\s*(?:requirepass|aclfile)\s+(\S+)/) ?? findSetting(lines, /^\s*user\s+\S+\s+.*\bon\b.*(\s[>#]\S+)/)
  if (password !== undefined) return []
  const bind = findSetting(lines, /^\s*bind\s+(.+)$/)
  // Without `bind` Redis listens on every interface; with only loopback addresses it does not.
  if (bind !== undefined && !bind.value.split(/\s+/).some((a) => a.replace(/^-/, '') !== '' && exposedList(a.replace(/^-/, '')))) return []
  return [
    {
      ruleId: RULE,
      line: protectedMode.line,
      message: `Redis has \`protected-mode no\` and no \`requirepass\` or ACL, and listens on ${bind ? `\`${bind.value}\`` : 'every interface (no `bind`)'}: anyone who reaches port 6379 can read, overwrite and wipe it (and often get code execution through CONFIG SET).`,
      evidence: evidence(lines, protectedMode.line),
      identity: 'redis:protected-mode-no-password'
    }
  ]
}

function search(file: SourceText, lines: string[]): Detection[] {
  let settings: Map<string, { value: string; line: number }>
  if (TEMPLATE.test(file.path)) settings = flatLines(lines)
  else {
    const yaml = parseYamlFile(file.text)
    const problem = yamlProblem(file.path, yaml)
    if (problem !== undefined) return [problem]
    settings = flatLines(lines)
    if (!isMap(yaml.documents[0]?.contents) && yaml.documents[0]?.contents != null) return []
  }
  const host = settings.get('network.host') ?? settings.get('http.host') ?? settings.get('network.bind_host')
  if (host === undefined || !exposedSearchHost(host.value)) return []
  const off =
    (settings.get('xpack.security.enabled')?.value.toLowerCase() === 'false' && settings.get('xpack.security.enabled')) ||
    (settings.get('plugins.security.disabled')?.value.toLowerCase() === 'true' && settings.get('plugins.security.disabled')) ||
    undefined
  if (!off) {
    if (settings.has('xpack.security.enabled') || settings.has('plugins.security.ssl.http.enabled') || /opensearch/i.test(file.path)) return []
    return [
      {
        ruleId: RULE,
        line: host.line,
        message: `The search engine listens on \`${host.value}\` and this file does not set \`xpack.security.enabled\`: Elasticsearch before 8.0 runs without authentication by default.`,
        evidence: evidence(lines, host.line),
        identity: 'search:network-host-security-unset',
        severity: 'warn'
      }
    ]
  }
  return [
    {
      ruleId: RULE,
      line: off.line,
      message: `The search engine listens on \`${host.value}\` with security turned off (\`${evidence(lines, off.line)}\`): anyone who reaches port 9200 can read and delete every index.`,
      evidence: evidence(lines, off.line),
      identity: 'search:network-host-security-off'
    }
  ]
}

function exposedSearchHost(value: string): boolean {
  const values = value.replace(/^\[|\]$/g, '').split(',').map((v) => v.trim().replace(/^["']|["']$/g, ''))
  return values.some((v) => /^_(site|global|[a-z0-9]+(:ipv[46])?)_$/i.test(v) ? !/^_local(:ipv[46])?_$/i.test(v) : exposedList(v))
}

/** `a.b.c: v` from flat or nested YAML (two-space indentation), good enough for these small files. */
function flatLines(lines: string[]): Map<string, { value: string; line: number }> {
  const out = new Map<string, { value: string; line: number }>()
  const stack: { indent: number; key: string }[] = []
  lines.forEach((raw, i) => {
    const line = cutTrailingComment(raw)
    const m = /^(\s*)([A-Za-z0-9_.-]+)\s*:\s*(.*)$/.exec(line)
    if (!m) return
    const indent = m[1]!.length
    while (stack.length > 0 && stack[stack.length - 1]!.indent >= indent) stack.pop()
    const key = [...stack.map((s) => s.key), m[2]!].join('.')
    if (m[3]!.trim() === '') stack.push({ indent, key: m[2]! })
    else out.set(key, { value: m[3]!.trim().replace(/^["']|["']$/g, ''), line: i + 1 })
  })
  return out
}

function pgHba(lines: string[]): Detection[] {
  const out: Detection[] = []
  lines.forEach((raw, i) => {
    const line = raw.replace(/#.*$/, '').trim()
    if (line === '') return
    const fields = line.split(/\s+/)
    const type = fields[0]!
    if (!/^host(ssl|nossl|gssenc|nogssenc)?$/.test(type)) return
    let address = fields[3]
    let method = fields[4]
    // `host db user 0.0.0.0 0.0.0.0 trust`: an address followed by a netmask.
    if (fields[4] !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(fields[4]) && address !== undefined && /^\d+\.\d+\.\d+\.\d+$/.test(address)) {
      address = `${address}/${maskBits(fields[4])}`
      method = fields[5]
    }
    if (method !== 'trust' || address === undefined) return
    let severity: 'block' | 'warn' | undefined
    let where = `\`${address}\``
    if (address === 'all' || address === '*') {
      severity = 'block'
      where = 'any address (`all`)'
    } else if (address === 'samehost' || address === 'localhost') return
    else if (address === 'samenet') severity = 'warn'
    else {
      const cidr = classifyCidr(address)
      if (cidr === undefined) severity = 'warn'
      else if (cidr.openToInternet) severity = 'block'
      else {
        const host = classifyHostIp(address.split('/')[0])
        if (host.kind === 'loopback') return
        severity = host.kind === 'public' && Number(address.split('/')[1] ?? 32) <= 16 ? 'block' : 'warn'
      }
    }
    out.push({
      ruleId: RULE,
      line: i + 1,
      message: `pg_hba.conf lets connections from ${where} in with \`trust\`: no password is asked, for ${fields[2] === 'all' ? 'every user' : `user \`${fields[2]}\``} on ${fields[1] === 'all' ? 'every database' : `database \`${fields[1]}\``}.`,
      evidence: raw.trim(),
      identity: `pg_hba:${fields.slice(0, 4).join(' ')}`,
      ...(severity === 'warn' ? { severity } : {})
    })
  })
  return out
}

function maskBits(mask: string): number {
  return mask.split('.').reduce((bits, part) => bits + (Number(part) >>> 0).toString(2).replace(/0/g, '').length, 0)
}
