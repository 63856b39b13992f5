/**
 * The configuration a pull request is judged by: `.prodguard.yml` as it is on the base branch, read through the
 * contents API. The pull request's own version is only compared with it (guardrail/weakened). A base config that
 * does not validate does not stop the gate: the defaults apply and the problem is a blocking finding a reviewer can
 * approve, so the pull request that fixes the file can still merge.
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
    try {
      return { loaded: await parseConfig(text, label), path }
    } catch (error) {
      if (!(error instanceof ConfigError)) throw error
      return { loaded: { settings: resolveSettings(undefined), file: undefined, source: label }, path, problem: error.message }
    }
  }
  return { loaded: { settings: resolveSettings(undefined), file: undefined, source: undefined }, path: configPath }
}

/** A file's text at a commit, or undefined when it does not exist there. */
async function fileAt(api: GitHubApi, repo: Repository, path: string, ref: string): Promise<string | undefined> {
  try {
    const { data } = await api.rest.repos.getContent({ ...repo, path, ref })
    if (Array.isArray(data) || data.type !== 'file') return undefined
    if ('content' in data && data.encoding === 'base64' && typeof data.content === 'string') return Buffer.from(data.content, 'base64').toString('utf8')
    // Files over 1 MB come without content: ask for the raw bytes.
    const raw = await api.rest.repos.getContent({ ...repo, path, ref, mediaType: { format: 'raw' } })
    return typeof raw.data === 'string' ? raw.data : Buffer.from(raw.data as unknown as ArrayBuffer).toString('utf8')
  } catch (error) {
    if (isNotFound(error)) return undefined
    throw error
  }
}
