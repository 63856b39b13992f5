// Speed of the slowest large files (YAML above all), one file per scan as bench/secrets-peers.bench.mjs has them, and
// the findings of each, so a change to the YAML read can be checked for identical output.
//
// Method: every file over 64 KB under the given trees (PRODGUARD_REPOS=dir1,dir2; the corpora live under /work/corpora,
// fetched with the search tool: goharbor/harbor, umami-software/umami, prometheus-community/helm-charts,
// bitnami/charts) is scanned alone through the real pipeline (`scan` with every analyzer), PRODGUARD_RUNS times
// (default 3), after a warm-up on the first of them; each run's text ends in one more blank line than the last, so no
// cache keyed by the text serves a run. The time of a file is the least CPU time (user + sys of this
// process, measured with `process.cpuUsage`) over its runs: wall time on a machine shared by other work is noise.
// Printed: the count under 2 and 1 MB/s, the 25 slowest files, and the slowest. The findings (rule, line, message, evidence of
// each) are written to PRODGUARD_FINDINGS (default bench/.corpus/yaml-speed-findings.json) for a before/after diff.
// PRODGUARD_ONLY=regex narrows the files; PRODGUARD_EXT=yaml,yml,json (default: every file) narrows by extension.
// Run alone: `node bench/yaml-speed.bench.mjs`.
import { mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
// The bundle is built beside the findings (bench/.corpus is git-ignored; bench/.tools may be shared between checkouts).
const TOOLS = join(root, 'bench/.corpus/yaml-speed')
const RUNS = Number(process.env.PRODGUARD_RUNS ?? 3)
const OUT = process.env.PRODGUARD_FINDINGS ?? join(root, 'bench/.corpus/yaml-speed-findings.json')
const ONLY = process.env.PRODGUARD_ONLY ? new RegExp(process.env.PRODGUARD_ONLY) : undefined
const WHOLE = process.env.PRODGUARD_WHOLE === '1'
const EXT = process.env.PRODGUARD_EXT ? new Set(process.env.PRODGUARD_EXT.split(',')) : undefined

async function prodguard() {
  const lib = join(TOOLS, 'yaml-speed-lib.mjs')
  mkdirSync(TOOLS, { recursive: true })
  const entry = join(TOOLS, 'yaml-speed-entry.ts')
  writeFileSync(
    entry,
    [
      `export { scan } from '${join(root, 'src/pipeline.js')}'`,
      `export { analyzers } from '${join(root, 'src/analyzers/registry.js')}'`,
      `export { textVersion } from '${join(root, 'src/change/change-set.js')}'`,
      `export { resolveSettings } from '${join(root, 'src/config/settings.js')}'`,
      `export { ruleCatalog } from '${join(root, 'src/knowledge/catalog.js')}'`,
      `export { bundledKnowledge } from '${join(root, 'src/knowledge/knowledge.js')}'`
    ].join('\n')
  )
  const { build } = await import('esbuild')
  await build({
    absWorkingDir: root,
    entryPoints: [entry],
    outfile: lib,
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    logLevel: 'warning',
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  const L = await import(`${pathToFileURL(lib).href}?${Date.now()}`)
  const knowledge = L.bundledKnowledge()
  const catalog = L.ruleCatalog()
  const settings = L.resolveSettings(undefined)
  const analyzers = L.analyzers()
  return async (path, text) =>
    (
      await L.scan(
        { mode: 'check', label: 'bench', files: [{ path, status: 'current', after: L.textVersion(text) }] },
        { settings, knowledge, catalog, analyzers, now: new Date('2026-12-01T00:00:00Z') }
      )
    ).findings
}

function* walk(dir, base = dir) {
  for (const name of readdirSync(dir).sort()) {
    if (name === '.git' || name === 'node_modules') continue
    const path = join(dir, name)
    const st = statSync(path, { throwIfNoEntry: false })
    if (st === undefined) continue
    if (st.isDirectory()) yield* walk(path, base)
    else if (st.isFile() && (WHOLE || st.size > 64 * 1024) && st.size < 4 * 1024 * 1024) yield [relative(base, path), path, st.size]
  }
}

function cpuMs() {
  const u = process.cpuUsage()
  return (u.user + u.system) / 1000
}

export async function run() {
  const repos = (process.env.PRODGUARD_REPOS ?? '').split(',').filter(Boolean)
  if (repos.length === 0) {
    console.log('no trees given (PRODGUARD_REPOS=/work/corpora/harbor,/work/corpora/umami,...)')
    return
  }
  const scan = await prodguard()
  const files = []
  for (const repo of repos) {
    for (const [rel, path, size] of walk(repo)) {
      const ext = rel.slice(rel.lastIndexOf('.') + 1)
      if (EXT !== undefined && !EXT.has(ext)) continue
      if (ONLY !== undefined && !ONLY.test(`${repo}/${rel}`)) continue
      files.push({ repo, rel, path, size })
    }
  }
  if (files.length === 0) return
  if (WHOLE) return whole(scan, files)
  // Warm-up: parsers loaded and patterns compiled before anything is timed.
  for (let i = 0; i < 2; i++) await scan(files[0].rel, readFileSync(files[0].path, 'utf8'))
  const results = []
  const findings = {}
  let totalBytes = 0
  let totalMs = 0
  for (const f of files) {
    const text = readFileSync(f.path, 'utf8')
    let best = Infinity
    let found
    for (let i = 0; i < RUNS; i++) {
      const started = cpuMs()
      // Each run a different text (blank lines added at the end), so no parse cache keyed by the text serves it.
      const result = await scan(f.rel, text + '\n'.repeat(i))
      if (i === 0) found = result
      best = Math.min(best, cpuMs() - started)
    }
    totalBytes += f.size
    totalMs += best
    const name = `${f.repo.replace(/^.*\//, '')}/${f.rel}`
    results.push({ name, size: f.size, ms: best, mbps: f.size / 1e6 / (best / 1000) })
    findings[name] = found.map((x) => `${x.ruleId}:${x.line}:${x.severity}:${x.message}:${x.evidence ?? ''}`).sort()
  }
  mkdirSync(dirname(OUT), { recursive: true })
  writeFileSync(OUT, `${JSON.stringify(findings, null, 1)}\n`)
  results.sort((a, b) => a.mbps - b.mbps)
  const slow = results.filter((r) => r.mbps < 2)
  console.log(`${files.length} files over 64 KB, ${(totalBytes / 1e6).toFixed(1)} MB in ${(totalMs / 1000).toFixed(2)} s CPU (${(totalBytes / 1e6 / (totalMs / 1000)).toFixed(2)} MB/s overall)`)
  console.log(`under 2 MB/s: ${slow.length}; under 1 MB/s: ${results.filter((r) => r.mbps < 1).length}`)
  for (const r of results.slice(0, 25)) console.log(`  ${r.mbps.toFixed(2)} MB/s  ${(r.size / 1024).toFixed(0)} KB  ${r.ms.toFixed(0)} ms  ${r.name}`)
  const worst = results[0]
  console.log(`slowest: ${worst.name} at ${worst.mbps.toFixed(2)} MB/s; findings in ${relative(root, OUT)}`)
}

/**
 * PRODGUARD_WHOLE=1: every file of the trees scanned once, in order, as bench/secrets-peers.bench.mjs does (the garbage
 * and the cold code of earlier files fall on later ones, as in a real run); files over 64 KB after the first 200 are
 * timed, wall and CPU.
 */
async function whole(scan, files) {
  const results = []
  let n = 0
  for (const f of files) {
    n++
    const text = readFileSync(f.path, 'utf8')
    const wall = performance.now()
    const cpu = cpuMs()
    await scan(f.rel, text)
    const cpuTaken = cpuMs() - cpu
    const wallTaken = performance.now() - wall
    if (f.size > 64 * 1024 && n > 200) results.push({ name: `${f.repo.replace(/^.*\//, '')}/${f.rel}`, size: f.size, wall: f.size / 1e6 / (wallTaken / 1000), cpu: f.size / 1e6 / (cpuTaken / 1000) })
  }
  results.sort((a, b) => a.wall - b.wall)
  console.log(`${files.length} files, ${results.length} over 64 KB timed; under 1 MB/s wall: ${results.filter((r) => r.wall < 1).length}, CPU: ${results.filter((r) => r.cpu < 1).length}; under 2 MB/s wall: ${results.filter((r) => r.wall < 2).length}`)
  for (const r of results.slice(0, 15)) console.log(`  wall ${r.wall.toFixed(2)} MB/s  cpu ${r.cpu.toFixed(2)} MB/s  ${(r.size / 1024).toFixed(0)} KB  ${r.name}`)
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
