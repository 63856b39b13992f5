/** Real git repositories in a temp folder, for tests of the git source, the CLI and the pre-commit hook. */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { dirname, join } from 'node:path'

export class TempRepo {
  readonly dir: string

  constructor(prefix = 'prodguard-repo-') {
    this.dir = mkdtempSync(join(tmpdir(), prefix))
    this.git('init', '-q', '-b', 'main')
    this.git('config', 'user.email', 'dev@example.com')
    this.git('config', 'user.name', 'Dev')
    this.git('config', 'commit.gpgsign', 'false')
  }

  git(...args: string[]): string {
    return execFileSync('git', args, { cwd: this.dir, encoding: 'utf8', env: { ...process.env, GIT_CONFIG_NOSYSTEM: '1' } })
  }

  write(files: Record<string, string | Buffer>): this {
    for (const [path, content] of Object.entries(files)) {
      const file = join(this.dir, path)
      mkdirSync(dirname(file), { recursive: true })
      writeFileSync(file, content)
    }
    return this
  }

  remove(...paths: string[]): this {
    for (const path of paths) rmSync(join(this.dir, path), { force: true })
    return this
  }

  commit(message: string): string {
    this.git('add', '-A')
    this.git('commit', '-q', '--allow-empty', '-m', message)
    return this.git('rev-parse', 'HEAD').trim()
  }

  cleanup(): void {
    rmSync(this.dir, { recursive: true, force: true })
  }
}
