/**
 * The npm registry and credentials the way npm resolves them: environment (`npm_config_registry`), then the
 * project's `.npmrc`, then the user's `~/.npmrc`; per-scope registries (`@acme:registry=`), and auth keyed by
 * registry URL (`//npm.acme.dev/:_authToken=${NPM_TOKEN}`, `_auth`, `username` + `_password`).
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'

export interface NpmConfig {
  registry: string
  scopes: Record<string, string>
  /** Keyed by "nerf dart": `//host[:port]/path/`. */
  auth: Record<string, { token?: string; basic?: string }>
}

export const DEFAULT_NPM_REGISTRY = 'https://registry.npmjs.org/'

function withSlash(url: string): string {
  return url.endsWith('/') ? url : `${url}/`
}

export function parseNpmrc(text: string, env: Record<string, string | undefined>): Record<string, string> {
  const out: Record<string, string> = {}
  for (const raw of text.split(/\r?\n/)) {
    const line = raw.trim()
    if (line === '' || line.startsWith('#') || line.startsWith(';')) continue
    const eq = line.indexOf('=')
    if (eq === -1) continue
    const key = line.slice(0, eq).trim()
    let value = line.slice(eq + 1).trim().replace(/^["']|["']$/g, '')
    value = value.replace(/\$\{([^}]+)\}/g, (_, name: string) => env[name] ?? '')
    out[key] = value
  }
  return out
}

export function npmConfig(cwd: string | undefined, env: Record<string, string | undefined>): NpmConfig {
  const layers: Record<string, string>[] = []
  const home = env.HOME ?? env.USERPROFILE
  for (const file of [home ? join(home, '.npmrc') : undefined, cwd ? join(cwd, '.npmrc') : undefined]) {
    if (file === undefined) continue
    try {
      layers.push(parseNpmrc(readFileSync(file, 'utf8'), env))
    } catch {
      // no such file: npm's defaults apply
    }
  }
  const merged: Record<string, string> = Object.assign({}, ...layers)
  const envRegistry = env.npm_config_registry ?? env.NPM_CONFIG_REGISTRY
  const config: NpmConfig = { registry: withSlash(envRegistry ?? merged.registry ?? DEFAULT_NPM_REGISTRY), scopes: {}, auth: {} }
  for (const [key, value] of Object.entries(merged)) {
    const scope = /^(@[^:]+):registry$/.exec(key)
    if (scope) config.scopes[scope[1]!] = withSlash(value)
    const nerf = /^(\/\/.+\/):(_authToken|_auth|username|_password)$/.exec(key)
    if (nerf) {
      const entry = (config.auth[nerf[1]!] ??= {})
      if (nerf[2] === '_authToken') entry.token = value
      else if (nerf[2] === '_auth') entry.basic = value
    }
  }
  for (const [prefix, entry] of Object.entries(config.auth)) {
    const user = merged[`${prefix}:username`]
    const password = merged[`${prefix}:_password`]
    if (user !== undefined && password !== undefined && entry.basic === undefined) {
      entry.basic = Buffer.from(`${user}:${Buffer.from(password, 'base64').toString('utf8')}`).toString('base64')
    }
  }
  return config
}

/** The registry a package name is served from. */
export function registryFor(config: NpmConfig, name: string): string {
  const scope = name.startsWith('@') ? name.slice(0, name.indexOf('/')) : undefined
  return (scope !== undefined ? config.scopes[scope] : undefined) ?? config.registry
}

/** The Authorization header for a URL: the longest configured `//host/path/` that prefixes it. */
export function authorizationFor(config: NpmConfig, url: string): string | undefined {
  const nerf = url.replace(/^https?:/, '')
  let best: string | undefined
  for (const prefix of Object.keys(config.auth)) if (nerf.startsWith(prefix) && (best === undefined || prefix.length > best.length)) best = prefix
  if (best === undefined) return undefined
  const entry = config.auth[best]!
  if (entry.token) return `Bearer ${entry.token}`
  if (entry.basic) return `Basic ${entry.basic}`
  return undefined
}
