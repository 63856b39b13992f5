// Lock-safety warnings per 1,000 migration files on real migration folders (the corpora of
// bench/migrations-corpus.notes.md, materialized under /work/corpora or $CORPORA; nothing is fetched here).
// Each folder is scanned in-process by the real pipeline (check mode, every analyzer, default settings), and the
// lock-safety findings are counted per rule. `--tree DIR` measures another checkout of prodguard (the "before");
// `--sample N` prints N findings per rule for judging.
// Run: `node bench/lock-safety-noise.mjs [--tree DIR] [--sample N]`.
import { build } from 'esbuild'
import { existsSync, mkdirSync, readdirSync, readFileSync, statSync, writeFileSync } from 'node:fs'
import { join, relative } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const here = fileURLToPath(new URL('..', import.meta.url))
const arg = (name) => {
  const i = process.argv.indexOf(name)
  return i === -1 ? undefined : process.argv[i + 1]
}
const tree = (arg('--tree') ?? here).replace(/\/?$/, '/')
const sample = Number(arg('--sample') ?? 0)
const ROOT = process.env.CORPORA ?? '/work/corpora'
const CORPORA = [
  { name: 'kratos', dir: 'persistence/sql/migrations/sql' },
  { name: 'healthchecks', dir: 'hc', include: /\/migrations\/\d{4}_\w+\.py$/ },
  { name: 'mealie', dir: 'alembic/versions' },
  { name: 'hexpm', dir: 'priv/repo/migrations' },
  { name: 'maybe', dir: 'db/migrate' },
  { name: 'outline', dir: 'server/migrations' },
  { name: 'monica', dir: 'database/migrations' }
]

async function loadEngine() {
  const outdir = `${here}bench/.tools/lock-safety-noise/${Buffer.from(tree).toString('hex').slice(-24)}`
  mkdirSync(outdir, { recursive: true })
  const entry = `${outdir}/entry.ts`
  writeFileSync(entry, ['pipeline.ts:scan', 'analyzers/registry.ts:analyzers', 'config/settings.ts:resolveSettings', 'knowledge/knowledge.ts:bundledKnowledge', 'knowledge/catalog.ts:ruleCatalog', 'change/change-set.ts:textVersion'].map((s) => { const [f, n] = s.split(':'); return `export { ${n} } from '${tree}src/${f}'` }).join('\n'))
  await build({ entryPoints: [entry], outfile: `${outdir}/engine.mjs`, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', packages: 'external', nodePaths: [`${here}node_modules`] })
  return import(pathToFileURL(`${outdir}/engine.mjs`).href)
}

function walk(dir) {
  const out = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...walk(path))
    else out.push(path)
  }
  return out
}

const engine = await loadEngine()
const total = { files: 0, findings: 0, byRule: {} }
for (const c of CORPORA) {
  const base = join(ROOT, c.name)
  if (!existsSync(join(base, c.dir))) {
    console.log(`${c.name}: not under ${ROOT}; skipped`)
    continue
  }
  const paths = walk(join(base, c.dir)).filter((p) => (c.include ? c.include.test(p) : true))
  const changeSet = { mode: 'check', label: c.name, files: paths.map((p) => ({ path: relative(base, p), status: 'current', after: engine.textVersion(readFileSync(p, 'utf8')) })) }
  const options = { settings: engine.resolveSettings(undefined), knowledge: engine.bundledKnowledge(), catalog: engine.ruleCatalog(), analyzers: engine.analyzers(), now: new Date('2026-12-03T00:00:00Z') }
  const { findings } = await engine.scan(changeSet, options)
  const locks = findings.filter((f) => f.category === 'lock-safety')
  const byRule = {}
  for (const f of locks) byRule[f.ruleId.slice('lock-safety/'.length)] = (byRule[f.ruleId.slice('lock-safety/'.length)] ?? 0) + 1
  total.files += paths.length
  total.findings += locks.length
  for (const [rule, n] of Object.entries(byRule)) total.byRule[rule] = (total.byRule[rule] ?? 0) + n
  console.log(`${c.name}: ${paths.length} files, ${locks.length} lock-safety warnings (${((locks.length * 1000) / paths.length).toFixed(0)} per 1,000) ${JSON.stringify(byRule)}`)
  if (sample > 0) {
    const shown = {}
    for (const f of locks) {
      const rule = f.ruleId.slice('lock-safety/'.length)
      if ((shown[rule] = (shown[rule] ?? 0) + 1) > sample) continue
      console.log(`  ${rule} ${f.file}:${f.line} ${f.evidence.slice(0, 110).replace(/\s+/g, ' ')}`)
    }
  }
}
console.log(`all: ${total.files} files, ${total.findings} lock-safety warnings, ${((total.findings * 1000) / total.files).toFixed(0)} per 1,000 files ${JSON.stringify(total.byRule)}`)
