// Peak RSS of `prodguard check` over 100,000 real migration files, and of `prodguard diff` over a 50,000-file change:
// copies of ory/kratos's PostgreSQL and CockroachDB migrations (see bench/speed-squawk.bench.mjs for how to get the
// checkout; nothing is downloaded here), under the system temp folder. Target: under 300 MB for both.
// Run: `node bench/speed-memory.bench.mjs` (after `npm run build`), or `npm run bench -- speed-memory`. Slow: minutes.
import { spawnSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join, relative } from 'node:path'
import { pathToFileURL } from 'node:url'
import { CORPORA, cliPath, materialize, measure } from './speed-squawk.bench.mjs'

const WORK = join(tmpdir(), 'prodguard-bench-real')

function listFiles(dir, out = []) {
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    if (entry.isDirectory()) listFiles(path, out)
    else if (entry.isFile() && entry.name.endsWith('.sql')) out.push(path)
  }
  return out
}

/** `count` files: copies of the kratos files, one folder per copy. */
function copies(source, target, count) {
  const files = listFiles(source).map((p) => relative(source, p))
  const stamp = `${target}.stamp`
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === String(count)) return
  rmSync(target, { recursive: true, force: true })
  let made = 0
  for (let copy = 0; made < count; copy++) {
    for (const f of files) {
      if (made === count) break
      const to = join(target, `copy-${copy}`, f)
      mkdirSync(dirname(to), { recursive: true })
      copyFileSync(join(source, f), to)
      made++
    }
  }
  writeFileSync(stamp, String(count))
}

const git = (cwd, ...args) => {
  const r = spawnSync('git', args, { cwd, encoding: 'utf8', maxBuffer: 1 << 28 })
  if (r.status !== 0) throw new Error(`git ${args.join(' ')}: ${r.stderr}`)
}

export async function run() {
  const cli = cliPath()
  const kratos = materialize(CORPORA.find((c) => c.name === 'kratos'))
  if (kratos === undefined) {
    console.log('memory: no kratos checkout (see bench/speed-squawk.bench.mjs); skipped')
    return
  }
  const many = join(WORK, 'many')
  copies(kratos.dir, many, Number(process.env.BENCH_MANY_FILES ?? 100000))
  const check = measure(process.execPath, [cli, 'check', '.', '--format', 'json'], many)
  if (check.status !== 0 && check.status !== 1) throw new Error(`prodguard check exited ${check.status}: ${check.stderr.slice(0, 400)}`)
  const checkReport = JSON.parse(check.stdout)
  console.log(`check of ${checkReport.stats.files} files: ${check.wall.toFixed(1)} s, CPU ${check.cpu.toFixed(1)} s, peak RSS ${check.rssMiB.toFixed(0)} MiB (target < 300 MB), ${checkReport.findings.length} findings`)

  // a diff adding 50,000 files to a repository
  const repo = join(WORK, 'diff-repo')
  const stamp = join(WORK, 'diff-repo.stamp')
  const diffFiles = Number(process.env.BENCH_DIFF_FILES ?? 50000)
  if (!existsSync(stamp) || readFileSync(stamp, 'utf8') !== String(diffFiles)) {
    rmSync(repo, { recursive: true, force: true })
    mkdirSync(repo, { recursive: true })
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'config', 'user.email', 'bench@example.com')
    git(repo, 'config', 'user.name', 'bench')
    writeFileSync(join(repo, 'README.md'), 'bench\n')
    git(repo, 'add', '.')
    git(repo, 'commit', '-qm', 'base')
    git(repo, 'checkout', '-qb', 'feature')
    copies(kratos.dir, join(repo, 'db'), diffFiles)
    rmSync(`${join(repo, 'db')}.stamp`)
    git(repo, 'add', '.')
    git(repo, 'commit', '-qm', 'many migrations')
    writeFileSync(stamp, String(diffFiles))
  }
  const diff = measure(process.execPath, [cli, 'diff', '--base', 'main', '--head', 'feature', '--format', 'json'], repo)
  if (diff.status !== 0 && diff.status !== 1) throw new Error(`prodguard diff exited ${diff.status}: ${diff.stderr.slice(0, 400)}`)
  const diffReport = JSON.parse(diff.stdout)
  console.log(`diff of ${diffReport.stats.files} changed files: ${diff.wall.toFixed(1)} s, CPU ${diff.cpu.toFixed(1)} s, peak RSS ${diff.rssMiB.toFixed(0)} MiB (target < 300 MB), ${diffReport.findings.length} findings`)
  return { check, diff }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) await run()
