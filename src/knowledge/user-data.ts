/**
 * Knowledge that `prodguard data refresh` keeps fresh outside the package, in the user's cache directory
 * ($XDG_CACHE_HOME/prodguard, else ~/.cache/prodguard), laid out like rules/ (`outdated-dependency/eol.json`). A run
 * prefers a refreshed file to the one it ships with, unless the shipped one is newer (prodguard was upgraded since).
 */
import { existsSync, readFileSync } from 'node:fs'
import { homedir } from 'node:os'
import { isAbsolute, join } from 'node:path'
import { parse as parseYaml } from 'yaml'
import type { Knowledge } from './knowledge.js'

/** The files `data refresh` writes, relative to rules/. */
export const REFRESHABLE = ['outdated-dependency/eol.json', 'outdated-dependency/latest-versions.json', 'outdated-dependency/actions.yml'] as const

/** Where refreshed data lives; undefined when there is no home to put it in. */
export function userDataDir(env: NodeJS.ProcessEnv): string | undefined {
  const xdg = env['XDG_CACHE_HOME']
  if (xdg !== undefined && xdg !== '' && isAbsolute(xdg)) return join(xdg, 'prodguard')
  const home = env['HOME'] !== undefined && env['HOME'] !== '' ? env['HOME'] : safeHomedir()
  return home === undefined ? undefined : join(home, '.cache', 'prodguard')
}

function safeHomedir(): string | undefined {
  try {
    const home = homedir()
    return home === '' ? undefined : home
  } catch {
    return undefined
  }
}

function dataDate(value: unknown): string {
  const date = typeof value === 'object' && value !== null ? (value as { dataDate?: unknown }).dataDate : undefined
  return typeof date === 'string' ? date : ''
}

/**
 * The bundled knowledge with refreshed files laid over it. A refreshed file that cannot be read or parsed is passed
 * over (the bundled data is still there), and `note` says so.
 */
export function withUserData(base: Knowledge, env: NodeJS.ProcessEnv, note: (text: string) => void = () => {}): Knowledge {
  const dir = userDataDir(env)
  if (dir === undefined || env['PRODGUARD_NO_USER_DATA'] === '1') return base
  const chosen = new Map<string, unknown>()
  return {
    load<T>(relative: string): T {
      if (!(REFRESHABLE as readonly string[]).includes(relative)) return base.load<T>(relative)
      if (!chosen.has(relative)) {
        const bundled = base.load<unknown>(relative)
        let pick = bundled
        const file = join(dir, relative)
        if (existsSync(file)) {
          try {
            const text = readFileSync(file, 'utf8')
            const refreshed = (relative.endsWith('.json') ? JSON.parse(text) : parseYaml(text)) as unknown
            if (dataDate(refreshed) >= dataDate(bundled)) pick = refreshed
            note(pick === refreshed ? `using refreshed ${relative} of ${dataDate(refreshed)} from ${dir}` : `bundled ${relative} is newer than the refreshed copy in ${dir}`)
          } catch (error) {
            note(`ignoring ${file}: ${(error as Error).message} (run \`prodguard data refresh\` again)`)
          }
        }
        chosen.set(relative, pick)
      }
      return chosen.get(relative) as T
    }
  }
}
