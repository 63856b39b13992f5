/**
 * Hosts and resource names in configuration values, and what kind of place they point at: loopback, a reserved name,
 * a tunnel or preview deploy, a vendor sandbox, or a host/database/bucket named for a non-production environment.
 */
import type { EnvLeakKnowledge } from './knowledge.js'

export interface HostRef {
  host: string
  /** Where the host came from: a URL, a JDBC/ADO connection string, a bare host value, an e-mail address. */
  via: 'url' | 'bare' | 'email'
  /** The URL's path, when it names a database or bucket (`/myapp_staging`). */
  resource?: string
  scheme?: string
}

const URL = /\b([a-z][a-z0-9+.-]{1,30}):\/\/(?:[^\s/@"'<>]*@)?(\[[0-9a-f:.]+\]|[^\s/:?#@"'<>,;)\]]+)(?::\d+)?(\/[^\s?#"'<>;,)]*)?/gi
const JDBC = /\bjdbc:([a-z0-9]+):(?:thin:@\/?\/?|\/\/)([^\s/:;?"'<>]+)(?::\d+)?(?:[/:;]([^\s?;"'<>]*))?/gi
const ADO = /(?:^|;)\s*(?:server|data source|host|address|addr)\s*=\s*(?:tcp:)?([^;,\s\\]+)/gi
// Starts only where a run of address characters starts: from every position of a long run it was quadratic.
const EMAIL = /(?<![A-Za-z0-9._%+-])[A-Za-z0-9._%+-]+@([A-Za-z0-9.-]+\.[A-Za-z]{2,})/g
const BARE_HOST = /^(\[[0-9a-f:.]+\]|[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?(?:\.[A-Za-z0-9](?:[A-Za-z0-9_-]*[A-Za-z0-9])?)*)(?::\d{1,5})?$/
const IPV4 = /^\d{1,3}(?:\.\d{1,3}){3}$/

/** Every host a value points at. Bare values are hosts only where the key says so (`DB_HOST`, `redis.host`). */
export function hostsIn(value: string, bareIsHost: boolean): HostRef[] {
  const out: HostRef[] = []
  if (value.includes('://')) {
    for (const m of value.matchAll(URL)) {
      const path = m[3]?.slice(1).split('/')[0]
      out.push({ host: m[2]!.toLowerCase(), via: 'url', scheme: m[1]!.toLowerCase(), ...(path ? { resource: path } : {}) })
    }
  }
  if (/jdbc:/i.test(value)) {
    for (const m of value.matchAll(JDBC)) {
      if (out.some((h) => h.host === m[2]!.toLowerCase())) continue
      out.push({ host: m[2]!.toLowerCase(), via: 'url', scheme: m[1]!.toLowerCase(), ...(m[3] ? { resource: m[3] } : {}) })
    }
  }
  if (/(?:server|data source|host|address|addr)\s*=/i.test(value) && value.includes(';')) {
    for (const m of value.matchAll(ADO)) out.push({ host: m[1]!.toLowerCase(), via: 'url' })
  }
  if (value.includes('@') && !value.includes('://')) {
    for (const m of value.matchAll(EMAIL)) out.push({ host: m[1]!.toLowerCase(), via: 'email' })
  }
  if (out.length === 0 && bareIsHost) {
    for (const part of value.split(/[\s,]+/)) {
      const m = BARE_HOST.exec(part.replace(/^["'[(]+|["'\])]+$/g, ''))
      if (m && (/[A-Za-z]/.test(m[1]!) || IPV4.test(m[1]!))) out.push({ host: m[1]!.toLowerCase(), via: 'bare' })
    }
  }
  return out
}

export type HostKind =
  | { kind: 'loopback' }
  | { kind: 'reserved' }
  | { kind: 'tunnel' }
  | { kind: 'preview' }
  | { kind: 'sandbox'; vendor: string }
  | { kind: 'environment'; word: string }

/** What kind of non-production place a host is, or undefined for an ordinary host. */
export function classifyHost(host: string, k: EnvLeakKnowledge): HostKind | undefined {
  const h = host.replace(/^\[|\]$/g, '').replace(/\.$/, '')
  if (k.hosts.loopbackHosts.has(h) || k.hosts.loopbackSuffixes.some((s) => h.endsWith(s))) return { kind: 'loopback' }
  // Not 0.0.0.0 or `::`: they are the any-address of a bind or a firewall rule, normal in production.
  if (/^127\.\d+\.\d+\.\d+$/.test(h) || h === '::1' || h === '0:0:0:0:0:0:0:1') return { kind: 'loopback' }
  if (IPV4.test(h) || h.includes(':')) return undefined
  for (const s of k.sandbox.hosts) {
    if (s.host.startsWith('.') ? h.endsWith(s.host) : h === s.host) return { kind: 'sandbox', vendor: s.vendor }
  }
  for (const p of k.sandbox.patterns) if (p.regex.test(h)) return { kind: 'sandbox', vendor: p.vendor }
  const production = k.hosts.productionSuffixes.some((s) => (s.startsWith('.') ? h.endsWith(s) : h === s))
  if (!production && (k.hosts.reservedHosts.has(h) || k.hosts.reservedSuffixes.some((s) => h.endsWith(s)))) return { kind: 'reserved' }
  if (k.hosts.tunnelSuffixes.some((s) => h.endsWith(s))) return { kind: 'tunnel' }
  if (k.hosts.previewPatterns.some((p) => p.test(h))) return { kind: 'preview' }
  // Environment words as whole tokens of the labels, never the top-level domain (`.dev` is a real public TLD).
  const labels = h.split('.')
  const named = labels.length > 1 ? labels.slice(0, -1) : labels
  for (const label of named) {
    const word = environmentWordIn(label, k)
    if (word !== undefined) return { kind: 'environment', word }
  }
  return undefined
}

/** The first environment word that is a whole token of a name (`db-dev-01`, `myapp_staging`, `acmeStaging`). */
export function environmentWordIn(name: string, k: EnvLeakKnowledge): string | undefined {
  const tokens = name
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
  return tokens.find((t) => k.hosts.environmentWords.has(t))
}

/** A production-looking host: a `prod`/`production`/`prd` token in its labels (for the reverse leak). */
export function isProductionHost(host: string, productionTokens: ReadonlySet<string>): boolean {
  const labels = host.split('.')
  if (labels.length < 2) return false
  return labels.slice(0, -1).some((label) =>
    label
      .toLowerCase()
      .split(/[^a-z0-9]+|(?<=[a-z])(?=\d)|(?<=\d)(?=[a-z])/)
      .some((t) => productionTokens.has(t))
  )
}
