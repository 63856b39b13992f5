/** A migration renamed into or within a migrations folder runs again: from a real git rename, its findings are new. */
import { mkdirSync } from 'node:fs'
import { dirname, join } from 'node:path'
import { describe, expect, it } from '@jest/globals'
import type { TempRepo } from '../helpers/git-repo.js'
import type { Finding } from '../../src/findings/finding.js'
import { diffFindings } from './git-diff.js'

const DROP = '-- drop the legacy table, data moved to orders_v2 in 2025\nDROP TABLE legacy_orders;\n'
const RAILS = `class RemoveLegacyColumns < ActiveRecord::Migration[7.1]
  def change
    remove_column :users, :legacy_token, :string
  end
end
`

const rename = (from: string, to: string) => (repo: TempRepo) => {
  mkdirSync(dirname(join(repo.dir, to)), { recursive: true })
  repo.git('mv', from, to)
}
const blocking = (findings: Finding[]) => findings.filter((f) => f.severity === 'block' && !f.suppressed).map((f) => `${f.ruleId} ${f.file}`)

describe('renamed migrations', () => {
  it('reports an applied SQL migration with a DROP renamed to a new version number', async () => {
    const found = await diffFindings({ 'db/migrations/0001_drop_legacy.sql': DROP }, rename('db/migrations/0001_drop_legacy.sql', 'db/migrations/0042_drop_legacy.sql'))
    expect(blocking(found)).toEqual(['destructive-sql/drop-table db/migrations/0042_drop_legacy.sql'])
  })

  it('reports a Flyway migration renamed to another version', async () => {
    const found = await diffFindings({ 'src/main/resources/db/migration/V3__drop_legacy.sql': DROP }, rename('src/main/resources/db/migration/V3__drop_legacy.sql', 'src/main/resources/db/migration/V9__drop_legacy.sql'))
    expect(blocking(found)).toEqual(['destructive-sql/drop-table src/main/resources/db/migration/V9__drop_legacy.sql'])
  })

  it('reports a Rails migration renamed to a new timestamp', async () => {
    const found = await diffFindings({ 'db/migrate/20240101120000_remove_legacy_columns.rb': RAILS }, rename('db/migrate/20240101120000_remove_legacy_columns.rb', 'db/migrate/20261101120000_remove_legacy_columns.rb'))
    expect(blocking(found)).toEqual([expect.stringMatching(/^destructive-sql\/\S+ db\/migrate\/20261101120000_remove_legacy_columns\.rb$/)])
  })

  it('reports a script moved into a migrations folder', async () => {
    const found = await diffFindings({ 'scripts/cleanup.sql': DROP }, rename('scripts/cleanup.sql', 'db/migrations/0043_cleanup.sql'))
    expect(blocking(found)).toEqual(['destructive-sql/drop-table db/migrations/0043_cleanup.sql'])
  })

  it('reports a rename into a configured migrations path', async () => {
    const found = await diffFindings({ 'db/changes/001.sql': DROP }, rename('db/changes/001.sql', 'db/changes/007.sql'), { config: { paths: { migrations: ['db/changes/**'] } } })
    expect(blocking(found)).toEqual(['destructive-sql/drop-table db/changes/007.sql'])
  })

  it('keeps renames of other files as today: only what the rename changed is new', async () => {
    expect(blocking(await diffFindings({ 'docs/legacy/teardown.sql': DROP }, rename('docs/legacy/teardown.sql', 'docs/archive/teardown.sql')))).toEqual([])
    expect(blocking(await diffFindings({ 'db/migrations/0001_drop_legacy.sql': DROP }, rename('db/migrations/0001_drop_legacy.sql', 'archive/0001_drop_legacy.sql')))).toEqual([])
  })

  it('does not report an unchanged migration that stays where it is', async () => {
    const found = await diffFindings({ 'db/migrations/0001_drop_legacy.sql': DROP }, (repo) => repo.write({ 'README.md': '# app, documented\n' }))
    expect(blocking(found)).toEqual([])
  })
})
