/** The repository the end-to-end scenarios run against: a small shop service with migrations, config and the workflow. */
import { TempRepo } from '../helpers/git-repo.js'
import { RECOMMENDED_WORKFLOW } from '../../src/action/workflow-template.js'
import { GitHubDouble } from './github-double.js'

export const BASE_FILES: Record<string, string> = {
  'README.md': '# shop\n\nOrders and customers.\n',
  '.prodguard.yml': 'version: 1\napprovals:\n  required: 1\n',
  '.github/workflows/prodguard.yml': RECOMMENDED_WORKFLOW,
  'package.json': JSON.stringify({ name: 'shop', version: '1.4.0', private: true, scripts: { start: 'node src/server.js' } }, null, 2) + '\n',
  'src/server.js': "import { createServer } from 'node:http'\ncreateServer((req, res) => res.end('ok')).listen(8080)\n",
  'db/migrations/0001_create_users.sql': [
    'CREATE TABLE users (',
    '  id bigserial PRIMARY KEY,',
    '  email text NOT NULL UNIQUE,',
    '  created_at timestamptz NOT NULL DEFAULT now()',
    ');',
    '',
    'CREATE TABLE legacy_users (',
    '  id bigint PRIMARY KEY,',
    '  email text',
    ');',
    ''
  ].join('\n')
}

export const DROP_LEGACY = 'db/migrations/0002_drop_legacy_users.sql'
export const DROP_LEGACY_SQL = '-- legacy_users was replaced by users in 2024\nDROP TABLE legacy_users;\n'

export class ShopRepo {
  readonly git = new TempRepo('prodguard-shop-')
  readonly base: string

  constructor(baseFiles: Record<string, string> = BASE_FILES) {
    this.git.write(baseFiles)
    this.base = this.git.commit('Initial schema')
  }

  /** A branch off main with the given changes committed (null deletes a file). */
  branch(name: string, files: Record<string, string | null>, message = 'Change'): string {
    this.git.git('checkout', '-q', '-b', name, 'main')
    return this.commit(files, message)
  }

  /** Another commit on the current branch. */
  commit(files: Record<string, string | null>, message = 'More changes'): string {
    const writes: Record<string, string> = {}
    for (const [path, content] of Object.entries(files)) {
      if (content === null) this.git.remove(path)
      else writes[path] = content
    }
    this.git.write(writes)
    return this.git.commit(message)
  }

  checkout(ref: string): void {
    this.git.git('checkout', '-q', ref)
  }

  async serve(): Promise<GitHubDouble> {
    return new GitHubDouble(this.git.dir, 'acme', 'shop').start()
  }

  cleanup(): void {
    this.git.cleanup()
  }
}
