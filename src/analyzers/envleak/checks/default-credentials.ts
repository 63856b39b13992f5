/**
 * env-leak/default-credentials: a product's documented default (`POSTGRES_PASSWORD=postgres`, `minioadmin`), a
 * well-known user/password pair in one section or URL (`admin/admin`, `guest:guest@`), root with an empty password,
 * or a weak password, anywhere deployable (rules/env-leak/default-credentials.yml).
 */
import type { Detection } from '../../analyzer.js'
import type { ConfigEntry } from '../entries.js'
import { canonicalKey } from '../entries.js'
import { detection, shownKey, type CheckContext } from './check.js'

/** A compose file by name (`docker-compose.yml`, `compose.yaml`, `docker-compose.ci.yml`). */
const COMPOSE = /(?:^|\/)(?:docker-)?compose(?:[._-][^/]*)?\.ya?ml$/i

const USERINFO = /\b[a-z][a-z0-9+.-]{1,30}:\/\/([^\s:@/"'<>]+)(?::([^\s@/"'<>]*))?@/gi

export function defaultCredentials(entries: readonly ConfigEntry[], cx: CheckContext): Detection[] {
  const c = cx.k.credentials
  const out: Detection[] = []
  const flagged = new Set<ConfigEntry>()
  // A compose file not named for production (`docker-compose.yml`) is, far more often than not, the local
  // development stack: a default there is a warning. Production-named compose files (`docker-compose.prod.yml`),
  // Kubernetes manifests, Helm values and production configuration block; `paths.production` makes any file count.
  const devCompose = cx.cls.env === 'base' && COMPOSE.test(cx.path)
  const flag = (entry: ConfigEntry, message: string): void => {
    if (flagged.has(entry)) return
    flagged.add(entry)
    out.push(
      devCompose
        ? detection('env-leak/default-credentials', entry, `${message} (A compose file not named for production: a warning, as most are for local development.)`, cx, { severity: 'warn' })
        : detection('env-leak/default-credentials', entry, message, cx)
    )
  }
  const users = new Map<string, ConfigEntry>()
  const passwords: Array<{ entry: ConfigEntry; prefix: string }> = []

  // A Helm chart generates a random password when the value is left empty: empty is the safe default there.
  const emptyIsGenerated = c.generatedWhenEmpty(cx.path)
  for (const entry of entries) {
    const canonical = canonicalKey(entry.path)
    const value = entry.value.trim()
    if (cx.placeholders.isReference(value)) continue
    if (c.nameKeys?.test(canonical) === true) continue
    if (value === '' && emptyIsGenerated) continue
    const known = c.knownDefaults.find((d) => d.key.test(canonical) && d.values.has(value))
    if (known !== undefined) {
      flag(entry, `${shownKey(entry)} is ${value === '' ? 'empty' : `\`${value}\``}, the well-known default of ${known.product}: it is the first thing anyone tries.`)
      continue
    }
    const user = c.userKeys.exec(canonical)
    if (user) users.set(canonical.slice(0, user.index), entry)
    const password = c.passwordKeys.exec(canonical)
    if (password) passwords.push({ entry, prefix: canonical.slice(0, password.index) })
    if (value.includes('@') && value.includes('://')) {
      for (const m of value.matchAll(USERINFO)) {
        const u = decode(m[1]!)
        const p = m[2] === undefined ? undefined : decode(m[2])
        if (p !== undefined && c.defaultPairs.has(`${u}\0${p}`)) {
          flag(entry, `${shownKey(entry)} logs in as \`${u}\` with the well-known default password for that user.`)
        } else if ((p === undefined || p === '') && c.emptyPasswordUsers.has(u) && !/^(?:https?|s3|gs|git|ssh)$/i.test(value.split(':')[0]!)) {
          flag(entry, `${shownKey(entry)} logs in as \`${u}\` with no password.`)
        }
      }
    }
  }

  for (const { entry, prefix } of passwords) {
    const value = entry.value.trim()
    if (cx.placeholders.isReference(value)) continue
    const user = users.get(prefix)
    const userName = user?.value.trim()
    if (userName !== undefined && c.defaultPairs.has(`${userName}\0${value}`)) {
      flag(entry, `${shownKey(entry)} with ${shownKey(user!)} \`${userName}\` is the well-known default login ${userName}/${value === userName ? userName : '…'}.`)
    } else if (userName !== undefined && value === '' && c.emptyPasswordUsers.has(userName)) {
      flag(entry, `${shownKey(entry)} is empty for the \`${userName}\` user.`)
    } else if (c.weakPasswords.has(value)) {
      flag(entry, `${shownKey(entry)} is one of the well-known default passwords (${value.length} characters), the first ones anyone tries.`)
    }
  }
  return out
}

function decode(s: string): string {
  try {
    return decodeURIComponent(s)
  } catch {
    return s
  }
}
