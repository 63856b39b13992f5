// prodguard `check` side by side with squawk on real migration histories, and the one-small-file overhead over a bare
// `node -e 0`. Whole processes, wall time and peak RSS (/usr/bin/time -f %M, else the child's resourceUsage via a
// wrapper), medians of 3 with the two tools alternating run by run.
//
// Nothing is downloaded here. What it needs, and how to get it:
//  - ory/kratos at /work/corpora/kratos (or KRATOS_DIR): the search tool's `fetch github:ory/kratos`, then
//    `git clone <mirror> /work/corpora/kratos`. Its PostgreSQL and CockroachDB migrations are used
//    (persistence/sql/migrations/**/*{postgres,cockroach}*.sql, ~1,550 small files).
//  - citusdata/citus at /work/corpora/citus (or CITUS_DIR): `fetch github:citusdata/citus`, then
//    `git --git-dir=<mirror> archive HEAD | tar -x -C /work/corpora/citus`. Every *.sql file (~1,330 files, 7.2 MB).
//  - squawk 2.66 in bench/.tools/squawk (or SQUAWK_BIN):
//    `npm install --prefix bench/.tools/squawk --no-save --no-audit --no-fund squawk-cli@2.66.0`.
// A corpus or squawk that is absent is skipped with a message. The SQL files are copied (once) into a folder of their
// own under the system temp folder, outside any git repository, so both tools see exactly the same files.
// Run: `node bench/speed-squawk.bench.mjs` (after `npm run build`), or `npm run bench -- speed`.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const WORK = join(tmpdir(), 'prodguard-bench-real')
const RUNS = Number(process.env.BENCH_RUNS ?? 3)

/**
 * citus's regression tests squawk 2.66 cannot finish: eight make its parser panic ("the parser seems stuck", exit 101,
 * which aborts the whole run) and two take it over 10 s each. Left out of the corpus for both tools.
 */
const SQUAWK_FAILS = new Set([
  'multi_agg_type_conversion.sql',
  'columnar_data_types.sql',
  'multi_copy.sql',
  'pg18.sql',
  'logical_replication.sql',
  'multi_alter_table_statements.sql',
  'pg15.sql',
  'multi_load_more_data.sql',
  'columnar_load.sql',
  'hyperscale_tutorial.sql'
])

export const CORPORA = [
  {
    name: 'kratos',
    dir: process.env.KRATOS_DIR ?? '/work/corpora/kratos',
    under: 'persistence/sql/migrations',
    pick: (path) => /\.sql$/.test(path) && /postgres|cockroach/.test(path.split('/').pop())
  },
  {
    name: 'citus',
    dir: process.env.CITUS_DIR ?? '/work/corpora/citus',
    under: '.',
    pick: (path) => /\.sql$/.test(path) && !SQUAWK_FAILS.has(path.split('/').pop())
  }
]

function walk(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === '.git' || entry.name === 'node_modules') continue
    const path = join(dir, entry.name)
    if (entry.isDirectory()) walk(path, out)
    else if (entry.isFile()) out.push(path)
  }
  return out
}

/** The corpus's picked files copied under WORK/<name> (kept between runs; rebuilt when the listing changes). */
export function materialize(corpus) {
  if (!existsSync(join(corpus.dir, corpus.under))) return undefined
  const files = walk(join(corpus.dir, corpus.under))
    .map((p) => relative(corpus.dir, p))
    .filter(corpus.pick)
    .sort()
  const target = join(WORK, corpus.name)
  const stamp = join(target, '.stamp')
  const bytes = files.reduce((sum, f) => sum + statSync(join(corpus.dir, f)).size, 0)
  const id = `${files.length}:${bytes}`
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== id) {
    rmSync(target, { recursive: true, force: true })
    for (const f of files) {
      mkdirSync(dirname(join(target, f)), { recursive: true })
      copyFileSync(join(corpus.dir, f), join(target, f))
    }
    writeFileSync(stamp, id)
  }
  return { dir: target, files: files.length, bytes }
}

const hasTime = existsSync('/usr/bin/time')

/** One whole process: wall seconds, peak RSS in MiB, exit status, output. */
export function measure(command, args, cwd, env = process.env) {
  const started = performance.now()
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '__PEAK_KB=%M __CPU=%U+%S', command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(process.execPath, ['-e', RSS_WRAPPER, command, ...args], { cwd, env, encoding: 'utf8', maxBuffer: 1 << 30 })
  const wall = (performance.now() - started) / 1000
  const peak = /__PEAK_KB=(\d+)/.exec(result.stderr ?? '')
  const cpu = /__CPU=([\d.]+)\+([\d.]+)/.exec(result.stderr ?? '')
  return {
    wall,
    rssMiB: peak ? Number(peak[1]) / 1024 : NaN,
    cpu: cpu ? Number(cpu[1]) + Number(cpu[2]) : NaN,
    status: result.status,
    stdout: result.stdout,
    stderr: (result.stderr ?? '').replace(/__PEAK_KB=\d+( __CPU=\S+)?\n?/, '')
  }
}

/** Without /usr/bin/time: run the command as a child and print its peak RSS from resourceUsage (maxRSS is in KiB). */
const RSS_WRAPPER = `const { spawn } = require('node:child_process'); const [c, ...a] = process.argv.slice(1);
const child = spawn(c, a, { stdio: 'inherit' });
child.on('exit', (code) => { const u = process.resourceUsage(); process.stderr.write('__PEAK_KB=' + u.maxRSS + ' __CPU=' + (u.userCPUTime / 1e6) + '+' + (u.systemCPUTime / 1e6) + '\\n'); process.exit(code ?? 1) })`

export const median = (values) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)]
const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

export function squawkBin() {
  const bin = process.env.SQUAWK_BIN ?? join(root, 'bench/.tools/squawk/node_modules/.bin/squawk')
  return existsSync(bin) ? bin : undefined
}

export function cliPath() {
  const cli = resolve(process.env.PRODGUARD_CLI ?? join(root, 'dist/cli.js'))
  if (!existsSync(cli)) throw new Error(`${cli} does not exist: run \`npm run build\` first (npm run bench does)`)
  return cli
}

function prodguard(cli, dir, args = ['check', '.', '--format', 'json']) {
  const run = measure(process.execPath, [cli, ...args], dir)
  if ((run.status !== 0 && run.status !== 1) || !run.stdout.startsWith('{')) throw new Error(`prodguard exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return { ...run, findings: JSON.parse(run.stdout).findings.length }
}

function squawk(bin, dir) {
  const run = measure(bin, ['--reporter', 'json', '**/*.sql'], dir)
  if (run.status !== 0 && run.status !== 1) throw new Error(`squawk exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  let violations = NaN
  try {
    violations = JSON.parse(run.stdout || '[]').length
  } catch {
    // squawk's report is not needed for timing
  }
  return { ...run, violations }
}

export async function run() {
  const cli = cliPath()
  const bin = squawkBin()
  if (bin === undefined) console.log('squawk: not installed in bench/.tools/squawk (see this file\'s header); prodguard runs alone')
  const results = {}
  for (const corpus of CORPORA) {
    const m = materialize(corpus)
    if (m === undefined) {
      console.log(`${corpus.name}: no checkout at ${corpus.dir} (see this file's header); skipped`)
      continue
    }
    const pg = []
    const sq = []
    for (let i = 0; i < RUNS; i++) {
      // alternating, so a noisy neighbour on the machine weighs on both
      pg.push(prodguard(cli, m.dir))
      if (bin !== undefined) sq.push(squawk(bin, m.dir))
    }
    const pgWall = median(pg.map((r) => r.wall))
    const pgRss = median(pg.map((r) => r.rssMiB))
    console.log(`${corpus.name}: ${m.files} files, ${fmt(m.bytes / 1048576)} MB`)
    console.log(`  prodguard: ${fmt(pgWall)} s (median of ${RUNS}; ${pg.map((r) => fmt(r.wall)).join(' ')}), CPU ${fmt(median(pg.map((r) => r.cpu)))} s, peak RSS ${fmt(pgRss, 0)} MiB, ${fmt(m.bytes / 1048576 / pgWall)} MB/s, ${pg[0].findings} findings`)
    results[corpus.name] = { files: m.files, bytes: m.bytes, prodguard: { wall: pgWall, rss: pgRss, cpu: median(pg.map((r) => r.cpu)) } }
    if (sq.length > 0) {
      const sqWall = median(sq.map((r) => r.wall))
      const sqRss = median(sq.map((r) => r.rssMiB))
      console.log(`  squawk:    ${fmt(sqWall)} s (median of ${RUNS}; ${sq.map((r) => fmt(r.wall)).join(' ')}), CPU ${fmt(median(sq.map((r) => r.cpu)))} s, peak RSS ${fmt(sqRss, 0)} MiB, ${sq[0].violations} violations`)
      console.log(`  ratio prodguard/squawk (wall, medians): ${fmt(pgWall / sqWall)} (target <= 1.0, aim 0.5); CPU: ${fmt(median(pg.map((r) => r.cpu)) / median(sq.map((r) => r.cpu)))}`)
      results[corpus.name].squawk = { wall: sqWall, rss: sqRss, cpu: median(sq.map((r) => r.cpu)) }
    }
  }

  // one small migration file against a bare node
  const one = join(WORK, 'one')
  mkdirSync(join(one, 'db/migrations'), { recursive: true })
  writeFileSync(join(one, 'db/migrations/20261127120000_cleanup.sql'), 'ALTER TABLE users ADD COLUMN last_seen_at timestamptz;\nDROP TABLE legacy_sessions;\n')
  const bare = []
  const small = []
  for (let i = 0; i < 5; i++) {
    bare.push(measure(process.execPath, ['-e', '0'], one))
    small.push(prodguard(cli, one, ['check', 'db/migrations/20261127120000_cleanup.sql', '--format', 'json']))
  }
  const bareWall = median(bare.map((r) => r.wall))
  const smallWall = median(small.map((r) => r.wall))
  console.log(`one small file: prodguard ${fmt(smallWall * 1000, 0)} ms, node -e 0 ${fmt(bareWall * 1000, 0)} ms (medians of 5): +${fmt((smallWall - bareWall) * 1000, 0)} ms (target <= 100 ms); CPU ${fmt(median(small.map((r) => r.cpu)) * 1000, 0)} ms vs ${fmt(median(bare.map((r) => r.cpu)) * 1000, 0)} ms, peak RSS ${fmt(median(small.map((r) => r.rssMiB)), 0)} MiB`)
  results.one = { prodguard: smallWall, node: bareWall }
  return results
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run()
