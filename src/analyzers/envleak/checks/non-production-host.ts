/**
 * env-leak/non-production-host, env-leak/sandbox-endpoint and env-leak/local-emulator: a production value pointing at
 * localhost, a reserved or tunnel name, a preview deploy, a host/database/bucket named for another environment, a
 * vendor's sandbox, or a local emulator.
 */
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { classifyHost, environmentWordIn, hostsIn } from '../hosts.js'
import { detection, shownKey, where, type CheckContext } from './check.js'

const DATA_SCHEMES = /^(?:postgres|postgresql|mysql|mariadb|mongodb|mongodb\+srv|redis|rediss|amqp|amqps|sqlserver|mssql|oracle|cassandra|s3|gs|mysqlx|clickhouse|nats|kafka)$/

export function nonProductionHost(entry: ConfigEntry, canonical: string, cx: CheckContext): Detection[] {
  const out: Detection[] = []
  // `<%= ENV.fetch("REDIS_URL") { "redis://localhost:6379/1" } %>`, `${DB_HOST:localhost}`: the value comes from the
  // environment; the host written there is the fallback of a developer's machine.
  if (cx.placeholders.isReference(entry.value)) return out
  const emulator = emulatorOf(entry, canonical, cx)
  if (emulator !== undefined) {
    out.push(
      detection('env-leak/local-emulator', entry, `${shownKey(entry)} in ${where(cx)} points at ${emulator}, which only exists on a developer machine or in CI.`, cx)
    )
    return out
  }
  const bareIsHost = cx.k.hosts.hostKeys.test(canonical)
  for (const ref of hostsIn(entry.value, bareIsHost)) {
    if (ref.via === 'email') continue
    const kind = classifyHost(ref.host, cx.k)
    if (kind?.kind === 'sandbox') {
      out.push(
        detection(
          'env-leak/sandbox-endpoint',
          entry,
          `${shownKey(entry)} in ${where(cx)} points at ${kind.vendor === 'a vendor' ? 'a vendor' : kind.vendor}'s sandbox (\`${ref.host}\`): nothing sent there reaches real customers, payments or devices.`,
          cx
        )
      )
      break
    }
    if (kind !== undefined) {
      out.push(detection('env-leak/non-production-host', entry, `${shownKey(entry)} in ${where(cx)} points at \`${ref.host}\`, ${describe(kind)}.`, cx))
      break
    }
    // The database or bucket named in a URL: postgres://db.acme.io/myapp_staging
    if (ref.resource !== undefined && ref.scheme !== undefined && (DATA_SCHEMES.test(ref.scheme) || /^jdbc/.test(entry.value))) {
      const word = environmentWordIn(decodeURIComponent(safe(ref.resource)), cx.k)
      if (word !== undefined) {
        out.push(
          detection('env-leak/non-production-host', entry, `${shownKey(entry)} in ${where(cx)} uses the database \`${ref.resource}\`, named for ${article(word)} environment.`, cx)
        )
        break
      }
    }
  }
  if (out.length === 0 && cx.k.hosts.resourceKeys.test(canonical) && !entry.value.includes('://')) {
    const word = environmentWordIn(entry.value, cx.k)
    if (word !== undefined && entry.value.length <= 128 && !/\s/.test(entry.value.trim())) {
      out.push(detection('env-leak/non-production-host', entry, `${shownKey(entry)} in ${where(cx)} names \`${entry.value}\`, a ${word} resource.`, cx))
    }
  }
  return out
}

function emulatorOf(entry: ConfigEntry, canonical: string, cx: CheckContext): string | undefined {
  for (const e of cx.k.sandbox.emulatorKeys) if (e.key.test(canonical) && entry.value.trim() !== '') return e.name
  for (const e of cx.k.sandbox.emulators) {
    if (e.keys !== undefined && !e.keys.test(canonical)) continue
    if (e.regex.test(entry.value)) return e.name
  }
  return undefined
}

function describe(kind: NonNullable<ReturnType<typeof classifyHost>>): string {
  switch (kind.kind) {
    case 'loopback':
      return 'the machine itself (loopback): in production that is the server or container, not the service'
    case 'reserved':
      return 'a reserved name that never resolves on the internet (RFC 2606/6761)'
    case 'tunnel':
      return "a tunnel or cloud IDE address that lives only as long as someone's session"
    case 'preview':
      return 'a preview deployment'
    case 'environment':
      return `a host named for ${article(kind.word)} environment`
    default:
      return 'not a production host'
  }
}

function article(word: string): string {
  return `${/^[aeiou]/.test(word) ? 'an' : 'a'} \`${word}\``
}

function safe(s: string): string {
  try {
    decodeURIComponent(s)
    return s
  } catch {
    return s.replace(/%/g, '')
  }
}
