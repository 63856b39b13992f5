/**
 * Docker's port publishing syntax, shared by compose (`ports:` short form), `docker run -p`, Ansible's
 * `docker_container` and Swarm: `[HOST_IP:][HOST_PORT:]CONTAINER_PORT[-END][/PROTOCOL]`.
 */

export interface PortSpec {
  /** The host IP as written; undefined when the spec has none (all interfaces). */
  hostIp: string | undefined
  /** Set when the host IP comes from a variable without a default. */
  hostIpVariable?: string
  /** Container ports, inclusive; undefined when a variable without a default gives them. */
  containerPorts: [number, number] | undefined
  protocol: string
}

const VARIABLE = /\$\{([A-Za-z_][A-Za-z0-9_]*)(?:(:?[-=?+])([^}]*))?\}|\$([A-Za-z_][A-Za-z0-9_]*)/g
const UNRESOLVED = '\u0000'

/** Compose and shell variables: `${VAR:-default}` becomes its default; a variable without one is unresolved. */
export function substituteVariables(text: string): { text: string; unresolved: string[] } {
  const unresolved: string[] = []
  const out = text.replace(VARIABLE, (_, name: string | undefined, op: string | undefined, fallback: string | undefined, bare: string | undefined) => {
    if (name !== undefined && op !== undefined && (op === ':-' || op === '-' || op === ':=' || op === '=')) return fallback ?? ''
    unresolved.push(name ?? bare ?? '')
    return UNRESOLVED
  })
  return { text: out, unresolved }
}

export function parsePortSpec(raw: string): PortSpec | undefined {
  const { text, unresolved } = substituteVariables(raw.trim())
  let rest = text
  let protocol = 'tcp'
  const slash = rest.lastIndexOf('/')
  if (slash !== -1) {
    protocol = rest.slice(slash + 1).toLowerCase()
    rest = rest.slice(0, slash)
  }
  let hostIp: string | undefined
  if (rest.startsWith('[')) {
    const close = rest.indexOf(']')
    if (close === -1) return undefined
    hostIp = rest.slice(1, close)
    rest = rest.slice(close + 1).replace(/^:/, '')
  }
  let parts = rest.split(':')
  if (hostIp === undefined && parts.length > 3) {
    // An unbracketed IPv6 address: the last two parts are the ports.
    hostIp = parts.slice(0, -2).join(':')
    parts = parts.slice(-2)
  }
  if (parts.length === 3) hostIp = parts.shift()
  if (parts.length > 2 || parts.length === 0) return undefined
  const container = parts[parts.length - 1]!
  let hostIpVariable: string | undefined
  if (hostIp !== undefined && hostIp.includes(UNRESOLVED)) {
    hostIpVariable = unresolved[0] ?? 'a variable'
    hostIp = raw
  }
  return { hostIp, ...(hostIpVariable !== undefined ? { hostIpVariable } : {}), containerPorts: portRange(container), protocol }
}

/** `27017`, `27017-27019`; undefined for a variable or garbage. */
export function portRange(text: string): [number, number] | undefined {
  const m = /^\s*(\d{1,5})(?:\s*-\s*(\d{1,5}))?\s*$/.exec(text)
  if (!m) return undefined
  const from = Number(m[1])
  const to = m[2] !== undefined ? Number(m[2]) : from
  return from <= to && to <= 65535 ? [from, to] : undefined
}
