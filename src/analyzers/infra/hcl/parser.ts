/**
 * Terraform's HCL, parsed by tree-sitter's HCL grammar (WebAssembly, no native build). Loaded lazily on the first
 * `.tf` file, so a run without Terraform never pays for it. docs/infrastructure.md has the measurements behind the choice.
 */
import { existsSync, readFileSync } from 'node:fs'
import { createRequire } from 'node:module'
import { dirname, join, sep } from 'node:path'
import { fileURLToPath } from 'node:url'
import { packageRoot } from '../../../knowledge/package-root.js'
import type { Node as SyntaxNode, Parser as TreeSitterParser } from 'web-tree-sitter'

export type { SyntaxNode }

/** The two WebAssembly files; `npm run build` copies them to `dist/wasm/` so the bundled Action needs no node_modules. */
const WASM_FILES = {
  runtime: { pkg: 'web-tree-sitter', file: 'web-tree-sitter.wasm' },
  grammar: { pkg: '@tree-sitter-grammars/tree-sitter-hcl', file: 'tree-sitter-hcl.wasm' }
} as const

let loading: Promise<TreeSitterParser> | undefined

/** The shared parser (tree-sitter parsers are reusable; parsing is synchronous once it is loaded). */
export function hclParser(): Promise<TreeSitterParser> {
  loading ??= load().catch((error: unknown) => {
    loading = undefined
    throw error
  })
  return loading
}

async function load(): Promise<TreeSitterParser> {
  const { Parser, Language } = await import('web-tree-sitter')
  const runtime = wasmFile('runtime')
  await Parser.init({ locateFile: () => runtime, wasmBinary: readFileSync(runtime) })
  const language = await Language.load(readFileSync(wasmFile('grammar')))
  const parser = new Parser()
  parser.setLanguage(language)
  return parser
}

function wasmFile(which: keyof typeof WASM_FILES): string {
  const { pkg, file } = WASM_FILES[which]
  const candidates: string[] = []
  try {
    candidates.push(join(packageRoot(), 'dist', 'wasm', file))
  } catch {
    // not inside a prodguard installation: node_modules below
  }
  const installed = packageFolder(pkg)
  // The runtime's JavaScript and its wasm must be the same version: the bundle ships its own copy in dist/wasm,
  // the sources use node_modules.
  const fromBundle = fileURLToPath(import.meta.url).split(sep).includes('dist')
  if (installed !== undefined) candidates[fromBundle ? 'push' : 'unshift'](join(installed, file))
  const found = candidates.find((candidate) => existsSync(candidate))
  if (found === undefined) throw new Error(`prodguard cannot find ${file} (looked in ${candidates.join(', ') || 'no folder'}); the installation is incomplete`)
  return found
}

/** The folder a package is installed in, wherever npm hoisted it (its exports may hide package.json). */
function packageFolder(pkg: string): string | undefined {
  const require = createRequire(import.meta.url)
  let entry: string
  try {
    entry = require.resolve(pkg)
  } catch {
    return undefined
  }
  for (let dir = dirname(entry); dir !== dirname(dir); dir = dirname(dir)) {
    const manifest = join(dir, 'package.json')
    if (!existsSync(manifest)) continue
    try {
      if ((JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === pkg) return dir
    } catch {
      // unreadable manifest: keep walking up
    }
  }
  return undefined
}
