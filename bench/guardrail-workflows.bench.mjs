// guardrail/weakened on real workflows, through the real CLI (`node dist/cli.js diff --format json --offline`).
// Method: every .github/workflows/*.yml of the corpora under /work/corpora (public repositories fetched for other
// benches; PRODGUARD_WORKFLOW_CORPORA overrides) is copied, flattened, into one git repository; two branches:
//  - `comments`: a comment line added to each file. Expected: zero guardrail findings (nothing GitHub runs changed).
//  - `edited`:   `env.PRODGUARD_BENCH` set in each file (a real, harmless change). Each finding then says which job can
//                write statuses or checks, and why; the figures are how many changed workflows that is, by reason.
// Judgement: a job whose token can write commit statuses is a job that could post `prodguard = success`; these are
// blocking by design (issue 9). The bench reports their share so the noise of the default mode is known, and fails if a
// comment-only change is flagged or the run crashes.
import { spawnSync } from 'node:child_process'
import { cpSync, existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { basename, join } from 'node:path'
import { fileURLToPath } from 'node:url'
import { parseDocument } from 'yaml'

const root = fileURLToPath(new URL('..', import.meta.url))
const CLI = process.env.PRODGUARD_CLI ?? join(root, 'dist/cli.js')
const CORPORA = process.env.PRODGUARD_WORKFLOW_CORPORA ?? '/work/corpora'

function workflows(dir, out = []) {
  let entries
  try {
    entries = readdirSync(dir, { withFileTypes: true })
  } catch {
    return out
  }
  for (const e of entries) {
    const path = join(dir, e.name)
    if (e.isDirectory() && e.name !== 'node_modules' && e.name !== '.git') workflows(path, out)
    else if (e.isFile() && /\/\.github\/workflows\/[^/]+\.ya?ml$/.test(path)) out.push(path)
  }
  return out
}

const git = (cwd, ...args) => spawnSync('git', args, { cwd, encoding: 'utf8' })

function diff(cwd, head) {
  const started = performance.now()
  const run = spawnSync(process.execPath, [CLI, 'diff', '--base', 'main', '--head', head, '--format', 'json', '--offline'], { cwd, encoding: 'utf8', maxBuffer: 1 << 28, env: { PATH: process.env.PATH, HOME: process.env.HOME } })
  const ms = Math.round(performance.now() - started)
  if (run.status !== 0 && run.status !== 1) throw new Error(`diff ${head} exited ${run.status}: ${run.stderr}`)
  const report = JSON.parse(run.stdout)
  return { ms, findings: report.findings.filter((f) => f.ruleId === 'guardrail/weakened' || f.ruleId.startsWith('unanalyzable/')) }
}

export async function run() {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: build first (npm run build)`)
  const files = workflows(CORPORA)
  if (files.length === 0) {
    console.log(`no workflows under ${CORPORA}; nothing measured`)
    return
  }
  const repo = mkdtempSync(join(tmpdir(), 'prodguard-bench-workflows-'))
  try {
    git(repo, 'init', '-q', '-b', 'main')
    git(repo, 'config', 'user.email', 'bench@example.com')
    git(repo, 'config', 'user.name', 'bench')
    mkdirSync(join(repo, '.github/workflows'), { recursive: true })
    const names = files.map((f, i) => `${String(i).padStart(3, '0')}-${basename(f).replace(/\.yaml$/, '.yml')}`)
    writeFileSync(join(repo, 'README.md'), '# bench\n')
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'empty')
    files.forEach((f, i) => cpSync(f, join(repo, '.github/workflows', names[i])))
    git(repo, 'add', '-A')
    git(repo, 'commit', '-q', '-m', 'base')

    git(repo, 'checkout', '-q', '-b', 'comments')
    for (const n of names) writeFileSync(join(repo, '.github/workflows', n), `# reviewed\n${readFileSync(join(repo, '.github/workflows', n), 'utf8')}`)
    git(repo, 'commit', '-qam', 'comments')

    git(repo, 'checkout', '-q', 'main')
    git(repo, 'checkout', '-q', '-b', 'edited')
    let unparsed = 0
    for (const n of names) {
      const path = join(repo, '.github/workflows', n)
      const doc = parseDocument(readFileSync(path, 'utf8'), { uniqueKeys: false })
      if (doc.errors.length > 0 || typeof doc.contents?.setIn !== 'function') {
        unparsed++
        continue
      }
      doc.setIn(['env', 'PRODGUARD_BENCH'], '1')
      writeFileSync(path, doc.toString())
    }
    git(repo, 'commit', '-qam', 'edited')

    const comments = diff(repo, 'comments')
    const edited = diff(repo, 'edited')
    const byReason = {}
    const flaggedFiles = new Set()
    for (const f of edited.findings) {
      flaggedFiles.add(f.file)
      const reason = /no `permissions:`/.test(f.message) ? 'no permissions (repository default)' : /write-all/.test(f.message) ? 'write-all' : /statuses: write/.test(f.message) ? 'statuses: write' : /checks: write/.test(f.message) ? 'checks: write' : /posts|gives/.test(f.message) ? 'posts a status' : f.ruleId
      byReason[reason] = (byReason[reason] ?? 0) + 1
    }
    console.log(`${files.length} workflows from ${CORPORA} (${unparsed} not parseable, left unedited)`)
    console.log(`comment-only change: ${comments.findings.length} guardrail findings (${comments.ms} ms)`)
    console.log(`real change: ${flaggedFiles.size} of ${files.length - unparsed} workflows flagged, ${edited.findings.length} findings (${edited.ms} ms)`)
    for (const [reason, count] of Object.entries(byReason).sort((a, b) => b[1] - a[1])) console.log(`  ${String(count).padStart(4)}  ${reason}`)
    if (comments.findings.length > 0) throw new Error(`a comment-only change was flagged: ${comments.findings[0].file}: ${comments.findings[0].message}`)
  } finally {
    rmSync(repo, { recursive: true, force: true })
  }
}

if (import.meta.url === `file://${process.argv[1]}`) await run()

// Measured 2026-12-03 on the 85 workflows of /work/corpora (13 application repositories + squawk):
//   comment-only change: 0 findings; real change: 28 of 85 workflows flagged, 52 findings:
//   49 jobs with no `permissions:` (the repository default may be write), 3 with `checks: write`.
