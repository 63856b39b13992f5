/**
 * Which container images are databases, the ports they listen on, and whether a container's environment and command
 * line leave them without authentication. The facts live in rules/public-exposure/databases.yml; this is the reader.
 */
import semver from 'semver'
import type { Knowledge } from '../../knowledge/knowledge.js'

interface SignalEntry {
  env?: string
  envAll?: string[]
  arg?: string
  value?: string
}

interface AuthEntry {
  default: 'on' | 'off' | boolean
  offBefore?: string
  enabledBy?: SignalEntry[]
  disabledBy?: SignalEntry[]
  configArgs?: string[]
  /** Patterns (multiline regexes) that, in the configuration file those arguments load, turn authentication on. */
  configAuth?: string[]
}

interface VariantEntry {
  images: string[]
  auth: AuthEntry
}

interface EngineEntry {
  id: string
  name: string
  ports: number[]
  variants: VariantEntry[]
}

interface PortEntry {
  port: number
  name: string
  guess?: boolean
}

export interface DatabaseImage {
  engine: EngineEntry
  variant: VariantEntry
  /** The image as written, for messages. */
  image: string
  tag: string | undefined
}

/** Whether the database asks for credentials: `unknown` when a config file or env file we cannot see decides. */
export type AuthVerdict = { state: 'on' | 'off' | 'unknown'; why: string; /** Turned off on purpose (a no-auth switch), not by default. */ explicit?: boolean }

/** A container's settings as the file gives them. */
export interface ContainerSettings {
  /** `undefined` value: the variable is passed through from the host environment (set, value unknown). */
  env: Map<string, string | undefined>
  /** Command and entrypoint arguments, tokenized. */
  args: string[]
  /** The container reads variables from a file prodguard does not see (`env_file`, `--env-file`, `envFrom`). */
  envFromFile?: string
  /** The configuration file the arguments load, when the project holds it (the template an Ansible role installs). */
  configFile?: { path: string; text: string }
}

export class DatabaseCatalog {
  private readonly engines: EngineEntry[]
  private readonly ports: Map<number, PortEntry>

  constructor(knowledge: Knowledge) {
    this.engines = knowledge.load<{ engines: EngineEntry[] }>('public-exposure/databases.yml').engines
    this.ports = new Map(knowledge.load<{ ports: PortEntry[] }>('public-exposure/ports.yml').ports.map((p) => [p.port, p]))
  }

  /** The database an image reference names, if any (`mongo:4.0`, `docker.io/bitnami/redis:7.2`, `${IMAGE:-postgres:16}`). */
  identify(reference: string): DatabaseImage | undefined {
    const parsed = parseImage(reference)
    if (parsed === undefined) return undefined
    for (const engine of this.engines) {
      for (const variant of engine.variants) {
        if (variant.images.some((pattern) => imageMatches(pattern, parsed.repository, parsed.full))) {
          return { engine, variant, image: reference, tag: parsed.tag }
        }
      }
    }
    return undefined
  }

  /** The database port's name for firewall rules (`5432` -> PostgreSQL). */
  portName(port: number): string | undefined {
    return this.ports.get(port)?.name
  }

  /** Database ports in a range (inclusive), for firewall rules. */
  portsIn(from: number, to: number): PortEntry[] {
    if (from <= 0 && to >= 65535) return [...this.ports.values()]
    return [...this.ports.values()].filter((p) => p.port >= from && p.port <= to)
  }

  /** For a container whose image is unknown: the database its published port suggests, when the port is specific enough. */
  guessByPort(port: number): PortEntry | undefined {
    const entry = this.ports.get(port)
    return entry && entry.guess !== false ? entry : undefined
  }

  /** Chart/subchart or service names that say which engine a Helm values block configures (`mongodb:`, `redis:`). */
  engineByName(name: string): EngineEntry | undefined {
    const n = name.toLowerCase()
    return this.engines.find((e) => e.id === n || e.variants.some((v) => v.images.some((i) => i.replace(/^\*\//, '') === n)))
  }

  authOf(db: DatabaseImage, settings: ContainerSettings): AuthVerdict {
    return evaluateAuth(db.variant.auth, db.tag, settings)
  }
}

function evaluateAuth(auth: AuthEntry, tag: string | undefined, settings: ContainerSettings): AuthVerdict {
  for (const signal of auth.disabledBy ?? []) {
    const hit = matchSignal(signal, settings)
    if (hit) return { state: 'off', why: hit, explicit: true }
  }
  let state: 'on' | 'off' = auth.default === true || auth.default === 'on' ? 'on' : 'off'
  let why = state === 'off' ? 'the image starts without authentication unless told otherwise' : 'the image requires credentials'
  if (state === 'on' && auth.offBefore !== undefined && tag !== undefined && versionBefore(tag, auth.offBefore)) {
    state = 'off'
    why = `images older than ${auth.offBefore} (this one is ${tag}) start without authentication`
  }
  if (state === 'on') return { state, why }
  for (const signal of auth.enabledBy ?? []) {
    const hit = matchSignal(signal, settings)
    if (hit) return { state: 'on', why: hit }
  }
  if (settings.envFromFile !== undefined) return { state: 'unknown', why: `credentials may come from ${settings.envFromFile}, which is not in this file` }
  // `--config /etc/mongod.conf`, `redis-server /usr/local/etc/redis/redis.conf`: a file argument, not a flag.
  const configArg = (auth.configArgs ?? []).find((a) =>
    settings.args.some((arg, i) => arg.startsWith(`${a}=`) || (arg === a && settings.args[i + 1] !== undefined && !settings.args[i + 1]!.startsWith('-')))
  )
  if (configArg !== undefined && settings.configFile !== undefined && auth.configAuth !== undefined) {
    const { path, text } = settings.configFile
    const on = auth.configAuth.find((pattern) => new RegExp(pattern, 'im').test(text))
    if (on !== undefined) return { state: 'on', why: `its configuration file ${path} turns authentication on` }
    return { state: 'off', why: `its configuration file (\`${configArg}\`, installed from ${path}) does not turn authentication on`, explicit: true }
  }
  if (configArg !== undefined) return { state: 'unknown', why: `it reads a configuration file (\`${configArg}\`) that is not in this file` }
  return { state: 'off', why }
}

function matchSignal(signal: SignalEntry, settings: ContainerSettings): string | undefined {
  if (signal.envAll !== undefined) {
    const names = signal.envAll.map((pattern) => findEnv(pattern, settings.env))
    return names.every((n) => n !== undefined && isSet(settings.env.get(n))) ? `${names.join(' and ')} are set` : undefined
  }
  if (signal.env !== undefined) {
    const name = findEnv(signal.env, settings.env)
    if (name === undefined) return undefined
    const value = settings.env.get(name)
    if (signal.value === undefined) return isSet(value) ? `${name} is set` : undefined
    return value !== undefined && anchored(signal.value).test(value.trim()) ? `${name}=${value}` : undefined
  }
  if (signal.arg !== undefined) {
    const flag = signal.arg
    for (let i = 0; i < settings.args.length; i++) {
      const arg = settings.args[i]!
      let value: string | undefined
      if (arg === flag) value = settings.args[i + 1]
      else if (arg.startsWith(`${flag}=`)) value = arg.slice(flag.length + 1)
      else continue
      if (signal.value === undefined) return `the command has \`${flag}\``
      if (value !== undefined && anchored(signal.value).test(value)) return `the command has \`${flag} ${value}\``
    }
  }
  return undefined
}

function findEnv(pattern: string, env: Map<string, string | undefined>): string | undefined {
  const re = anchored(pattern)
  for (const name of env.keys()) if (re.test(name)) return name
  return undefined
}

/** A passed-through variable (`- MONGO_INITDB_ROOT_PASSWORD` with no value) counts as set: the host gives it. */
function isSet(value: string | undefined): boolean {
  return value === undefined || value.trim() !== ''
}

function anchored(pattern: string): RegExp {
  return new RegExp(`^(?:${pattern})$`, 'i')
}

function versionBefore(tag: string, limit: string): boolean {
  const match = /^v?(\d+)(?:\.(\d+))?(?:\.(\d+))?/.exec(tag)
  if (!match) return false
  const version = `${match[1]}.${match[2] ?? 0}.${match[3] ?? 0}`
  const bound = semver.coerce(limit)
  return bound !== null && semver.valid(version) !== null && semver.lt(version, bound)
}

// ---------------------------------------------------------------------------------------------------------------

interface ParsedImage {
  /** Repository without registry host and without `library/`: `mongo`, `bitnami/redis`. */
  repository: string
  /** With the registry host, for patterns that name one. */
  full: string
  tag: string | undefined
}

/** Splits `registry:5000/ns/name:tag@sha256:...`; resolves `${VAR:-default}` to its default. */
export function parseImage(reference: string): ParsedImage | undefined {
  let ref = reference.trim().replace(/\$\{[A-Za-z_][A-Za-z0-9_]*(?::?[-=])([^}]*)\}/g, '$1')
  if (ref === '' || ref.includes('${') || ref.startsWith('$')) return undefined
  ref = ref.toLowerCase().replace(/^(?:docker|oci):\/\//, '')
  const at = ref.indexOf('@')
  if (at !== -1) ref = ref.slice(0, at)
  const parts = ref.split('/')
  let tag: string | undefined
  const last = parts[parts.length - 1]!
  const colon = last.indexOf(':')
  if (colon !== -1) {
    tag = last.slice(colon + 1)
    parts[parts.length - 1] = last.slice(0, colon)
  }
  const full = parts.join('/')
  if (parts.length > 1 && /[.:]|^localhost$/.test(parts[0]!)) parts.shift()
  if (parts[0] === 'library' && parts.length > 1) parts.shift()
  // Mirrors that keep Docker Hub's layout under a prefix: `public.ecr.aws/docker/library/mongo`, `mirror.gcr.io/library/redis`.
  if (parts[0] === 'docker' && parts[1] === 'library') parts.splice(0, 2)
  return { repository: parts.join('/'), full, tag }
}

function imageMatches(pattern: string, repository: string, full: string): boolean {
  if (pattern.startsWith('*/')) {
    const name = pattern.slice(2)
    return repository.endsWith(`/${name}`)
  }
  return repository === pattern || full === pattern
}
