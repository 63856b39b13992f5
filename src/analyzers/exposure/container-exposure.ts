/**
 * One verdict for a container, whatever file described it (a compose service, an Ansible task, `docker run`, a
 * Terraform `docker_container`, a Kubernetes pod): is it a database, is it reachable from outside the host, and does
 * it ask for a password. The file readers build a `ContainerSpec`; this turns it into detections.
 */
import type { Detection } from '../analyzer.js'
import type { Severity } from '../../findings/finding.js'
import { type AuthVerdict, type ContainerSettings, type DatabaseCatalog, type DatabaseImage } from './databases.js'
import { classifyHostIp } from './network.js'
import type { PortSpec } from './published-ports.js'

export interface Located {
  line: number
  column?: number
  /** The snippet shown as evidence. */
  evidence: string
}

export interface PublishedPort extends Located {
  spec: PortSpec
}

export interface ContainerSpec extends Located {
  /** Service, task or container name: the finding's identity. */
  name: string
  /** What kind of thing this is, for messages: `compose service`, `docker run`, ... */
  kind: string
  image: string | undefined
  ports: PublishedPort[]
  /** `-P` / `publish_all_ports`: every exposed port on a random host port, on all interfaces. */
  publishAll?: Located
  hostNetwork?: Located & { how: string }
  settings: ContainerSettings
}

export interface ExposureContext {
  catalog: DatabaseCatalog
  /** Why the file is not deployed (a test fixture), when it is not: findings are capped at `warn`. */
  notDeployed?: string
}

interface Database {
  label: string
  engine: string
  auth: AuthVerdict
  identified?: DatabaseImage
}

export function containerDetections(spec: ContainerSpec, ctx: ExposureContext): Detection[] {
  const out: Detection[] = []
  const db = databaseOf(spec, ctx)
  let exposed = false
  let keptLocal = false

  for (const port of spec.ports) {
    const target = db ?? guessedDatabase(port, spec, ctx)
    if (target === undefined) continue
    const binding = port.spec.hostIpVariable !== undefined
      ? { kind: 'unknown' as const, reason: `the host IP comes from \`${port.spec.hostIpVariable}\`, which has no default here` }
      : classifyHostIp(port.spec.hostIp)
    if (binding.kind === 'loopback' || binding.kind === 'private') {
      keptLocal = true
      continue
    }
    exposed = true
    const where =
      binding.kind === 'all'
        ? 'published on all interfaces'
        : binding.kind === 'public'
          ? `published on the public address ${binding.address}`
          : `published on an address prodguard cannot tell (${binding.reason}), so it is treated as public`
    const ports = port.spec.containerPorts ? formatPorts(port.spec.containerPorts) : 'a port set by a variable'
    out.push(
      finish(ctx, {
        ruleId: 'public-exposure/database-port-published',
        line: port.line,
        ...(port.column !== undefined ? { column: port.column } : {}),
        message: `${target.label} in ${spec.kind} \`${spec.name}\` is ${where} (container ${ports}) ${authClause(target.auth)}. Docker's published ports bypass host firewalls such as ufw and firewalld.`,
        evidence: port.evidence,
        severity: severityFor(target.auth),
        identity: `${spec.name}:${port.spec.containerPorts ? formatPorts(port.spec.containerPorts) : port.evidence}:${target.auth.state}`
      })
    )
  }

  if (spec.publishAll !== undefined && db !== undefined) {
    exposed = true
    out.push(
      finish(ctx, {
        ruleId: 'public-exposure/database-port-published',
        line: spec.publishAll.line,
        ...(spec.publishAll.column !== undefined ? { column: spec.publishAll.column } : {}),
        message: `${db.label} in ${spec.kind} \`${spec.name}\` publishes every exposed port on all interfaces (\`${spec.publishAll.evidence}\`) ${authClause(db.auth)}.`,
        evidence: spec.publishAll.evidence,
        severity: severityFor(db.auth),
        identity: `${spec.name}:publish-all:${db.auth.state}`
      })
    )
  }

  if (spec.hostNetwork !== undefined && db !== undefined) {
    exposed = true
    out.push(
      finish(ctx, {
        ruleId: 'public-exposure/database-host-network',
        line: spec.hostNetwork.line,
        ...(spec.hostNetwork.column !== undefined ? { column: spec.hostNetwork.column } : {}),
        message: `${db.label} in ${spec.kind} \`${spec.name}\` uses the host's network (${spec.hostNetwork.how}), so it listens on the host's interfaces and only the host firewall protects it; it ${authClause(db.auth).replace(/^and /, '')}.`,
        evidence: spec.hostNetwork.evidence,
        severity: severityFor(db.auth),
        identity: `${spec.name}:host-network:${db.auth.state}`
      })
    )
  }

  // Only a deliberate no-auth switch is worth a warning on its own: an unpublished or loopback-bound database
  // running on its image's defaults is the normal local setup.
  if (!exposed && !keptLocal && db?.identified !== undefined && db.auth.state === 'off' && db.auth.explicit === true) {
    out.push(
      finish(ctx, {
        ruleId: 'public-exposure/database-auth-disabled',
        line: spec.line,
        ...(spec.column !== undefined ? { column: spec.column } : {}),
        message: `${db.label} in ${spec.kind} \`${spec.name}\` runs without authentication (${db.auth.why}). It is not published here, but anything that can reach it can read and delete its data.`,
        evidence: spec.evidence,
        identity: `${spec.name}:${db.engine}`
      })
    )
  }
  return out
}

function databaseOf(spec: ContainerSpec, ctx: ExposureContext): Database | undefined {
  if (spec.image === undefined) return undefined
  const identified = ctx.catalog.identify(spec.image)
  if (identified === undefined) return undefined
  return {
    label: `${identified.engine.name} (\`${spec.image}\`)`,
    engine: identified.engine.id,
    auth: ctx.catalog.authOf(identified, spec.settings),
    identified
  }
}

/** An unknown image publishing a database's port: probably that database, with authentication unknown. */
function guessedDatabase(port: PublishedPort, spec: ContainerSpec, ctx: ExposureContext): Database | undefined {
  const range = port.spec.containerPorts
  if (range === undefined || range[1] - range[0] > 100) return undefined
  for (let p = range[0]; p <= range[1]; p++) {
    const entry = ctx.catalog.guessByPort(p)
    if (entry !== undefined) {
      const image = spec.image !== undefined ? ` (\`${spec.image}\`)` : ''
      return {
        label: `A container${image} on ${entry.name}'s port ${p}`,
        engine: entry.name,
        auth: { state: 'unknown', why: `prodguard does not know whether image ${spec.image ?? '(none)'} asks for credentials` }
      }
    }
  }
  return undefined
}

function authClause(auth: AuthVerdict): string {
  if (auth.state === 'off') return `and has no authentication (${auth.why}): anyone who can reach the host can read and delete its data`
  if (auth.state === 'unknown') return `and its authentication cannot be confirmed (${auth.why})`
  return `with authentication (${auth.why}), but it is still open to password guessing and to any unpatched flaw`
}

function severityFor(auth: AuthVerdict): Severity {
  return auth.state === 'off' ? 'block' : 'warn'
}

function finish(ctx: ExposureContext, detection: Detection): Detection {
  if (ctx.notDeployed === undefined) return detection
  return { ...detection, severity: 'warn', message: `${detection.message} (Lowered to a warning: ${ctx.notDeployed}.)` }
}

function formatPorts([from, to]: [number, number]): string {
  return from === to ? `port ${from}` : `ports ${from}-${to}`
}
