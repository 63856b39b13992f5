/**
 * The configuration a pull request is judged by: `.prodguard.yml` as it is at the governing commit, read through the
 * contents API. The pull request's own version is only compared with it (guardrail/weakened). A config that does not
 * validate, or that is not a plain file (a symlink, a folder), is reported as a problem: the gate then fails every
 * pull request it governs and never applies the defaults.
 */
import { ConfigError } from '../errors.js'
import { CONFIG_MAX_BYTES, DEFAULT_CONFIG_FILE, parseConfig, type LoadedConfig } from '../config/load.js'
import type { ExtendsResolver } from '../config/extends.js'
import { resolveSettings } from '../config/settings.js'
import { isNotFound, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

export interface BaseConfig {
  loaded: LoadedConfig
  /** The path the config was read from (or looked up at). */
  path: string
  /** Why the base branch's file could not be used, when it could not. */
  problem?: string
  /** The file's text, when it was read and loaded (the guardrail compares a file that would shadow it with it). */
  text?: string
}

export async function readBaseConfig(api: GitHubApi, repo: Repository, ref: string, refLabel: string, configPath: string): Promise<BaseConfig> {
  const candidates = configPath === DEFAULT_CONFIG_FILE ? [DEFAULT_CONFIG_FILE, '.prodguard.yaml'] : [configPath]
  for (const path of candidates) {
    const text = await fileAt(api, repo, path, ref)
    if (text === undefined) continue
    const label = `${path} (${refLabel})`
    if (!(text instanceof Uint8Array)) return { loaded: { settings: resolveSettings(undefined), file: undefined, source: label }, path, problem: `${label}: (top level): ${text.unusable}` }
    try {
      return { loaded: await parseConfig(text, label, { resolveExtends: apiResolver(api, repo, ref) }), path, text: Buffer.from(text).toString('utf8') }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      return { loaded: { settings: resolveSettings(undefined), file: undefined, source: label }, path, problem: error.message }
    }
  }
  return { loaded: { settings: resolveSettings(undefined), file: undefined, source: undefined }, path: configPath }
}

/**
 * `extends:` as the Action reads it, through the API: a local file at the same commit, `owner/repo/path@sha` at that
 * commit (the loader has refused any other ref). An npm package cannot be read here (nothing is installed), so it is refused: the gate fails closed rather than
 * judge by less than the configuration says.
 */
function apiResolver(api: GitHubApi, repo: Repository, ref: string): ExtendsResolver {
  return async (spec, kind) => {
    if (kind === 'npm') throw new ConfigError(spec, 'extends', 'the Action cannot read an npm package', 'use `owner/repo/path.yml@<commit sha>` or a file in this repository')
    if (kind === 'local') {
      const path = spec.replace(/^\.?\/+/, '')
      if (path.split('/').includes('..')) throw new ConfigError(spec, 'extends', 'an extended file must be inside the repository')
      const bytes = await fileAt(api, repo, path, ref)
      if (!(bytes instanceof Uint8Array)) throw new ConfigError(spec, 'extends', bytes === undefined ? 'no such file at the governing commit' : bytes.unusable)
      return { text: bytes, label: `${path} (${ref.slice(0, 7)})` }
    }
    const m = /^([^/]+)\/([^/]+)\/(.+)@([^@]+)$/.exec(spec)
    if (m === null) throw new ConfigError(spec, 'extends', 'expected owner/repo/path@sha')
    const bytes = await fileAt(api, { owner: m[1]!, repo: m[2]! }, m[3]!, m[4]!)
    if (!(bytes instanceof Uint8Array)) throw new ConfigError(spec, 'extends', bytes === undefined ? 'not found (or this token cannot read that repository)' : bytes.unusable)
    return { text: bytes, label: spec }
  }
}

/** A file's bytes at a commit, undefined when nothing is there, or why it cannot be a config (not a plain file, too large). */
async function fileAt(api: GitHubApi, repo: Repository, path: string, ref: string): Promise<Uint8Array | { unusable: string } | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data)) return { unusable: 'is a folder, not a file' }
    if (data.type !== 'file') return { unusable: `is a ${data.type}, not a plain file; prodguard reads its configuration only from a file` }
    // Never fetched past the limit: a config is a few hundred bytes, a huge one is a mistake or an attack.
    if (typeof data.size === 'number' && data.size > CONFIG_MAX_BYTES) return { unusable: `is ${data.size} bytes, over the ${CONFIG_MAX_BYTES}-byte limit for a config file` }
    if ('content' in data && data.encoding === 'base64' && typeof data.content === 'string') return new Uint8Array(Buffer.from(data.content, 'base64'))
    // Files over 1 MB come without content: ask for the raw bytes.
    const raw = await api.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } })
    const bytes = typeof raw.data === 'string' ? new Uint8Array(Buffer.from(raw.data, 'utf8')) : new Uint8Array(Buffer.from(raw.data as unknown as ArrayBuffer))
    return bytes.length > CONFIG_MAX_BYTES ? { unusable: `is ${bytes.length} bytes, over the ${CONFIG_MAX_BYTES}-byte limit for a config file` } : bytes
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}
