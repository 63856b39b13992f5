// Agreement of prodguard's lock-safety rules with squawk's own rule tests. squawk is fetched into
// /work/corpora/squawk (or SQUAWK_DIR); its tests are read there at run time (bench/squawk-fixtures.mjs): every
// `lint_errors` case must give the expected violations, each on the expected 1-based line, and every `lint_ok` case
// must give nothing for the mapped rule. squawk's settings carry over: `pg_version` as postgres.version (squawk's
// default is 15), `assume_in_transaction` as postgres.assumeInTransaction; for require_timeout_settings,
// postgres.timeoutsBefore: any-ddl (squawk's reading), and prodguard's one finding for both missing timeouts counts as
// squawk's two.
// Run: `node bench/lock-safety-squawk.bench.mjs` (prints one line per squawk rule, then the disagreements).
import { build } from 'esbuild'
import { mkdirSync, writeFileSync, existsSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'
import { squawkCases } from './squawk-fixtures.mjs'

const root = fileURLToPath(new URL('..', import.meta.url))
const SQUAWK = process.env.SQUAWK_DIR ?? '/work/corpora/squawk'

/** squawk rule file -> the prodguard rules that cover it; a `Rule::` selector narrows a shared file. */
const MAPPING = {
  require_concurrent_index_creation: ['lock-safety/create-index-non-concurrently'],
  require_concurrent_index_deletion: ['lock-safety/drop-index-non-concurrently'],
  ban_concurrent_index_creation_in_transaction: ['lock-safety/concurrently-in-transaction'],
  adding_foreign_key_constraint: ['lock-safety/constraint-without-not-valid'],
  constraint_missing_not_valid: ['lock-safety/constraint-without-not-valid', 'lock-safety/validate-in-same-transaction'],
  adding_not_null_field: ['lock-safety/set-not-null'],
  adding_field_with_default: ['lock-safety/add-column-volatile-default'],
  adding_required_field: ['lock-safety/add-column-not-null-without-default'],
  adding_primary_key_constraint: ['lock-safety/add-constraint-without-index'],
  disallow_unique_constraint: ['lock-safety/add-constraint-without-index'],
  changing_column_type: ['lock-safety/column-type-change'],
  require_concurrent_partition_detach: ['lock-safety/detach-partition-non-concurrently'],
  require_concurrent_reindex: ['lock-safety/reindex-non-concurrently'],
  prefer_repack: ['lock-safety/vacuum-full', 'lock-safety/cluster'],
  require_timeout_settings: ['lock-safety/missing-lock-timeout', 'lock-safety/missing-statement-timeout']
}
const SELECTORS = {
  RequireLockTimeout: ['lock-safety/missing-lock-timeout'],
  RequireStatementTimeout: ['lock-safety/missing-statement-timeout']
}

async function loadEngine() {
  const outdir = `${root}bench/.tools/lock-safety-bench`
  mkdirSync(outdir, { recursive: true })
  const entry = `${outdir}/entry.ts`
  writeFileSync(
    entry,
    [
      `export { lockSafetyOf } from '${root}src/analyzers/lock-safety/index.ts'`,
      `export { resolveSettings } from '${root}src/config/settings.ts'`,
      `export { bundledKnowledge } from '${root}src/knowledge/knowledge.ts'`
    ].join('\n')
  )
  await build({ entryPoints: [entry], outfile: `${outdir}/engine.mjs`, bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', packages: 'external' })
  return import(pathToFileURL(`${outdir}/engine.mjs`).href)
}

export async function run() {
  if (!existsSync(`${SQUAWK}/crates/squawk_linter/src/rules`)) {
    console.log(`lock-safety vs squawk: no squawk checkout at ${SQUAWK} (fetch github:sbdchd/squawk there); skipped`)
    return { skipped: true }
  }
  const engine = await loadEngine()
  const knowledge = engine.bundledKnowledge()
  const cases = squawkCases(SQUAWK, Object.keys(MAPPING))
  const perRule = new Map()
  const disagreements = []
  const started = performance.now()
  for (const c of cases) {
    const rules = SELECTORS[c.selector] ?? MAPPING[c.rule]
    const settings = engine.resolveSettings({
      sql: { dialect: 'postgresql' },
      postgres: {
        version: c.settings.pgVersion ?? '15',
        ...(c.settings.assumeInTransaction ? { assumeInTransaction: true } : {}),
        // squawk asks for the timeouts before every DDL statement; prodguard's default, only before a lock that blocks reads or writes
        ...(c.rule === 'require_timeout_settings' ? { timeoutsBefore: 'any-ddl' } : {})
      }
    })
    const ctx = { settings, knowledge, now: new Date(), mode: 'check', services: {} }
    const detections = await engine.lockSafetyOf([{ path: 'migrations/0001_squawk_case.sql', text: c.sql }], ctx)
    // one prodguard finding says both missing timeouts (squawk reports one per setting)
    const expanded = detections.flatMap((d) => (d.ruleId === 'lock-safety/missing-lock-timeout' && /^Neither lock_timeout nor statement_timeout/.test(d.message) ? [d, { ...d, ruleId: 'lock-safety/missing-statement-timeout' }] : [d]))
    const got = expanded.filter((d) => rules.includes(d.ruleId)).map((d) => d.line).sort((a, b) => a - b)
    const want = c.expect === 'ok' ? [] : [...c.expect].sort((a, b) => a - b)
    const agree = JSON.stringify(got) === JSON.stringify(want)
    const tally = perRule.get(c.rule) ?? { cases: 0, agree: 0, errCases: 0, okCases: 0 }
    tally.cases++
    if (c.expect === 'ok') tally.okCases++
    else tally.errCases++
    if (agree) tally.agree++
    perRule.set(c.rule, tally)
    if (!agree) disagreements.push(`${c.rule}::${c.test} ${JSON.stringify(c.settings)} want ${JSON.stringify(want)} got ${JSON.stringify(got)}`)
  }
  const ms = performance.now() - started
  let total = 0
  let agreed = 0
  for (const [rule, t] of perRule) {
    total += t.cases
    agreed += t.agree
    console.log(`${rule.padEnd(46)} ${String(t.agree).padStart(3)}/${t.cases} agree (${t.errCases} with violations, ${t.okCases} passing)`)
  }
  console.log(`lock-safety vs squawk: ${agreed}/${total} cases agree, ${(ms / total).toFixed(2)} ms per case`)
  for (const d of disagreements) console.log(`  disagree: ${d}`)
  if (disagreements.length > 0) throw new Error(`${disagreements.length} of squawk's ${total} rule test cases disagree`)
  return { total, agreed, disagreements }
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) await run()
