// Cost of the lock-safety family on SQL analysis: the same 2,000 generated migrations (1,500 PostgreSQL SQL files
// of realistic DDL and DML, 500 Rails migrations) scanned in-process by the real pipeline with every analyzer, and
// with every analyzer but lock-safety; best of 3 runs each. Run: `node bench/lock-safety-speed.bench.mjs`.
import { build } from 'esbuild'
import { mkdirSync, writeFileSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

async function loadEngine() {
  const outdir = `${root}bench/.tools/lock-safety-speed`
  mkdirSync(outdir, { recursive: true })
  const entry = `${outdir}/entry.ts`
  writeFileSync(
    entry,
    [
      `export { scan } from '${root}src/pipeline.ts'`,
      `export { analyzers } from '${root}src/analyzers/registry.ts'`,
      `export { resolveSettings } from '${root}src/config/settings.ts'`,
      `export { bundledKnowledge } from '${root}src/knowledge/knowledge.ts'`,
      `export { ruleCatalog } from '${root}src/knowledge/catalog.ts'`,
      `export { textVersion } from '${root}src/change/change-set.ts'`
    ].join('\n')
  )
  await build({ entryPoints: [entry], outfile: `${outdir}/engine.mjs`, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', packages: 'external' })
  return import(pathToFileURL(`${outdir}/engine.mjs`).href)
}

function corpus() {
  const files = {}
  for (let i = 0; i < 1500; i++) {
    const t = `table_${i % 97}`
    const lines = [
      i % 3 === 0 ? "SET lock_timeout = '2s';" : '',
      `CREATE TABLE IF NOT EXISTS audit_${i} (id bigserial PRIMARY KEY, payload jsonb NOT NULL, created_at timestamptz NOT NULL DEFAULT now());`,
      `ALTER TABLE ${t} ADD COLUMN c_${i} text${i % 5 === 0 ? ' NOT NULL' : ''};`,
      `CREATE INDEX${i % 2 ? ' CONCURRENTLY' : ''} idx_${i} ON ${t} (c_${i});`,
      `ALTER TABLE ${t} ADD CONSTRAINT fk_${i} FOREIGN KEY (owner_id) REFERENCES owners (id)${i % 4 ? ' NOT VALID' : ''};`,
      ...Array.from({ length: 20 }, (_, k) => `INSERT INTO settings (key, value) VALUES ('k_${i}_${k}', 'v${k}');`),
      `UPDATE ${t} SET c_${i} = '' WHERE c_${i} IS NULL AND id < 1000;`,
      `COMMENT ON COLUMN ${t}.c_${i} IS 'added by migration ${i}';`
    ]
    files[`db/migrations/${String(20260101000000 + i)}_change_${i}.sql`] = lines.filter(Boolean).join('\n') + '\n'
  }
  for (let i = 0; i < 500; i++) {
    files[`db/migrate/${String(20260201000000 + i)}_change_${i}.rb`] = `class Change${i} < ActiveRecord::Migration[7.1]
  def change
    add_column :orders, :c_${i}, :string
    add_index :orders, :c_${i}${i % 2 ? ', algorithm: :concurrently' : ''}
    add_foreign_key :orders, :customers, validate: false
  end
end
`
  }
  return files
}

async function timeScan(engine, files, analyzers) {
  const changeSet = { mode: 'check', label: 'bench', files: Object.entries(files).map(([path, text]) => ({ path, status: 'current', after: engine.textVersion(text) })) }
  const options = { settings: engine.resolveSettings(undefined), knowledge: engine.bundledKnowledge(), catalog: engine.ruleCatalog(), analyzers, now: new Date('2026-12-01T00:00:00Z') }
  const started = performance.now()
  const cpu = process.cpuUsage()
  const { findings } = await engine.scan(changeSet, options)
  const used = process.cpuUsage(cpu)
  // CPU time too: on a shared machine the wall clock says more about the neighbours than about the code
  return { ms: performance.now() - started, cpuMs: (used.user + used.system) / 1000, findings: findings.length, locks: findings.filter((f) => f.category === 'lock-safety').length }
}

export async function run() {
  const engine = await loadEngine()
  const files = corpus()
  const all = engine.analyzers()
  const without = all.filter((a) => a.name !== 'lock-safety')
  await timeScan(engine, files, all) // warm up: WebAssembly, caches, JIT
  // alternating runs, best of 5 each (wall and CPU separately)
  const base = { ms: Infinity, cpuMs: Infinity }
  const withLocks = { ms: Infinity, cpuMs: Infinity, locks: 0 }
  for (let k = 0; k < 5; k++) {
    for (const [analyzers, out] of [[without, base], [all, withLocks]]) {
      const r = await timeScan(engine, files, analyzers)
      out.ms = Math.min(out.ms, r.ms)
      out.cpuMs = Math.min(out.cpuMs, r.cpuMs)
      out.locks = r.locks
    }
  }
  const ratio = withLocks.ms / base.ms
  const cpuRatio = withLocks.cpuMs / base.cpuMs
  console.log(`lock-safety speed: ${Object.keys(files).length} migrations; without lock-safety ${base.ms.toFixed(0)} ms (CPU ${base.cpuMs.toFixed(0)} ms), with ${withLocks.ms.toFixed(0)} ms (CPU ${withLocks.cpuMs.toFixed(0)} ms): x${ratio.toFixed(2)} wall, x${cpuRatio.toFixed(2)} CPU, ${withLocks.locks} lock findings`)
  return { baseMs: base.ms, withMs: withLocks.ms, ratio, cpuRatio }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run()
