// Benchmark of the SQL engine through the real CLI (`node dist/cli.js check DIR --format json`):
//  - 10,000 mixed migration files (~15 MB: PostgreSQL-heavy, MySQL, SQLite, T-SQL, Snowflake; Flyway, golang-migrate,
//    goose, dbmate, Liquibase, Prisma, Drizzle shapes): files/s, MB/s, peak RSS;
//  - 10,000 PostgreSQL migration files against squawk 2.66 (npm squawk-cli): wall time, and recall: every statement
//    squawk's drop/truncate rules flag must be flagged by prodguard, plus what squawk misses; recall of both against
//    the statements the generator planted;
//  - a one-file run, minus a bare `node -e 0`;
//  - a generated 200 MB pg_dump-style .sql dump, streamed: peak RSS.
// The corpus is generated (deterministically) under bench/.corpus/sql/, which git ignores; each corpus folder is its
// own git repository so prodguard's .gitignore handling does not skip it. Run alone: `node bench/sql.bench.mjs`.
// PRODGUARD_CLI=path overrides dist/cli.js (e.g. a bundle built elsewhere).
import { spawnSync } from 'node:child_process'
import { createWriteStream, existsSync, mkdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = join(root, 'bench/.corpus/sql')
const GENERATOR_VERSION = '4'
const FILES = 10_000
const DUMP_BYTES = 200 * 1024 * 1024

// --- deterministic randomness ------------------------------------------------------------------------------------

function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const WORDS = ['user', 'account', 'order', 'invoice', 'payment', 'product', 'session', 'audit_log', 'event', 'team', 'project', 'comment', 'tag', 'shipment', 'address', 'subscription', 'plan', 'webhook', 'token', 'report']
const COLUMNS = ['name', 'email', 'status', 'created_at', 'updated_at', 'amount', 'currency', 'title', 'body', 'slug', 'external_id', 'metadata', 'deleted_at', 'position', 'score', 'notes']

class Gen {
  constructor(seed) {
    this.r = prng(seed)
  }
  int(n) {
    return Math.floor(this.r() * n)
  }
  pick(list) {
    return list[this.int(list.length)]
  }
  chance(p) {
    return this.r() < p
  }
  table() {
    return `${this.pick(WORDS)}${this.chance(0.3) ? `_${this.pick(['items', 'history', 'archive', 'links', 'settings'])}` : 's'}`
  }
  column() {
    return this.pick(COLUMNS)
  }
}

// --- PostgreSQL migrations ---------------------------------------------------------------------------------------

/** Safe PostgreSQL statements, in the shapes real migrations have (Prisma, Rails structure, hand-written). */
function pgSafeStatement(g, quoted) {
  const q = (name) => (quoted ? `"${name}"` : name)
  const t = g.table()
  switch (g.int(12)) {
    case 0:
    case 1: {
      const cols = Array.from({ length: 3 + g.int(6) }, () => `    ${q(g.column())} ${g.pick(['TEXT', 'INTEGER', 'TIMESTAMP(3)', 'BOOLEAN NOT NULL DEFAULT false', 'JSONB', 'VARCHAR(255)', 'DECIMAL(65,30)'])}`)
      return `-- CreateTable\nCREATE TABLE ${q(t)} (\n    ${q('id')} SERIAL NOT NULL,\n${cols.join(',\n')},\n\n    CONSTRAINT ${q(`${t}_pkey`)} PRIMARY KEY (${q('id')})\n);`
    }
    case 2:
      return `-- CreateIndex\nCREATE UNIQUE INDEX ${q(`${t}_${g.column()}_key`)} ON ${q(t)}(${q(g.column())});`
    case 3:
      return `-- AddForeignKey\nALTER TABLE ${q(t)} ADD CONSTRAINT ${q(`${t}_${g.pick(WORDS)}_id_fkey`)} FOREIGN KEY (${q(`${g.pick(WORDS)}_id`)}) REFERENCES ${q(g.table())}(${q('id')}) ON DELETE CASCADE ON UPDATE CASCADE;`
    case 4:
      return `ALTER TABLE ${q(t)} ADD COLUMN ${q(g.column())} ${g.pick(['text', 'integer', 'timestamptz', 'boolean DEFAULT false NOT NULL'])};`
    case 5:
      return `CREATE INDEX CONCURRENTLY IF NOT EXISTS ${t}_${g.column()}_idx ON ${t} (${g.column()});`
    case 6:
      return `-- CreateEnum\nCREATE TYPE ${q(`${g.pick(WORDS)}_status`)} AS ENUM ('active', 'inactive', 'pending');`
    case 7:
      return `ALTER TYPE ${q(`${g.pick(WORDS)}_status`)} ADD VALUE IF NOT EXISTS 'archived';`
    case 8:
      return `UPDATE ${t} SET ${g.column()} = 'unknown' WHERE ${g.column()} IS NULL;`
    case 9:
      return `DELETE FROM ${t} WHERE created_at < now() - interval '${1 + g.int(90)} days';`
    case 10:
      return `CREATE OR REPLACE FUNCTION set_${t}_updated_at() RETURNS trigger AS $$\nBEGIN\n  NEW.updated_at = now();\n  RETURN NEW;\nEND;\n$$ LANGUAGE plpgsql;\n\nCREATE TRIGGER ${t}_updated_at BEFORE UPDATE ON ${t} FOR EACH ROW EXECUTE FUNCTION set_${t}_updated_at();`
    default:
      return `-- the old code ran: DROP TABLE ${t};\nCOMMENT ON TABLE ${t} IS 'Do not TRUNCATE ${t}; it feeds the DELETE FROM audit job';`
  }
}

/** Destructive PostgreSQL statements: text, the prodguard rules it must raise, and the squawk rules that fire on it. */
const PG_DESTRUCTIVE = [
  (g, t) => [`DROP TABLE ${t};`, ['drop-table'], ['ban-drop-table']],
  (g, t) => [`DROP TABLE IF EXISTS "${t}" CASCADE;`, ['drop-table', 'cascade'], ['ban-drop-table']],
  (g, t) => [`ALTER TABLE "${t}" DROP COLUMN "${g.column()}";`, ['drop-column'], ['ban-drop-column']],
  (g, t) => [`TRUNCATE ${t};`, ['truncate'], []],
  (g, t) => [`TRUNCATE TABLE ${t} CASCADE;`, ['truncate', 'cascade'], ['ban-truncate-cascade']],
  (g, t) => [`DELETE FROM ${t};`, ['delete-without-where'], []],
  (g, t) => [`UPDATE ${t} SET ${g.column()} = NULL;`, ['update-without-where'], []],
  (g, t) => [`DELETE FROM ${t} WHERE 1 = 1;`, ['delete-without-where'], []],
  (g, t) => [`DROP SCHEMA ${t}_archive CASCADE;`, ['drop-schema', 'cascade'], []],
  (g, t) => [`DROP DATABASE ${t}_reporting;`, ['drop-database'], ['ban-drop-database']],
  (g, t) => [`ALTER TABLE ${t} ALTER COLUMN ${g.column()} TYPE bigint;`, ['alter-column-type'], ['changing-column-type']],
  (g, t) => [`ALTER TABLE ${t} ALTER COLUMN ${g.column()} DROP NOT NULL;`, ['drop-not-null'], ['ban-drop-not-null']],
  (g, t) => [`ALTER TABLE ${t} RENAME COLUMN ${g.column()} TO ${g.column()}_old;`, ['rename-column'], ['renaming-column']],
  (g, t) => [`ALTER TABLE ${t} RENAME TO ${t}_old;`, ['rename-table'], ['renaming-table']],
  (g, t) => [`DROP VIEW IF EXISTS ${t}_view;`, ['drop-object'], []],
  (g, t) => [`DO $$\nBEGIN\n  EXECUTE 'DROP TABLE ' || quote_ident('${t}');\nEND\n$$;`, ['drop-table'], []]
]

/** One PostgreSQL migration file: its path, text, and the planted findings (rule, 1-based line). */
function pgMigration(g, index) {
  const prisma = g.chance(0.45)
  const shape = prisma ? 'prisma' : g.pick(['golang-migrate', 'goose', 'dbmate', 'flyway', 'plain'])
  const id = 20200101000000 + index * 37
  const name = `${g.pick(['add', 'create', 'update', 'change', 'backfill', 'cleanup'])}_${g.pick(WORDS)}`
  const statements = Array.from({ length: 4 + g.int(12) }, () => pgSafeStatement(g, prisma))
  const planted = []
  if (g.chance(0.12)) {
    // a name no CREATE TABLE in the same file uses: a table the file created itself is rightly not reported
    const [text, rules, squawk] = g.pick(PG_DESTRUCTIVE)(g, `legacy_${g.pick(WORDS)}_${index % 97}`)
    const at = g.int(statements.length + 1)
    statements.splice(at, 0, text)
    planted.push({ at, rules, squawk })
  }
  let path
  let head = ''
  let tail = ''
  switch (shape) {
    case 'prisma':
      path = `prisma/migrations/${id}_${name}/migration.sql`
      break
    case 'golang-migrate':
      path = `db/migrations/${String(index).padStart(6, '0')}_${name}.up.sql`
      break
    case 'goose':
      path = `db/goose/${id}_${name}.sql`
      head = '-- +goose Up\n-- +goose StatementBegin\n'
      tail = '\n-- +goose StatementEnd\n'
      break
    case 'dbmate':
      path = `db/dbmate/${id}_${name}.sql`
      head = '-- migrate:up\n'
      tail = '\n\n-- migrate:down\n'
      break
    case 'flyway':
      path = `src/main/resources/db/migration/V${index + 1}__${name}.sql`
      break
    default:
      path = `migrations/${id}_${name}.sql`
  }
  let text = head
  const findings = []
  statements.forEach((statement, i) => {
    const line = text.split('\n').length
    for (const p of planted) {
      if (p.at === i) {
        const offset = statement.startsWith('DO $$') ? 2 : 0
        for (const rule of p.rules) findings.push({ rule, line: line + offset, squawk: p.squawk })
      }
    }
    text += `${statement}\n\n`
  })
  text += tail
  return { path, text, findings }
}

// --- other dialects ----------------------------------------------------------------------------------------------

function mysqlMigration(g, index) {
  const t = g.table()
  const parts = [
    `CREATE TABLE IF NOT EXISTS \`${t}\` (\n  \`id\` BIGINT UNSIGNED NOT NULL AUTO_INCREMENT,\n  \`${g.column()}\` VARCHAR(255) NOT NULL DEFAULT '',\n  \`created_at\` DATETIME NOT NULL DEFAULT CURRENT_TIMESTAMP,\n  PRIMARY KEY (\`id\`),\n  KEY \`idx_${t}_created\` (\`created_at\`)\n) ENGINE=InnoDB DEFAULT CHARSET=utf8mb4;`,
    `ALTER TABLE \`${t}\` ADD COLUMN \`${g.column()}\` INT NULL AFTER \`id\`;`,
    `INSERT INTO \`${t}\` (\`id\`, \`name\`) VALUES (1, 'it\\'s; fine') ON DUPLICATE KEY UPDATE \`name\` = VALUES(\`name\`);`
  ]
  if (g.chance(0.15)) parts.push(g.pick([`ALTER TABLE \`${t}\` DROP COLUMN \`${g.column()}\`;`, `DROP TABLE IF EXISTS \`${t}_old\`;`, `ALTER TABLE \`${t}\` MODIFY \`name\` VARCHAR(50);`, `TRUNCATE TABLE \`${t}\`;`]))
  for (let k = g.int(6); k > 0; k--) parts.push(`ALTER TABLE \`${t}\` ADD INDEX \`idx_${t}_${k}\` (\`${g.column()}\`), ALGORITHM=INPLACE, LOCK=NONE;`, `UPDATE \`${t}\` SET \`${g.column()}\` = '' WHERE \`${g.column()}\` IS NULL;`)
  if (g.chance(0.2)) parts.push(`DELIMITER //\nCREATE PROCEDURE purge_${t}() BEGIN\n  DELETE FROM \`${t}\` WHERE created_at < NOW() - INTERVAL 30 DAY;\nEND//\nDELIMITER ;`)
  return { path: `db/mysql/V${index + 1}__${t}.sql`, text: parts.join('\n\n') + '\n' }
}

function sqliteMigration(g, index) {
  const t = g.table()
  const rebuild = g.chance(0.3)
  const parts = rebuild
    ? [
        'PRAGMA foreign_keys=OFF;',
        `CREATE TABLE \`__new_${t}\` (\n\t\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t\`${g.column()}\` text NOT NULL\n);`,
        `INSERT INTO \`__new_${t}\`("id", "name") SELECT "id", "name" FROM \`${t}\`;`,
        `DROP TABLE \`${t}\`;`,
        `ALTER TABLE \`__new_${t}\` RENAME TO \`${t}\`;`,
        'PRAGMA foreign_keys=ON;'
      ]
    : [`CREATE TABLE \`${t}\` (\n\t\`id\` integer PRIMARY KEY AUTOINCREMENT NOT NULL,\n\t\`${g.column()}\` text\n);`, `CREATE INDEX \`${t}_idx\` ON \`${t}\` (\`${g.column()}\`);`]
  return { path: `drizzle/${String(index).padStart(4, '0')}_${t}.sql`, text: parts.join('--> statement-breakpoint\n') + '\n' }
}

function tsqlMigration(g, index) {
  const t = g.table()
  const parts = [
    `IF NOT EXISTS (SELECT * FROM sys.objects WHERE name = N'${t}')\nBEGIN\n  CREATE TABLE [dbo].[${t}] (\n    [Id] INT IDENTITY(1,1) NOT NULL PRIMARY KEY,\n    [Name] NVARCHAR(MAX) NULL\n  )\nEND`,
    `CREATE NONCLUSTERED INDEX [IX_${t}_Name] ON [dbo].[${t}] ([Id])`
  ]
  if (g.chance(0.15)) parts.push(g.pick([`DROP TABLE [dbo].[${t}_Old]`, `ALTER TABLE [dbo].[${t}] DROP COLUMN [Name]`, `DELETE FROM [dbo].[${t}]`, `EXEC sp_rename 'dbo.${t}.Name', 'FullName', 'COLUMN'`]))
  return { path: `db/mssql/V${index + 1}__${t}.sql`, text: parts.join('\nGO\n') + '\nGO\n' }
}

function liquibaseMigration(g, index) {
  const t = g.table()
  return {
    path: `src/main/resources/db/changelog/${String(index).padStart(5, '0')}-${t}.sql`,
    text: `--liquibase formatted sql\n\n--changeset dev:${index}\nCREATE TABLE ${t} (id bigint PRIMARY KEY, ${g.column()} text);\n--rollback DROP TABLE ${t};\n\n--changeset dev:${index}-2\nCREATE INDEX ${t}_idx ON ${t} (id);\n--rollback DROP INDEX ${t}_idx;\n`
  }
}

function snowflakeMigration(g, index) {
  const t = g.table()
  const parts = [`CREATE TABLE IF NOT EXISTS analytics.public.${t} (id NUMBER, payload VARIANT, loaded_at TIMESTAMP_NTZ) CLUSTER BY (loaded_at);`, `MERGE INTO analytics.public.${t} t USING raw.${t} s ON t.id = s.id WHEN MATCHED THEN UPDATE SET payload = s.payload WHEN NOT MATCHED THEN INSERT (id, payload) VALUES (s.id, s.payload);`]
  if (g.chance(0.1)) parts.push(`TRUNCATE TABLE IF EXISTS raw.${t};`)
  return { path: `warehouse/snowflake/V${index + 1}__${t}.sql`, text: parts.join('\n\n') + '\n' }
}

// --- corpus building ---------------------------------------------------------------------------------------------

function writeCorpusFile(dir, path, text) {
  const full = join(dir, path)
  mkdirSync(dirname(full), { recursive: true })
  writeFileSync(full, text)
}

function freshDir(dir) {
  rmSync(dir, { recursive: true, force: true })
  mkdirSync(dir, { recursive: true })
  // its own repository: prodguard honors .gitignore, and the project's ignores bench/.corpus/
  spawnSync('git', ['init', '-q'], { cwd: dir })
}

function buildPostgresCorpus(dir) {
  freshDir(dir)
  const g = new Gen(42)
  const truth = []
  for (let i = 0; i < FILES; i++) {
    const m = pgMigration(g, i)
    writeCorpusFile(dir, m.path, m.text)
    for (const f of m.findings) truth.push({ file: m.path, ...f })
  }
  writeFileSync(join(CORPUS, 'postgresql.truth.json'), JSON.stringify(truth))
}

function buildMixedCorpus(dir) {
  freshDir(dir)
  const g = new Gen(7)
  for (let i = 0; i < FILES; i++) {
    const roll = g.int(100)
    let m
    if (roll < 55) {
      m = pgMigration(g, i)
      // PostgreSQL files here are longer: backfills and functions
      m.text += Array.from({ length: 8 }, () => pgSafeStatement(g, false)).join('\n\n') + '\n'
    } else if (roll < 70) m = mysqlMigration(g, i)
    else if (roll < 80) m = sqliteMigration(g, i)
    else if (roll < 88) m = tsqlMigration(g, i)
    else if (roll < 94) m = liquibaseMigration(g, i)
    else m = snowflakeMigration(g, i)
    writeCorpusFile(dir, m.path, m.text)
  }
}

async function buildDump(dir) {
  freshDir(dir)
  const g = new Gen(99)
  mkdirSync(join(dir, 'backup'), { recursive: true })
  const out = createWriteStream(join(dir, 'backup/prod-2026-11-27.sql'), { flags: 'w' })
  let written = 0
  const write = (s) => {
    written += Buffer.byteLength(s)
    return out.write(s) ? Promise.resolve() : new Promise((resolve) => out.once('drain', resolve))
  }
  await write('--\n-- PostgreSQL database dump\n--\n\nSET statement_timeout = 0;\nSET client_encoding = \'UTF8\';\nSET standard_conforming_strings = on;\n\n')
  let table = 0
  while (written < DUMP_BYTES) {
    const t = `${g.table()}_${table++}`
    await write(`DROP TABLE IF EXISTS public.${t};\nCREATE TABLE public.${t} (\n    id bigint NOT NULL,\n    name text,\n    note text,\n    created_at timestamp with time zone DEFAULT now()\n);\n\nCOPY public.${t} (id, name, note, created_at) FROM stdin;\n`)
    let block = ''
    for (let row = 0; row < 4000; row++) block += `${row}\t${g.pick(WORDS)} ${row}\tO'Brien; DROP TABLE x -- "quoted"\t2026-11-27 10:00:00+00\n`
    await write(`${block}\\.\n\n`)
    const values = Array.from({ length: 200 }, (_, i) => `(${i}, 'it''s ${g.pick(WORDS)}; not a statement', NULL, now())`).join(',\n')
    await write(`INSERT INTO public.${t} (id, name, note, created_at) VALUES\n${values};\n\n`)
  }
  await new Promise((resolve) => out.end(resolve))
  return table
}

async function ensureCorpus() {
  const stamp = join(CORPUS, 'stamp')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATOR_VERSION) return
  console.log('building the corpus under bench/.corpus/sql/ ...')
  mkdirSync(CORPUS, { recursive: true })
  buildPostgresCorpus(join(CORPUS, 'postgresql'))
  buildMixedCorpus(join(CORPUS, 'mixed'))
  freshDir(join(CORPUS, 'one'))
  writeCorpusFile(join(CORPUS, 'one'), 'db/migrations/20261127120000_cleanup.sql', 'ALTER TABLE users ADD COLUMN last_seen_at timestamptz;\nDROP TABLE legacy_sessions;\nDELETE FROM audit_log WHERE created_at < now() - interval \'1 year\';\n')
  await buildDump(join(CORPUS, 'dump'))
  writeFileSync(stamp, GENERATOR_VERSION)
}

// --- measuring ---------------------------------------------------------------------------------------------------

function folderStats(dir) {
  const listing = spawnSync('find', [dir, '-name', '*.sql', '-type', 'f', '-printf', '%s\n'], { encoding: 'utf8', maxBuffer: 1 << 26 })
  const sizes = listing.stdout.trim().split('\n').filter(Boolean).map(Number)
  return { files: sizes.length, bytes: sizes.reduce((a, b) => a + b, 0) }
}

const hasTime = existsSync('/usr/bin/time')

/** Runs a command; wall seconds and peak RSS (MiB, from /usr/bin/time -v when present). */
function measure(command, args, cwd) {
  const started = performance.now()
  const result = hasTime
    ? spawnSync('/usr/bin/time', ['-f', '__PEAK_KB=%M', command, ...args], { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
    : spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
  const wall = (performance.now() - started) / 1000
  const peak = /__PEAK_KB=(\d+)/.exec(result.stderr ?? '')
  return { wall, rssMiB: peak ? Number(peak[1]) / 1024 : NaN, status: result.status, stdout: result.stdout, stderr: (result.stderr ?? '').replace(/__PEAK_KB=\d+\n?/, '') }
}

function median(values) {
  const sorted = [...values].sort((a, b) => a - b)
  return sorted[Math.floor(sorted.length / 2)]
}

function prodguard(cli, dir) {
  const run = measure(process.execPath, [cli, 'check', '.', '--format', 'json'], dir)
  if ((run.status !== 0 && run.status !== 1) || !run.stdout.startsWith('{')) throw new Error(`prodguard exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return { ...run, report: JSON.parse(run.stdout) }
}

/**
 * squawk is installed on demand into bench/.tools/ rather than as a devDependency: its npm package lists one native
 * package per platform, and a registry mirror without the other platforms' packages makes `npm ci` refuse the lockfile.
 */
function squawkBin() {
  const prefix = join(root, 'bench/.tools/squawk')
  const bin = join(prefix, 'node_modules/.bin/squawk')
  if (!existsSync(bin)) {
    const install = spawnSync('npm', ['install', '--prefix', prefix, '--no-save', '--no-audit', '--no-fund', 'squawk-cli@2.66.0'], { encoding: 'utf8' })
    if (install.status !== 0) return undefined
  }
  return existsSync(bin) ? bin : undefined
}

function squawk(dir) {
  const bin = squawkBin()
  if (bin === undefined) return undefined
  const run = measure(bin, ['--reporter', 'json', '**/*.sql'], dir)
  if (run.status !== 0 && run.status !== 1) throw new Error(`squawk exited ${run.status}: ${run.stderr.slice(0, 500)}`)
  return { ...run, violations: JSON.parse(run.stdout || '[]') }
}

const fmt = (n, digits = 2) => (Number.isFinite(n) ? n.toFixed(digits) : 'n/a')

/** prodguard rules that cover each squawk rule. */
const SQUAWK_TO_PRODGUARD = {
  'ban-drop-table': ['drop-table'],
  'ban-drop-column': ['drop-column'],
  'ban-drop-database': ['drop-database'],
  'ban-truncate-cascade': ['truncate', 'cascade'],
  'ban-drop-not-null': ['drop-not-null'],
  'changing-column-type': ['alter-column-type'],
  'renaming-table': ['rename-table'],
  'renaming-column': ['rename-column']
}
const SQUAWK_DATA_LOSS = new Set(['ban-drop-table', 'ban-drop-column', 'ban-drop-database', 'ban-truncate-cascade'])

function findingIndex(report) {
  const byFile = new Map()
  for (const f of report.findings) {
    const list = byFile.get(f.file) ?? []
    list.push(f)
    byFile.set(f.file, list)
  }
  return byFile
}

function covered(byFile, file, line, rules) {
  return (byFile.get(file) ?? []).some((f) => rules.includes(f.ruleId.replace('destructive-sql/', '')) && f.line <= line && line <= (f.endLine ?? f.line))
}

export async function run() {
  const cli = resolve(process.env.PRODGUARD_CLI ?? join(root, 'dist/cli.js'))
  if (!existsSync(cli)) throw new Error(`${cli} does not exist: run \`npm run build\` first (npm run bench does)`)
  await ensureCorpus()
  const results = []
  const goal = (name, ok, detail) => {
    results.push({ name, ok })
    console.log(`  ${ok ? 'MET   ' : 'MISSED'} ${name}: ${detail}`)
  }

  // 1. the mixed corpus
  const mixedDir = join(CORPUS, 'mixed')
  const mixedStats = folderStats(mixedDir)
  const mixed = prodguard(cli, mixedDir)
  console.log(`mixed corpus: ${mixedStats.files} files, ${fmt(mixedStats.bytes / 1048576)} MB`)
  console.log(`  prodguard: ${fmt(mixed.wall)} s, ${fmt(mixedStats.files / mixed.wall, 0)} files/s, ${fmt(mixedStats.bytes / 1048576 / mixed.wall)} MB/s, peak RSS ${fmt(mixed.rssMiB, 0)} MiB, ${mixed.report.findings.length} findings, files scanned ${mixed.report.stats.files}`)
  if (mixed.report.stats.files < mixedStats.files) throw new Error(`prodguard scanned ${mixed.report.stats.files} of ${mixedStats.files} files`)

  // 2. PostgreSQL corpus against squawk
  const pgDir = join(CORPUS, 'postgresql')
  const pgStats = folderStats(pgDir)
  console.log(`PostgreSQL corpus: ${pgStats.files} files, ${fmt(pgStats.bytes / 1048576)} MB`)
  const pgRuns = [prodguard(cli, pgDir), prodguard(cli, pgDir), prodguard(cli, pgDir)]
  const pgWall = median(pgRuns.map((r) => r.wall))
  const pg = pgRuns[0]
  console.log(`  prodguard: ${fmt(pgWall)} s (median of 3), ${fmt(pgStats.files / pgWall, 0)} files/s, ${fmt(pgStats.bytes / 1048576 / pgWall)} MB/s, peak RSS ${fmt(Math.max(...pgRuns.map((r) => r.rssMiB)), 0)} MiB, ${pg.report.findings.length} findings`)
  const byFile = findingIndex(pg.report)
  const truth = JSON.parse(readFileSync(join(CORPUS, 'postgresql.truth.json'), 'utf8'))
  const missedTruth = truth.filter((t) => !covered(byFile, t.file, t.line, [t.rule]))
  console.log(`  prodguard recall of the ${truth.length} planted findings: ${truth.length - missedTruth.length}/${truth.length}`)
  for (const m of missedTruth.slice(0, 5)) console.log(`    missed ${m.rule} at ${m.file}:${m.line}`)

  const squawkRuns = [squawk(pgDir), squawk(pgDir), squawk(pgDir)]
  if (squawkRuns[0] === undefined) {
    console.log('  squawk: could not be installed (npm install squawk-cli@2.66.0 failed) — comparison skipped')
  } else {
    const squawkWall = median(squawkRuns.map((r) => r.wall))
    const violations = squawkRuns[0].violations
    console.log(`  squawk 2.66: ${fmt(squawkWall)} s (median of 3), peak RSS ${fmt(Math.max(...squawkRuns.map((r) => r.rssMiB)), 0)} MiB, ${violations.length} violations`)
    // squawk's JSON lines are 0-based
    const mapped = violations.filter((v) => SQUAWK_TO_PRODGUARD[v.rule_name] !== undefined)
    const dataLoss = mapped.filter((v) => SQUAWK_DATA_LOSS.has(v.rule_name))
    const missedBySquawkRules = mapped.filter((v) => !covered(byFile, v.file.replace(/^\.\//, ''), v.line + 1, SQUAWK_TO_PRODGUARD[v.rule_name]))
    const missedDataLoss = missedBySquawkRules.filter((v) => SQUAWK_DATA_LOSS.has(v.rule_name))
    for (const m of missedBySquawkRules.slice(0, 5)) console.log(`    prodguard missed squawk's ${m.rule_name} at ${m.file}:${m.line + 1}`)
    const squawkFlagged = new Set(violations.map((v) => `${v.file.replace(/^\.\//, '')}:${v.line + 1}`))
    const squawkMisses = truth.filter((t) => t.squawk.length === 0 && !squawkFlagged.has(`${t.file}:${t.line}`))
    const missCounts = {}
    for (const m of squawkMisses) missCounts[m.rule] = (missCounts[m.rule] ?? 0) + 1
    console.log(`  squawk's drop/truncate rules flagged ${dataLoss.length} statements; prodguard flagged ${dataLoss.length - missedDataLoss.length} of them`)
    console.log(`  squawk's other mapped rules (type change, drop not null, renames) flagged ${mapped.length - dataLoss.length}; prodguard flagged ${mapped.length - dataLoss.length - (missedBySquawkRules.length - missedDataLoss.length)}`)
    console.log(`  planted findings squawk has no rule for, all flagged by prodguard unless listed above: ${Object.entries(missCounts).map(([k, v]) => `${k} ${v}`).join(', ')}`)
    goal('at least as fast as squawk on 10,000 PostgreSQL files', pgWall <= squawkWall, `${fmt(pgWall)} s vs ${fmt(squawkWall)} s`)
    goal("every statement squawk's drop/truncate rules flag is flagged", missedDataLoss.length === 0, `${missedDataLoss.length} missed`)
  }
  goal('every planted destructive statement is flagged', missedTruth.length === 0, `${missedTruth.length} missed of ${truth.length}`)

  // 3. one file, minus bare node
  const oneDir = join(CORPUS, 'one')
  const bare = median(Array.from({ length: 5 }, () => measure(process.execPath, ['-e', '0'], oneDir).wall))
  const one = median(Array.from({ length: 5 }, () => prodguard(cli, oneDir).wall))
  console.log(`one file: ${fmt(one * 1000, 0)} ms, bare node ${fmt(bare * 1000, 0)} ms`)
  goal('a one-file run within 150 ms of bare node', one - bare <= 0.15, `${fmt((one - bare) * 1000, 0)} ms above`)

  // 4. the 200 MB dump, streamed
  const dumpDir = join(CORPUS, 'dump')
  const dumpBytes = statSync(join(dumpDir, 'backup/prod-2026-11-27.sql')).size
  const dump = prodguard(cli, dumpDir)
  const dumpRules = {}
  for (const f of dump.report.findings) dumpRules[f.ruleId] = (dumpRules[f.ruleId] ?? 0) + 1
  console.log(`dump: ${fmt(dumpBytes / 1048576, 0)} MB in ${fmt(dump.wall)} s, ${fmt(dumpBytes / 1048576 / dump.wall)} MB/s, peak RSS ${fmt(dump.rssMiB, 0)} MiB, findings ${JSON.stringify(dumpRules)}`)
  goal('a 200 MB dump under 300 MB peak RSS', dump.rssMiB < 300, `${fmt(dump.rssMiB, 0)} MiB`)
  if (dumpRules['destructive-sql/drop-table'] === undefined) throw new Error('the dump has DROP TABLE IF EXISTS statements and prodguard reported none')

  const missed = results.filter((r) => !r.ok)
  console.log(`\nSQL goals: ${results.length - missed.length} met, ${missed.length} missed`)
  if (missedTruth.length > 0) throw new Error('prodguard missed planted destructive statements')
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  run().catch((error) => {
    console.error(error instanceof Error ? error.message : error)
    process.exit(1)
  })
}
