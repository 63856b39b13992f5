// Bundles the two front doors into dist/: dist/cli.js (the `prodguard` bin) and dist/index.js (the Action).
// Heavy parsers are loaded with dynamic import(), so esbuild splits them into chunks that only load when needed.
import { build } from 'esbuild'
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
await rm(`${root}dist`, { recursive: true, force: true })

await build({
  absWorkingDir: root,
  entryPoints: { cli: 'src/cli.ts', index: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  // jsonc-parser's "main" is a UMD build with runtime require() calls a bundler cannot follow; its ESM build is plain.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
  // CommonJS dependencies (node-sql-parser, semver) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);"
  }
})

// Terraform is parsed by tree-sitter's HCL grammar in WebAssembly; the Action runs without node_modules, so the two
// .wasm files ship in dist/wasm/ (src/analyzers/infra/hcl/parser.ts looks there first).
await mkdir(`${root}dist/wasm`, { recursive: true })
// libpg-query.wasm: PostgreSQL's parser for the SQL analyzer (src/analyzers/sql/postgres-parser.ts finds it here).
for (const file of ['node_modules/web-tree-sitter/web-tree-sitter.wasm', 'node_modules/@tree-sitter-grammars/tree-sitter-hcl/tree-sitter-hcl.wasm', 'node_modules/libpg-query/wasm/libpg-query.wasm']) {
  await copyFile(`${root}${file}`, `${root}dist/wasm/${file.split('/').pop()}`)
}

// rules/*.yml precompiled to JSON: the bundled CLI reads knowledge without parsing YAML at start-up.
const knowledge = {}
for (const entry of (await readdir(`${root}rules`, { recursive: true })).sort()) {
  const path = entry.split('\\').join('/')
  if (path.endsWith('.yml')) knowledge[path] = parseYaml(await readFile(`${root}rules/${path}`, 'utf8'))
}
await writeFile(`${root}dist/knowledge.json`, JSON.stringify(knowledge))
