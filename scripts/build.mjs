// Bundles the two front doors into dist/: dist/cli.js (the `prodguard` bin) and dist/index.js (the Action).
// Heavy parsers are loaded with dynamic import(), so esbuild splits them into chunks that only load when needed.
import { build } from 'esbuild'
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from 'node:fs/promises'
import { parse as parseYaml } from 'yaml'
import { fileURLToPath } from 'node:url'
import { createRequire } from 'node:module'

const root = fileURLToPath(new URL('..', import.meta.url))
await rm(`${root}dist`, { recursive: true, force: true })

// The config schema's validator, precompiled: ajv's standalone code replaces src/config/schema-validator.ts in the
// bundle, so no schema is compiled at start-up (the options are the ones that module compiles with from source).
const require = createRequire(import.meta.url)
const { default: Ajv } = require('ajv')
const { default: standaloneCode } = require('ajv/dist/standalone')
const schema = JSON.parse(await readFile(`${root}schema/prodguard.schema.json`, 'utf8'))
const validatorSource = await readFile(`${root}src/config/schema-validator.ts`, 'utf8')
const options = /AJV_OPTIONS = (\{[^}]*\})/.exec(validatorSource)
if (options === null) throw new Error('src/config/schema-validator.ts: AJV_OPTIONS not found')
const ajv = new Ajv({ ...Function(`return ${options[1]}`)(), code: { source: true, esm: true } })
const standalone = standaloneCode(ajv, ajv.compile(schema))
const precompiledValidator = {
  name: 'precompiled-schema-validator',
  setup(b) {
    b.onLoad({ filter: /[\\/]src[\\/]config[\\/]schema-validator\.ts$/ }, () => ({
      contents: `${standalone}\nexport async function schemaValidator() { return validate }\n`,
      loader: 'js',
      resolveDir: root
    }))
  }
}

// A CommonJS package imported from many modules is wrapped once per importer (esbuild's __toESM copies every export
// onto a new object each time: 18 copies of yaml's ~40 exports at start-up). One ESM facade per package, imported by
// all, wraps it once.
const CJS_FACADES = ['yaml', 'semver', 'shell-quote']
const onceWrapped = {
  name: 'cjs-wrapped-once',
  setup(b) {
    const filter = new RegExp(`^(${CJS_FACADES.join('|')})$`)
    b.onResolve({ filter }, (args) => (args.namespace === 'cjs-facade' ? undefined : { path: args.path, namespace: 'cjs-facade' }))
    b.onLoad({ filter: /.*/, namespace: 'cjs-facade' }, (args) => ({
      contents: `import * as m from '${args.path}'\nexport * from '${args.path}'\nexport default m.default ?? m\n`,
      loader: 'js',
      resolveDir: root
    }))
  }
}

const result = await build({
  absWorkingDir: root,
  // PRODGUARD_METAFILE=path: esbuild's account of which module went into which chunk (for looking at start-up size)
  metafile: process.env.PRODGUARD_METAFILE !== undefined,
  entryPoints: { cli: 'src/cli.ts', index: 'src/action.ts' },
  outdir: 'dist',
  bundle: true,
  splitting: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  chunkNames: 'chunks/[name]-[hash]',
  legalComments: 'none',
  minifyWhitespace: true,
  minifySyntax: true,
  // jsonc-parser's "main" is a UMD build with runtime require() calls a bundler cannot follow; its ESM build is plain.
  alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
  logLevel: 'warning',
  plugins: [precompiledValidator, onceWrapped],
  // CommonJS dependencies (node-sql-parser, semver) call require() for Node built-ins.
  banner: {
    js: "import { createRequire as __prodguardCreateRequire } from 'node:module'; const require = __prodguardCreateRequire(import.meta.url);"
  }
})
if (process.env.PRODGUARD_METAFILE !== undefined) await writeFile(process.env.PRODGUARD_METAFILE, JSON.stringify(result.metafile))

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
