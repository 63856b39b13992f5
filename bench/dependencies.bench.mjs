// Benchmark of the outdated-dependency analyzer: a monorepo of 200 manifests (package.json, requirements.txt,
// Dockerfile, go.mod, compose) scanned through the real pipeline, offline (bundled snapshot) and online against a
// registry double on 127.0.0.1. Run alone: `node bench/dependencies.bench.mjs`; bench/run.mjs imports `run()`.
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { mkdirSync, readFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const MANIFESTS = 200

async function loadEngine() {
  // Bundled into bench/.tools/ (ignored by git) so that the engine finds rules/ by walking up to the package.
  const outdir = `${root}bench/.tools/dependencies-bench`
  mkdirSync(outdir, { recursive: true })
  const entry = `${outdir}/entry.ts`
  const { writeFileSync } = await import('node:fs')
  writeFileSync(
    entry,
    [
      `export { scan } from '${root}src/pipeline.ts'`,
      `export { dependenciesAnalyzers } from '${root}src/analyzers/dependencies/index.ts'`,
      `export { createVersionSource, VERSION_SERVICE } from '${root}src/sources/versions/index.ts'`,
      `export { resolveSettings } from '${root}src/config/settings.ts'`,
      `export { bundledKnowledge } from '${root}src/knowledge/knowledge.ts'`,
      `export { ruleCatalog } from '${root}src/knowledge/catalog.ts'`,
      `export { textVersion } from '${root}src/change/change-set.ts'`
    ].join('\n')
  )
  await build({
    entryPoints: [entry],
    outfile: `${outdir}/engine.mjs`,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // jsonc-parser's main entry is UMD with runtime require() calls; its ESM build bundles cleanly.
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  return import(pathToFileURL(`${outdir}/engine.mjs`).href)
}

/** Package names that are in the bundled snapshot, so offline runs judge them too. */
function snapshotNames() {
  const snapshot = JSON.parse(readFileSync(`${root}rules/outdated-dependency/latest-versions.json`, 'utf8'))
  return { npm: Object.entries(snapshot.packages.npm), pypi: Object.entries(snapshot.packages.pypi) }
}

function monorepo(names) {
  const files = {}
  const images = ['node:14-alpine', 'node:24-alpine', 'python:3.8-slim-buster', 'postgres:9.6', 'redis:7.4', 'nginx:1.27', 'golang:1.19', 'mongo:3.6']
  for (let i = 0; i < MANIFESTS; i++) {
    const dir = `packages/svc-${String(i).padStart(3, '0')}`
    const kind = i % 5
    if (kind === 0 || kind === 1) {
      const deps = {}
      for (let j = 0; j < 15; j++) {
        const [name, entry] = names.npm[(i * 17 + j * 31) % names.npm.length]
        const major = Number(entry.latest.split('.')[0])
        deps[name] = `^${Math.max(0, major - (j % 4))}.0.0`
      }
      files[`${dir}/package.json`] = JSON.stringify({ name: `svc-${i}`, engines: { node: '>=18' }, dependencies: deps }, null, 2) + '\n'
    } else if (kind === 2) {
      const lines = []
      for (let j = 0; j < 12; j++) {
        const [name, entry] = names.pypi[(i * 13 + j * 7) % names.pypi.length]
        const major = Number(entry.latest.split('.')[0])
        lines.push(`${name}==${Math.max(0, major - (j % 3))}.0.0`)
      }
      files[`${dir}/requirements.txt`] = lines.join('\n') + '\n'
    } else if (kind === 3) {
      files[`${dir}/Dockerfile`] = `ARG BASE=${images[i % images.length]}\nFROM \${BASE} AS build\nRUN make\nFROM ${images[(i + 3) % images.length]}\n`
    } else {
      files[`${dir}/go.mod`] = `module example.com/svc${i}\n\ngo 1.${18 + (i % 8)}\n\nrequire (\n\tgithub.com/gin-gonic/gin v1.${7 + (i % 5)}.0\n\tgithub.com/stretchr/testify v1.8.4 // indirect\n)\n`
      files[`${dir}/compose.yml`] = `services:\n  db:\n    image: ${images[i % images.length]}\n`
    }
  }
  return files
}

async function registryDouble() {
  const started = new Date('2020-01-01T00:00:00Z').getTime()
  let requests = 0
  const server = createServer((req, res) => {
    requests++
    const name = decodeURIComponent((req.url ?? '/').slice(1).split('?')[0])
    // Every package: majors 1..6 released a year apart, each with two minors.
    const time = {}
    const versions = {}
    for (let major = 1; major <= 6; major++) {
      for (const minor of [0, 1]) {
        const v = `${major}.${minor}.0`
        time[v] = new Date(started + ((major - 1) * 365 + minor * 90) * 86400000).toISOString()
        versions[v] = { name, version: v }
      }
    }
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ name, 'dist-tags': { latest: '6.1.0' }, versions, time }))
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}/`, requests: () => requests, close: () => new Promise((resolve) => server.close(resolve)) }
}

async function scanOnce(engine, files, services) {
  const changeSet = { mode: 'check', label: 'bench', files: Object.entries(files).map(([path, text]) => ({ path, status: 'current', after: engine.textVersion(text) })) }
  const t0 = performance.now()
  const result = await engine.scan(changeSet, {
    settings: engine.resolveSettings(undefined),
    knowledge: engine.bundledKnowledge(),
    catalog: engine.ruleCatalog(),
    analyzers: engine.dependenciesAnalyzers,
    now: new Date('2026-11-28T00:00:00Z'),
    ...(services ? { services } : {})
  })
  return { ms: Math.round(performance.now() - t0), findings: result.findings.length, blocking: result.findings.filter((f) => f.severity === 'block').length }
}

export async function run() {
  const engine = await loadEngine()
  const files = monorepo(snapshotNames())
  const bytes = Object.values(files).reduce((n, t) => n + Buffer.byteLength(t), 0)
  await scanOnce(engine, files) // warm-up: parsers and knowledge loaded once
  const offline = await scanOnce(engine, files)
  const registry = await registryDouble()
  try {
    const versions = engine.createVersionSource({
      env: { HOME: '/nonexistent', npm_config_registry: registry.url },
      registries: { pypi: registry.url, go: registry.url, rubygems: registry.url, cargo: registry.url, docker: registry.url, osv: registry.url, maven: registry.url, mavenSearch: registry.url, packagist: registry.url },
      cacheDir: false,
      budget: 5000,
      timeoutMs: 5000
    })
    const online = await scanOnce(engine, files, { [engine.VERSION_SERVICE]: versions })
    const result = { name: 'dependencies', manifests: Object.keys(files).length, bytes, offline, online: { ...online, requests: registry.requests() } }
    print(result)
    return result
  } finally {
    await registry.close()
  }
}

function print(r) {
  console.log(`dependencies: a monorepo of ${r.manifests} manifests, ${(r.bytes / 1024).toFixed(0)} KiB`)
  console.log(`  offline (bundled snapshot): ${r.offline.ms} ms, ${r.offline.findings} findings (${r.offline.blocking} blocking)`)
  console.log(`  online (registry double on 127.0.0.1): ${r.online.ms} ms, ${r.online.requests} requests, ${r.online.findings} findings (${r.online.blocking} blocking)`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
