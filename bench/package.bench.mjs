// The published package as a user gets it: `npm pack`, then `npm install <tarball>` into an empty project and the
// first `npx prodguard` there. Prints the tarball and installed sizes, the number of packages installed, the install
// time and the cold start of `npx prodguard --version` against a bare `node -e 0` (medians of 5). Needs a built dist/
// (npm run bench builds it); installing a package without dependencies touches no registry.
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdtempSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { fileURLToPath } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))

function duSync(dir) {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? duSync(path) : statSync(path).size
  }
  return total
}

function timed(command, args, cwd) {
  const started = performance.now()
  const result = spawnSync(command, args, { cwd, encoding: 'utf8' })
  const ms = performance.now() - started
  if (result.status !== 0) throw new Error(`${command} ${args.join(' ')} failed: ${result.stderr}`)
  return { ms, stdout: result.stdout }
}

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]

export async function run() {
  const work = mkdtempSync(join(tmpdir(), 'prodguard-package-bench-'))
  try {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' }))[0]
    const tarball = join(work, packed.filename)
    const project = join(work, 'project')
    execFileSync('mkdir', ['-p', project])
    writeFileSync(join(project, 'package.json'), '{ "name": "bench-project", "version": "1.0.0", "private": true }\n')
    const installs = []
    for (let i = 0; i < 3; i++) {
      rmSync(join(project, 'node_modules'), { recursive: true, force: true })
      rmSync(join(project, 'package-lock.json'), { force: true })
      installs.push(timed('npm', ['install', '--no-audit', '--no-fund', '--offline', tarball], project).ms)
    }
    const modules = readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))
    const deps = Object.keys(JSON.parse(execFileSync('npm', ['ls', '--all', '--json'], { cwd: project, encoding: 'utf8' })).dependencies ?? {})
    const bare = []
    const npmItself = []
    const npx = []
    const direct = []
    for (let i = 0; i < 5; i++) {
      bare.push(timed(process.execPath, ['-e', '0'], project).ms)
      npmItself.push(timed('npx', ['--version'], project).ms)
      npx.push(timed('npx', ['--no', '--', 'prodguard', '--version'], project).ms)
      direct.push(timed(process.execPath, [join(project, 'node_modules/prodguard/dist/cli.js'), '--version'], project).ms)
    }
    console.log(`tarball ${packed.filename}: ${(packed.size / 1e6).toFixed(2)} MB packed, ${(packed.unpackedSize / 1e6).toFixed(2)} MB unpacked, ${packed.entryCount} files`)
    console.log(`installed: ${modules.length} package(s) in node_modules (${modules.join(', ')}), ${deps.length} in npm ls, ${(duSync(join(project, 'node_modules')) / 1e6).toFixed(1)} MB`)
    console.log(`npm install <tarball>: median ${median(installs).toFixed(0)} ms of ${installs.length}`)
    console.log(`npx prodguard --version: median ${median(npx).toFixed(0)} ms (npx --version alone: ${median(npmItself).toFixed(0)} ms); node dist/cli.js --version: ${median(direct).toFixed(0)} ms; node -e 0: ${median(bare).toFixed(0)} ms`)
    if (modules.length !== 1) throw new Error(`the package pulled in other packages: ${modules.join(', ')}`)
  } finally {
    rmSync(work, { recursive: true, force: true })
  }
}
