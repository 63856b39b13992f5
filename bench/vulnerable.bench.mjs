// Cost of outdated-dependency/vulnerable on real repositories: every manifest and lockfile of the corpora under
// /work/corpora (public repositories fetched earlier; see bench/deps-real.notes.md), scanned in check mode through the
// real pipeline with every source pointed at a double on 127.0.0.1. The double answers as OSV and the npm bulk
// endpoint do when nothing is known (so no record fetches): what is measured is how many versions are asked about,
// how many requests that costs, and the time. Run alone: `node bench/vulnerable.bench.mjs`.
import { build } from 'esbuild'
import { createServer } from 'node:http'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const CORPORA = '/work/corpora'
const NAMES = /^(package-lock\.json|pnpm-lock\.yaml|yarn\.lock|package\.json|pom\.xml|build\.gradle(\.kts)?|libs\.versions\.toml|requirements[\w.-]*\.txt|poetry\.lock|uv\.lock|Pipfile\.lock|Gemfile\.lock|Cargo\.lock|go\.mod|composer\.lock)$/
const SKIP = new Set(['node_modules', 'vendor', '.git', '.venv', 'dist', 'build'])

async function loadEngine() {
  const outdir = `${root}bench/.tools/vulnerable-bench`
  mkdirSync(outdir, { recursive: true })
  const entry = `${outdir}/entry.ts`
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
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  return import(pathToFileURL(`${outdir}/engine.mjs`).href)
}

function manifests(dir, base = dir, out = {}) {
  for (const name of readdirSync(dir)) {
    if (SKIP.has(name)) continue
    const path = join(dir, name)
    const st = statSync(path)
    if (st.isDirectory()) manifests(path, base, out)
    else if (NAMES.test(name) && st.size < 20 * 1024 * 1024) out[relative(base, path)] = readFileSync(path, 'utf8')
  }
  return out
}

async function double() {
  const requests = []
  let versions = 0
  const server = createServer((req, res) => {
    const chunks = []
    req.on('data', (c) => chunks.push(c))
    req.on('end', () => {
      const path = (req.url ?? '/').split('?')[0]
      requests.push(`${req.method} ${path}`)
      const body = chunks.length > 0 ? JSON.parse(Buffer.concat(chunks).toString('utf8')) : undefined
      res.writeHead(path === '/v1/querybatch' || path.endsWith('/advisories/bulk') ? 200 : 404, { 'content-type': 'application/json' })
      if (path === '/v1/querybatch') {
        versions += body.queries.length
        return res.end(JSON.stringify({ results: body.queries.map(() => ({})) }))
      }
      if (path.endsWith('/advisories/bulk')) {
        versions += Object.values(body).reduce((n, v) => n + v.length, 0)
        return res.end('{}')
      }
      res.end('{"error":"not found"}')
    })
  })
  await new Promise((resolve) => server.listen(0, '127.0.0.1', resolve))
  return { url: `http://127.0.0.1:${server.address().port}/`, requests, versions: () => versions, close: () => new Promise((r) => server.close(r)) }
}

export async function run() {
  if (!existsSync(CORPORA)) return console.log(`vulnerable: no corpora at ${CORPORA}; skipped`)
  const engine = await loadEngine()
  const rows = []
  for (const name of readdirSync(CORPORA).sort()) {
    const files = manifests(join(CORPORA, name))
    if (Object.keys(files).length === 0) continue
    const d = await double()
    const registries = Object.fromEntries(['pypi', 'go', 'rubygems', 'cargo', 'docker', 'osv', 'maven', 'mavenSearch', 'packagist'].map((k) => [k, d.url]))
    const versions = engine.createVersionSource({ env: { HOME: '/nonexistent', npm_config_registry: d.url }, registries, cacheDir: false, budget: 100000 })
    const changeSet = { mode: 'check', label: 'bench', files: Object.entries(files).map(([path, text]) => ({ path, status: 'current', after: engine.textVersion(text) })) }
    const t0 = performance.now()
    await engine.scan(changeSet, { settings: engine.resolveSettings(undefined), knowledge: engine.bundledKnowledge(), catalog: engine.ruleCatalog(), analyzers: engine.dependenciesAnalyzers, now: new Date('2026-11-28T00:00:00Z'), services: { [engine.VERSION_SERVICE]: versions } })
    const ms = Math.round(performance.now() - t0)
    const advisoryRequests = d.requests.filter((r) => / \/v1\/(querybatch|query|vulns\/)/.test(r) || r.endsWith('/advisories/bulk')).length
    rows.push({ corpus: name, files: Object.keys(files).length, versionsAsked: d.versions(), advisoryRequests, allRequests: d.requests.length, ms })
    await d.close()
  }
  console.table(rows)
  return rows
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()

// Measured 2026-12-03 on this machine (12 corpora, check mode, cold cache, budget lifted): 10 to 6,046 exact versions
// asked per repository cost 1 to 3 advisory requests (one npm bulk POST, one OSV querybatch per 1,000 versions);
// the whole dependency scan took 45 ms to 7.7 s, most of it the version lookups (up to 1,050 requests for `deps`,
// past the default budget of 300, where lookups fall back to the snapshot).
