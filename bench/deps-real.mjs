// Dependency verdicts on real public applications: `check --offline` on each repository at a pinned commit, and
// `diff --offline` over real dependency-bump commits, with every blocking outdated-dependency finding printed beside
// the judgement written down in bench/deps-real.judgements.tsv (true: the line really gets no fixes; noise: it does,
// or it is not the project's). Prints the noise share and the bump commits that block.
//
// Corpus: each repository cloned (full history) under $DEPS_CORPUS (default /work/corpora/deps) as `owner+name`:
//   git clone https://github.com/<owner>/<name> "$DEPS_CORPUS/<owner>+<name>"
// The script checks out the pinned commit itself. It runs the CLI bundle: build it first (`node scripts/build.mjs`).
// `node bench/deps-real.mjs` · `--write-skeleton` appends unjudged findings to the judgements file as `?`.
// `PRODGUARD_NOW` pins "now" (the judgements were written for 2026-12-03).
import { execFileSync, spawnSync } from 'node:child_process'
import { appendFileSync, existsSync, readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const corpus = process.env.DEPS_CORPUS ?? '/work/corpora/deps'
const judgementsFile = `${root}bench/deps-real.judgements.tsv`
const now = process.env.PRODGUARD_NOW ?? '2026-12-03T12:00:00Z'

/** Applications, one or more per ecosystem prodguard reads, at the commit judged. */
const REPOSITORIES = [
  ['outline/outline', 'd77dcdf853868c5d5fe125c895c9b71f0eff5c68', 'Node (yarn berry, workspaces), Docker, actions'],
  ['umami-software/umami', 'c0ea3aefbee7a3429ee2f824b06dc4a9dbe0b7e1', 'Node (pnpm), Docker, actions'],
  ['saleor/saleor', '723cd4eba87dfc72822ade45dc08a3caa548428d', 'Python (pyproject, uv.lock), Node engines, Docker'],
  ['healthchecks/healthchecks', '29b5ec251059034b79e0120e2ff0c3e35d7bd9f8', 'Python (requirements.txt), Docker, actions'],
  ['paperless-ngx/paperless-ngx', 'b0e0e8a35373a5d9d588a507cb63c79e50a23403', 'Python (pyproject), Node, Docker, compose'],
  ['usememos/memos', '76a762924306e782871204f131f4033be5e8e41a', 'Go (go.mod), Node (pnpm), Docker, actions'],
  ['gotify/server', 'd543a8aad22fcbebf25e76d201b4317882b5e148', 'Go (go.mod with toolchain), Node, Docker'],
  ['lobsters/lobsters', '57268d762e1c2c95b7a8e64ee8deb259cddd8cc0', 'Ruby (Gemfile.lock), Docker, actions'],
  ['maybe-finance/maybe', '77b5469832758d1cbee1a940f3012a1ae1c74cd3', 'Ruby (Rails Gemfile.lock), Docker, compose, actions'],
  ['macrozheng/mall', '74eebe067d4f17b2d0b61691bef2748e3a7daf80', 'Java (Maven multi-module, Spring Boot), compose'],
  ['spring-projects/spring-petclinic', 'edf4db28affcc4741c79850a3d95bc3f177b5ff9', 'Java (Maven, Gradle), compose, actions'],
  ['monicahq/monica', 'e08e91734170b6bbd582cb578532c3948196124e', 'PHP (composer.lock, Laravel), Node, Docker, actions'],
  ['docker/awesome-compose', '18f59bdb09ecf520dd5758fbf90dec314baec545', 'a compose collection: 40 sample stacks']
]

/** Real dependency-bump commits (Dependabot, Renovate, by hand): each is diffed against its parent. */
const BUMPS = [
  ['gotify/server', 'bd63a04c2f854378f142787d7e09e81d5026785a', 'actions/setup-go to v7'],
  ['gotify/server', '69f2ef4b63ce012e254f944d15b2ac166534a3d9', 'actions/setup-node to v7'],
  ['gotify/server', '3fb6708077b3c4d7f9fde3ccabed5a1117faf531', '@vitejs/plugin-react to v6'],
  ['gotify/server', '704bd4f60b2b32c62fa592fd32d43f629eaaa59d', 'vitest to v4.1.0 [security]'],
  ['healthchecks/healthchecks', '3046fc8faae8e3f6089339de889ae44f608e6da2', 'django-stubs and mypy'],
  ['healthchecks/healthchecks', '8e8178308433e77f4543c76ebbb15606e74553f1', 'action versions of a workflow'],
  ['healthchecks/healthchecks', '935255494dd5cad961469ce0979f7812849ee226', 'actions/checkout'],
  ['lobsters/lobsters', '16d6e54132c2b48e2086d868f321e71061d3d070', 'a gem for a CVE'],
  ['lobsters/lobsters', '9e849fd42b2253d89a1ab34bad04ae7ec3c53e78', 'a gem for a CVE'],
  ['maybe-finance/maybe', 'e848db2aa18d44ef3c56beb7c38f4504a96c7db1', 'sidekiq 8.0.4 -> 8.0.5'],
  ['maybe-finance/maybe', 'e7043328e4fab0781a521e31fc218c80cb0d7e5d', 'pagy 9.3.4 -> 9.3.5'],
  ['monicahq/monica', 'f504e9e1a232507cc7a2c531df581e0021e00fbc', 'actions/checkout 4 -> 5'],
  ['monicahq/monica', '39c5ae80d7b265e049a5d948b67f73a8b601d069', 'actions/download-artifact 4 -> 5'],
  ['monicahq/monica', '6765937527debe41bf151865db49551a834fb4df', 'form-data 4.0.2 -> 4.0.4 (lockfile)'],
  ['monicahq/monica', '395af85f3efd6e60e3e3f4adc9a8ace66dd49b70', 'composer and npm dependencies'],
  ['outline/outline', 'f52e77ff6c97c612ed327a8c0b953097c9779167', 'the sentry group'],
  ['outline/outline', 'a235df6714838da08888ae22b8e6bf1afd765626', 'the aws group'],
  ['outline/outline', '5ed336c3499a4bc6ec5623423380e2ebe318b2aa', '@dotenvx/dotenvx 1.66.0 -> 1.75.1'],
  ['paperless-ngx/paperless-ngx', 'd283205f578c1d738761d16e8790644e8d8681e9', 'h2 in uv.lock'],
  ['paperless-ngx/paperless-ngx', '91d6741b4f7935cda99b1694e2ccaf227f904061', 'pdfjs-dist 6.1 -> 6.2'],
  ['paperless-ngx/paperless-ngx', 'e86adb6c36d37670459a300b73cd109a779985bb', 'utilities-patch group'],
  ['saleor/saleor', '8f7b1530ec9e623e80963e0b93a1969d83ef0b49', 'petl 1.7.17 -> 1.7.20'],
  ['saleor/saleor', '55c5b8bf8360ffa014d5ab7ee3f1b63f4635b06b', 'google-cloud-pubsub 2.31 -> 2.39'],
  ['saleor/saleor', '6c7c18c75927eb109234c67a757971fabefc6338', 'faker 26 -> 40'],
  ['saleor/saleor', '708b47390ce8b6298b30f93ec0e3bc20548c2912', 'django-filter 25.2 -> 26.1'],
  ['spring-projects/spring-petclinic', '6508cfb05fd0376d020649f49f564ead8059fea7', 'gradle 8.4 -> 8.6'],
  ['spring-projects/spring-petclinic', '172112492ee067234b9234497066a633862a7215', 'actions checkout and setup-java'],
  ['spring-projects/spring-petclinic', '923e2b7aa331b8194a6579da99fb6388f15d7f3e', 'Spring Boot 3.1.3'],
  ['umami-software/umami', '2eb25596fb0466e103ffd668d01148fc3f901bfc', 'next 16.2.4 -> 16.2.6'],
  ['umami-software/umami', 'd7c6a760be92ab80906395274374cd8447ad336a', 'next-intl 4.8.3 -> 4.9.2'],
  ['usememos/memos', 'f3a6bfa8d9c44363e82bb6b23ea90eb195e95ab8', 'backend (Go) dependencies'],
  ['usememos/memos', 'a0b64176891d40525c1b8b6634150671a71fdc53', 'pnpm 11.0.1'],
  ['docker/awesome-compose', '94c483302a363fe39cbfc8fbc52bf062089afb84', 'elliptic 6.5.2 -> 6.5.3 (lockfile)'],
  ['docker/awesome-compose', '89724644e644f00d3702dd971f9aa9ffd74e1730', 'lodash 4.17.15 -> 4.17.19']
]

const dirOf = (repo) => `${corpus}/${repo.replace('/', '+')}`
const git = (dir, ...args) => execFileSync('git', ['-C', dir, ...args], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] })

function cli(dir, args) {
  const run = spawnSync(process.execPath, [process.env.PRODGUARD_CLI ?? `${root}dist/cli.js`, ...args, '--offline', '--format', 'json'], {
    cwd: dir,
    encoding: 'utf8',
    maxBuffer: 256 * 1024 * 1024,
    env: { ...process.env, PRODGUARD_NOW: now, NO_COLOR: '1' }
  })
  if (run.status !== 0 && run.status !== 1) throw new Error(`prodguard ${args.join(' ')} in ${dir} exited ${run.status}: ${run.stderr.slice(0, 400)}`)
  return JSON.parse(run.stdout)
}

/** Blocking findings of this family: outdated-dependency, and parse errors of the files it reads. */
const ours = (report) =>
  report.findings.filter((f) => f.severity === 'block' && (f.category === 'outdated-dependency' || (f.ruleId === 'unanalyzable/parse-error' && /check its dependencies/.test(f.message))))

const keyOf = (repo, f) => [repo, f.file, f.ruleId.replace('outdated-dependency/', ''), f.evidence.replace(/\s+/g, ' ').trim()].join('\t')

function judgements() {
  const table = new Map()
  if (!existsSync(judgementsFile)) return table
  for (const line of readFileSync(judgementsFile, 'utf8').split('\n')) {
    if (line.trim() === '' || line.startsWith('#')) continue
    const cols = line.split('\t')
    table.set(cols.slice(0, 4).join('\t'), { verdict: cols[4], why: cols[5] ?? '' })
  }
  return table
}

export async function run() {
  if (!existsSync(`${root}dist/cli.js`)) throw new Error('build the CLI first: node scripts/build.mjs')
  const judged = judgements()
  const skeleton = process.argv.includes('--write-skeleton')
  const counts = { true: 0, noise: 0, unjudged: 0 }
  const missing = []
  console.log(`check --offline (now ${now})`)
  for (const [repo, commit, what] of REPOSITORIES) {
    const dir = dirOf(repo)
    if (!existsSync(dir)) {
      missing.push(`${repo} (git clone https://github.com/${repo} ${dir} && git -C ${dir} checkout ${commit})`)
      continue
    }
    if (git(dir, 'rev-parse', 'HEAD').trim() !== commit) git(dir, 'checkout', '-q', '-f', '--detach', commit)
    const found = ours(cli(dir, ['check']))
    console.log(`\n${repo} @ ${commit.slice(0, 10)} (${what}): ${found.length} blocking`)
    for (const f of found) {
      const key = keyOf(repo, f)
      const j = judged.get(key)
      const verdict = j?.verdict === 'true' || j?.verdict === 'noise' ? j.verdict : 'unjudged'
      counts[verdict]++
      if (verdict === 'unjudged' && skeleton) appendFileSync(judgementsFile, `${key}\t?\t${f.message.replace(/\s+/g, ' ').slice(0, 160)}\n`)
      console.log(`  ${verdict.toUpperCase().padEnd(8)} ${f.file}:${f.line} ${f.ruleId.replace('outdated-dependency/', '')}: ${f.message.slice(0, 150)}`)
      if (j?.why) console.log(`           judgement: ${j.why}`)
    }
  }
  const total = counts.true + counts.noise + counts.unjudged
  console.log(`\ncheck: ${total} blocking findings: ${counts.true} true, ${counts.noise} noise, ${counts.unjudged} unjudged; noise share ${total === 0 ? 0 : ((100 * counts.noise) / total).toFixed(1)}%`)

  console.log('\ndiff --offline over dependency-bump commits (each against its parent)')
  let blockingBumps = 0
  let ran = 0
  for (const [repo, commit, what] of BUMPS) {
    const dir = dirOf(repo)
    if (!existsSync(dir)) continue
    const found = ours(cli(dir, ['diff', '--base', `${commit}^`, '--head', commit]))
    ran++
    if (found.length > 0) blockingBumps++
    console.log(`  ${found.length === 0 ? 'pass ' : 'BLOCK'} ${repo} ${commit.slice(0, 10)} ${what}`)
    for (const f of found) console.log(`        ${f.file}:${f.line} ${f.ruleId}: ${f.message.slice(0, 150)}`)
  }
  console.log(`diff: ${ran} bump commits, ${blockingBumps} blocking`)
  if (missing.length > 0) console.log(`\nnot in the corpus (skipped):\n  ${missing.join('\n  ')}`)
  return { ...counts, total, bumps: ran, blockingBumps }
}

if (import.meta.url === `file://${process.argv[1]}`) await run()
