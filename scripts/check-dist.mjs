// Fails when the committed dist/ differs from a fresh build: the Action and `npx prodguard` run dist/, not src/.
import { execFileSync } from 'node:child_process'

const run = (cmd, args) => execFileSync(cmd, args, { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] })
run('node', ['scripts/build.mjs'])
const changed = run('git', ['status', '--porcelain', '--untracked-files=all', '--', 'dist'])
if (changed.trim() !== '') {
  process.stderr.write(`dist/ is stale: a fresh build differs from what is committed:\n${changed}\nRun \`npm run build\` and commit dist/.\n`)
  process.exit(1)
}
process.stdout.write('dist/ matches a fresh build.\n')
