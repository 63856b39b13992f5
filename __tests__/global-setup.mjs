// Tests exercise the real bundle (dist/cli.js, dist/index.js) the way users and the Actions runner run it,
// so the bundle is rebuilt from the sources once before the suite.
import { execFileSync } from 'node:child_process'

export default function globalSetup() {
  if (process.env.PRODGUARD_SKIP_BUILD === '1') return
  execFileSync(process.execPath, ['scripts/build.mjs'], { stdio: 'inherit' })
}
