/**
 * MySQL lock rules: ALTER TABLE clauses against InnoDB's online DDL by server version, ALGORITHM=COPY spelled out,
 * and the near misses (changes that run INSTANT or INPLACE with concurrent DML).
 */
import { describe, expect, it } from '@jest/globals'
import type { Finding } from '../../src/findings/finding.js'
import { scanFiles, type ScanTestOptions } from '../helpers/scan.js'

function locks(findings: Finding[]): string[] {
  return findings.filter((f) => f.category === 'lock-safety').map((f) => `${f.ruleId.slice('lock-safety/'.length)}@${f.line}`)
}

const PATH = 'db/migrations/mysql/20261201090000_change.sql'
const lint = async (sql: string, opts: ScanTestOptions = {}, extra: Record<string, string> = {}): Promise<string[]> =>
  locks(await scanFiles({ [PATH]: sql, ...extra }, { config: { sql: { dialect: 'mysql' }, ...opts.config } }))

const cases: Array<[string, string, string[]]> = [
  ['ALGORITHM=COPY', 'ALTER TABLE `orders` ADD COLUMN `note` TEXT, ALGORITHM=COPY;\n', ['mysql-copy-algorithm@1']],
  ['ADD COLUMN and ADD INDEX run online', 'ALTER TABLE `orders`\n  ADD COLUMN `note` VARCHAR(255) NULL,\n  ADD INDEX `idx_note` (`note`);\n', []],
  ['MODIFY on the third line', 'ALTER TABLE `orders`\n  ADD COLUMN `a` INT NULL,\n  MODIFY `amount` BIGINT NOT NULL;\n', ['mysql-blocking-alter@3']],
  ['CHANGE COLUMN', 'ALTER TABLE orders CHANGE COLUMN total total_cents BIGINT NOT NULL;\n', ['mysql-blocking-alter@1']],
  ['RENAME COLUMN', 'ALTER TABLE orders RENAME COLUMN total TO total_cents;\n', []],
  ['foreign key', 'ALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id);\n', ['mysql-blocking-alter@1']],
  ['foreign key with checks off', 'SET foreign_key_checks = 0;\nALTER TABLE orders ADD CONSTRAINT fk_c FOREIGN KEY (customer_id) REFERENCES customers (id);\nSET foreign_key_checks = 1;\n', []],
  ['FULLTEXT index', 'CREATE FULLTEXT INDEX ft_body ON posts (body);\nCREATE INDEX idx_author ON posts (author_id);\n', ['mysql-blocking-alter@1']],
  ['CONVERT TO CHARACTER SET', 'ALTER TABLE posts CONVERT TO CHARACTER SET utf8mb4 COLLATE utf8mb4_0900_ai_ci;\n', ['mysql-blocking-alter@1']],
  ['DROP PRIMARY KEY alone, and swapped', 'ALTER TABLE t DROP PRIMARY KEY;\nALTER TABLE t DROP PRIMARY KEY, ADD PRIMARY KEY (id, tenant_id);\n', ['mysql-blocking-alter@1']],
  ['explicit INPLACE, LOCK=NONE', 'ALTER TABLE orders MODIFY amount BIGINT NOT NULL, ALGORITHM=INPLACE, LOCK=NONE;\n', []],
  ['LOCK=SHARED spelled out', 'ALTER TABLE orders ADD INDEX idx_a (a), LOCK=SHARED;\n', ['mysql-blocking-alter@1']],
  ['table created in the file', 'CREATE TABLE invoices (id BIGINT PRIMARY KEY, total INT);\nALTER TABLE invoices MODIFY total BIGINT;\n', []]
]

describe('MySQL lock rules', () => {
  it.each(cases)('%s', async (_name, sql, expected) => {
    expect(await lint(sql)).toEqual(expected)
  })

  it('judges against mysql.version, or the image the repository declares', async () => {
    const sql = 'ALTER TABLE orders ADD COLUMN note TEXT NULL;\n'
    expect(await lint(sql, { config: { mysql: { version: '5.5' } } })).toEqual(['mysql-blocking-alter@1'])
    expect(await lint(sql, {}, { 'docker-compose.yml': 'services:\n  db:\n    image: mysql:5.5.62\n' })).toEqual(['mysql-blocking-alter@1'])
    expect(await lint(sql, {}, { 'docker-compose.yml': 'services:\n  db:\n    image: mysql:8.0.36\n' })).toEqual([])
  })

  it('names the declared version in the message, whichever file comes first', async () => {
    const findings = await scanFiles({ 'db/migrate/001.sql': 'ALTER TABLE orders ADD COLUMN note TEXT NULL;\n', 'ops/docker-compose.yml': 'services:\n  db:\n    image: mysql:5.5.62\n' }, { config: { sql: { dialect: 'mysql' } } })
    const found = findings.filter((f) => f.ruleId === 'lock-safety/mysql-blocking-alter')
    expect(found).toHaveLength(1)
    expect(found[0]!.message).toContain('MySQL 5.5.62 (ops/docker-compose.yml)')
    expect(found[0]!.message).not.toContain('\u0000')
  })
})
