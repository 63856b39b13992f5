/**
 * The action as the runner gets it: a folder with action.yml, package.json, rules/, schema/ and the bundled
 * dist/index.js. Normally that is this repository itself, with the dist/ that the test suite's global setup has just
 * built with scripts/build.mjs. With PRODGUARD_SKIP_BUILD=1 (no fresh dist/), the same esbuild settings bundle the
 * current sources into a temp folder instead.
 */
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'
import { parse } from 'yaml'

const ROOT = fileURLToPath(new URL('../../', import.meta.url))

export interface ActionBundle {
  dir: string
  main: string
  /** Input defaults from action.yml, as the runner applies them (`${{ github.token }}` is the caller's to fill). */
  defaults: Record<string, string>
  cleanup(): void
}

export async function bundleAction(): Promise<ActionBundle> {
  const fresh = (process.env['PRODGUARD_SKIP_BUILD'] !== '1' || process.env['PRODGUARD_TEST_DIST'] === '1') && existsSync(join(ROOT, 'dist', 'index.js'))
  const dir = fresh ? ROOT : await bundleIntoTemp()
  const manifest = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }>; runs: { main: string } }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(manifest.inputs)) defaults[name] = input.default ?? ''
  return { dir, main: join(dir, manifest.runs.main), defaults, cleanup: () => (fresh ? undefined : rmSync(dir, { recursive: true, force: true })) }
}

async function bundleIntoTemp(): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-action-'))
  for (const file of ['package.json', 'action.yml']) copyFileSync(join(ROOT, file), join(dir, file))
  for (const folder of ['rules', 'schema']) symlinkSync(join(ROOT, folder), join(dir, folder), 'dir')
  mkdirSync(join(dir, 'dist', 'wasm'), { recursive: true })
  // The settings of scripts/build.mjs, for the Action's entry point only.
  await build({
    absWorkingDir: ROOT,
    entryPoints: { index: 'src/action.ts' },
    outdir: join(dir, 'dist'),
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    chunkNames: 'chunks/[name]-[hash]',
    legalComments: 'none',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'error',
    banner: {
      js: "import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);"
    }
  })
  for (const file of ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm']) {
    copyFileSync(join(ROOT, file), join(dir, 'dist', 'wasm', file.split('/').pop()!))
  }
  return dir
}
