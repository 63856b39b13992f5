/**
 * `extends:` for organization-wide policy. Each entry is one of:
 * - a local file, `./policy/prodguard.yml` (relative to the repository root, never outside it);
 * - an npm package installed in the repository, `@acme/prodguard-policy` (its `.prodguard.yml`) or a file in it,
 *   `@acme/prodguard-policy/strict.yml`;
 * - `owner/repo/path@sha`, a file of another GitHub repository at one commit (a full 40-hex SHA): read only by the
 *   Action, through the API (the Action passes a resolver to `parseConfig`). A branch or tag is refused: whoever can
 *   push to that repository could move it, and so change this repository's policy outside its review.
 *
 * The extended configs apply first, in order, and the file that extends them applies over them: mappings merge key
 * by key (`rules`, `approvals`), lists and values are replaced. A closer config may loosen what it extends, but in a
 * pull request that is a `guardrail/weakened` finding like any other loosening.
 */
import { createRequire } from 'node:module'
import { existsSync } from 'node:fs'
import { dirname, isAbsolute, join, posix, relative, resolve, sep } from 'node:path'
import { ConfigError } from '../errors.js'
import type { ConfigFile } from './settings.js'

export type ExtendsKind = 'local' | 'npm' | 'github'

/** What a resolver returns: the extended file's bytes and a label naming it in messages. */
export interface ExtendsSource {
  text: string | Uint8Array
  label: string
}

/** Reads one `extends:` entry; undefined when this front door cannot read that kind (a GitHub ref in the CLI). */
export type ExtendsResolver = (spec: string, kind: ExtendsKind) => Promise<ExtendsSource | undefined> | ExtendsSource | undefined

const GITHUB_SPEC = /^[A-Za-z0-9](?:[A-Za-z0-9-]{0,38})\/[A-Za-z0-9._-]{1,100}\/[^@\s]+\.ya?ml@[A-Za-z0-9._/-]{1,200}$/
const NPM_SPEC = /^(?:@[a-z0-9][\w.-]*\/)?[a-z0-9][\w.-]*(?:\/[\w./-]+)?$/
export const MAX_EXTENDS_DEPTH = 5

/** A full commit SHA: the only ref of another repository that nobody can move. */
const COMMIT_SHA = /^[0-9a-f]{40}$/i

/** Why a GitHub entry's ref cannot be trusted (a branch, a tag, a short SHA), or undefined when it names one commit. */
export function unpinnedRef(spec: string): string | undefined {
  const ref = spec.slice(spec.lastIndexOf('@') + 1)
  if (COMMIT_SHA.test(ref)) return undefined
  return `\`@${ref}\` is ${/^[0-9a-f]{7,39}$/i.test(ref) ? 'an abbreviated SHA or a ref' : 'a branch or a tag'}, which anyone who can push to that repository can move: this repository's policy would change without a review here`
}

/** Which kind an entry is, or undefined when it is none of them. */
export function extendsKind(spec: string): ExtendsKind | undefined {
  if (spec.startsWith('./') || spec.startsWith('../') || spec.startsWith('/')) return 'local'
  if (GITHUB_SPEC.test(spec) && !spec.startsWith('@')) return 'github'
  if (NPM_SPEC.test(spec) && !spec.includes('..')) return 'npm'
  return undefined
}

/** The CLI's resolver: local files inside `root`, npm packages installed under `root`; GitHub refs are not read. */
export function fileResolver(root: string, read: (path: string, label: string) => Uint8Array): ExtendsResolver {
  return (spec, kind) => {
    if (kind === 'github') return undefined
    if (kind === 'local') {
      const path = resolve(root, spec.replace(/^\/+/, ''))
      const inside = relative(resolve(root), path)
      if (inside === '' || inside.startsWith('..') || isAbsolute(inside) || inside.split(sep).includes('..')) {
        throw new ConfigError(spec, '', 'an extended file must be inside the repository')
      }
      return { text: read(path, spec), label: spec }
    }
    const path = npmFile(root, spec)
    return { text: read(path, spec), label: spec }
  }
}

/** The file an npm entry names: `pkg` is its `.prodguard.yml`, `pkg/file.yml` that file. */
function npmFile(root: string, spec: string): string {
  const scoped = spec.startsWith('@')
  const parts = spec.split('/')
  const name = parts.slice(0, scoped ? 2 : 1).join('/')
  const rest = parts.slice(scoped ? 2 : 1).join('/')
  const require = createRequire(join(resolve(root), 'package.json'))
  let manifest: string
  try {
    manifest = require.resolve(`${name}/package.json`)
  } catch {
    throw new ConfigError(spec, '', `the npm package ${name} is not installed in this repository`, `npm install --save-dev ${name}`)
  }
  const packageDir = dirname(manifest)
  const file = join(packageDir, rest === '' ? '.prodguard.yml' : rest)
  if (relative(packageDir, file).startsWith('..')) throw new ConfigError(spec, '', 'the file must be inside the package')
  if (rest === '' && !existsSync(file)) throw new ConfigError(spec, '', `the package has no .prodguard.yml at its root`, 'name the file: `package/file.yml`')
  return file
}

/** Mappings merge key by key (the closer config wins); lists and values are replaced. */
export function mergeConfigs(base: ConfigFile, over: ConfigFile): ConfigFile {
  return merge(base, over) as ConfigFile
}

function merge(base: unknown, over: unknown): unknown {
  if (!isPlain(base) || !isPlain(over)) return over === undefined ? base : over
  const out: Record<string, unknown> = { ...base }
  for (const [key, value] of Object.entries(over)) out[key] = key in out ? merge(out[key], value) : value
  return out
}

function isPlain(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value)
}

export function extendsList(value: unknown): string[] {
  if (typeof value === 'string') return [value]
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : []
}

/** The repository paths of the local files a config extends, so that the guardrail compares their changes too. */
export function localExtendedPaths(file: ConfigFile | undefined): string[] {
  return extendsList(file?.extends)
    .filter((spec) => extendsKind(spec) === 'local')
    .map((spec) => posix.normalize(spec).replace(/^\/+/, ''))
    .filter((path) => !path.startsWith('..'))
}
