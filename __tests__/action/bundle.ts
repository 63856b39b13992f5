/**
 * The action as the runner gets it: a folder with action.yml, package.json, rules/, schema/ and the bundled
 * dist/index.js, built from the current sources with the same esbuild settings as scripts/build.mjs, in a temp
 * folder (the committed dist/ is the lead's to rebuild).
 */
import { copyFileSync, mkdirSync, mkdtempSync, rmSync, symlinkSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { build } from 'esbuild'
import { parse } from 'yaml'
import { readFileSync } from 'node:fs'

const ROOT = new URL('../../', import.meta.url).pathname

export interface ActionBundle {
  dir: string
  main: string
  /** Input defaults from action.yml, as the runner applies them (`${{ github.token }}` is the caller's to fill). */
  defaults: Record<string, string>
  cleanup(): void
}

export async function bundleAction(): Promise<ActionBundle> {
  const dir = mkdtempSync(join(tmpdir(), 'prodguard-action-'))
  for (const file of ['package.json', 'action.yml']) copyFileSync(join(ROOT, file), join(dir, file))
  for (const folder of ['rules', 'schema']) symlinkSync(join(ROOT, folder), join(dir, folder), 'dir')
  mkdirSync(join(dir, 'dist'))
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
    logLevel: 'error',
    // jsonc-parser's `main` is a UMD build with a dynamic require esbuild cannot follow; its `module` build is ESM.
    mainFields: ['module', 'main'],
    banner: {
      js: "import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);"
    }
  })
  const manifest = parse(readFileSync(join(dir, 'action.yml'), 'utf8')) as { inputs: Record<string, { default?: string }> }
  const defaults: Record<string, string> = {}
  for (const [name, input] of Object.entries(manifest.inputs)) defaults[name] = input.default ?? ''
  return { dir, main: join(dir, 'dist', 'index.js'), defaults, cleanup: () => rmSync(dir, { recursive: true, force: true }) }
}
