/**
 * The configuration a pull request is judged by: `.prodguard.yml` as it is at the governing commit, read through the
 * contents API. The pull request's own version is only compared with it (guardrail/weakened). A config that does not
 * validate, or that is not a plain file (a symlink, a folder), is reported as a problem: the gate then fails every
 * pull request it governs and never applies the defaults.
 */
import { ConfigError } from '../errors.js'
import { DEFAULT_CONFIG_FILE, parseConfig, type LoadedConfig } from '../config/load.js'
import { resolveSettings } from '../config/settings.js'
import { isNotFound, type GitHubApi } from './github-client.js'
import type { Repository } from './event.js'

export interface BaseConfig {
  loaded: LoadedConfig
  /** The path the config was read from (or looked up at). */
  path: string
  /** Why the base branch's file could not be used, when it could not. */
  problem?: string
}

export async function readBaseConfig(api: GitHubApi, repo: Repository, ref: string, refLabel: string, configPath: string): Promise<BaseConfig> {
  const candidates = configPath === DEFAULT_CONFIG_FILE ? [DEFAULT_CONFIG_FILE, '.prodguard.yaml'] : [configPath]
  for (const path of candidates) {
    const text = await fileAt(api, repo, path, ref)
    if (text === undefined) continue
    const label = `${path} (${refLabel})`
    if (typeof text !== 'string') return { loaded: { settings: resolveSettings(undefined), file: undefined, source: label }, path, problem: `${label}: (top level): ${text.notAFile}` }
    try {
      return { loaded: await parseConfig(text, label), path }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      return { loaded: { settings: resolveSettings(undefined), file: undefined, source: label }, path, problem: error.message }
    }
  }
  return { loaded: { settings: resolveSettings(undefined), file: undefined, source: undefined }, path: configPath }
}

/** A file's text at a commit, undefined when nothing is there, or what it is when it is not a plain file. */
async function fileAt(api: GitHubApi, repo: Repository, path: string, ref: string): Promise<string | { notAFile: string } | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data)) return { notAFile: 'is a folder, not a file' }
    if (data.type !== 'file') return { notAFile: `is a ${data.type}, not a plain file; prodguard reads its configuration only from a file` }
    if ('content' in data && data.encoding === 'base64' && typeof data.content === 'string') return Buffer.from(data.content, 'base64').toString('utf8')
    // Files over 1 MB come without content: ask for the raw bytes.
    const raw = await api.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } })
    return typeof raw.data === 'string' ? raw.data : Buffer.from(raw.data as unknown as ArrayBuffer).toString('utf8')
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}
