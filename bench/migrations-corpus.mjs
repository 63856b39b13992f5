#!/usr/bin/env node
/**
 * SQL recall and blocking noise on real migration folders, one public project per framework.
 *
 *   node bench/migrations-corpus.mjs            (after `npm run build`; corpora under /work/corpora or $CORPORA)
 *
 * Each corpus is a folder of a public repository (materialized from a bare mirror with `git archive`, never
 * committed). An oracle of our own, written independently of the analyzers (line regexes per framework, forward
 * sections only, drops of tables the same file created excluded), lists the forward destructive operations; prodguard
 * runs `check` over the folder. Recall: oracle operations with a blocking destructive-sql finding within 3 lines.
 * Noise: blocking findings with no oracle operation near them, per 1,000 migration files; each is printed for
 * adjudication (bench/migrations-corpus.notes.md holds the verdicts).
 */
import { execFileSync, spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync } from 'node:fs'
import { join, relative } from 'node:path'

const ROOT = process.env.CORPORA ?? '/work/corpora'
const CLI = new URL('../dist/cli.js', import.meta.url).pathname

const CORPORA = [
  { name: 'kratos', mirror: 'ory+kratos', dir: 'persistence/sql/migrations/sql', framework: 'sql' },
  { name: 'healthchecks', mirror: 'healthchecks+healthchecks', dir: 'hc', framework: 'django', include: /\/migrations\/\d{4}_\w+\.py$/ },
  { name: 'mealie', mirror: 'mealie-recipes+mealie', dir: 'alembic/versions', framework: 'alembic' },
  { name: 'hexpm', mirror: 'hexpm+hexpm', dir: 'priv/repo/migrations', framework: 'ecto' },
  { name: 'maybe', mirror: 'maybe-finance+maybe', dir: 'db/migrate', framework: 'rails' },
  { name: 'outline', mirror: 'outline+outline', dir: 'server/migrations', framework: 'sequelize' },
  { name: 'monica', mirror: 'monicahq+monica', dir: 'database/migrations', framework: 'laravel' },
  { name: 'grist', mirror: 'gristlabs+grist-core', dir: 'app/gen-server/migration', framework: 'typeorm', include: /\/\d{13}-[\w-]+\.ts$/ },
  { name: 'uptime-kuma', mirror: 'louislam+uptime-kuma', dir: 'db/knex_migrations', framework: 'knex' },
  { name: 'documenso', mirror: 'documenso+documenso', dir: 'packages/prisma/migrations', framework: 'sql' },
  { name: 'lemmy', mirror: 'LemmyNet+lemmy', dir: 'migrations', framework: 'sql', include: /\/(?:up|down)\.sql$/ },
  { name: 'authelia', mirror: 'authelia+authelia', dir: 'internal/storage/migrations', framework: 'sql' },
  { name: 'bitwarden-ef', mirror: 'bitwarden+server', dir: 'util/PostgresMigrations/Migrations', framework: 'efcore', include: /\/\d{14}_\w+(?<!\.Designer)\.cs$/ },
  { name: 'bitwarden-tsql', mirror: 'bitwarden+server', dir: 'util/Migrator/DbScripts', framework: 'sql' },
  { name: 'fineract', mirror: 'apache+fineract', dir: 'fineract-provider/src/main/resources/db/changelog', framework: 'liquibase', include: /\/parts\/[^/]+\.xml$/ }
]

const SQL_OPS = [
  /\bDROP\s+(?:TABLE|SCHEMA|DATABASE)\b(?!\s+IF\s+EXISTS\s+_)/i,
  /\bALTER\s+TABLE\b.*\bDROP\s+(?:COLUMN\s+)?(?!CONSTRAINT|INDEX|DEFAULT|NOT\b|FOREIGN|PRIMARY|KEY|CHECK|UNIQUE|TRIGGER|PARTITION)["`\w]/i,
  /\bTRUNCATE\b/i,
  // CASCADE drops what depends on the object: columns of a dropped type, domain or extension, views, constraints
  /\bDROP\b(?:(?!\bON\s+(?:DELETE|UPDATE)\b)[^;])*?\bCASCADE\b(?<!\bON\s+(?:DELETE|UPDATE)\s+CASCADE)/i,
  /\bDELETE\s+FROM\s+(?:ONLY\s+)?(?:"[^"]+"|`[^`]+`|\[[^\]]+\]|[\w.])+\s*(?:;|$|[')])/i,
  /\bUPDATE\s+["`\w.]+\s+SET\b(?!.*\bWHERE\b)(?=.*(?:;|$))/i
]
const FRAMEWORK_OPS = {
  sql: [],
  rails: [/\b(?:drop_table|remove_column|remove_columns|remove_reference|remove_belongs_to|remove_timestamps)\b/],
  django: [/migrations\.(?:DeleteModel|RemoveField)\b/],
  alembic: [/\b(?:op|batch_op)\.(?:drop_table|drop_column)\b/],
  ecto: [/\bdrop(?:_if_exists)?\s*\(?\s*table\(/, /^\s*remove(?:_if_exists)?\s*\(?\s*:/],
  sequelize: [/\b(?:dropTable|removeColumn)\s*\(/],
  laravel: [/Schema::(?:drop|dropIfExists)\s*\(/, /->dropColumn\s*\(/],
  typeorm: [/\bqueryRunner\.(?:dropTable|dropColumns?|clearTable)\s*\(/],
  knex: [/\.(?:dropTable(?:IfExists)?|dropColumns?)\s*\(/, /\bknex\(\s*["'`]\w+["'`]\s*\)\s*\.(?:del|delete|truncate)\s*\(/],
  efcore: [/\bmigrationBuilder\.(?:DropTable|DropColumn)\s*\(/],
  liquibase: [/<dropTable\b/, /<dropColumn\b/, /<delete\b/]
}
const DOWN_START = {
  sql: null,
  rails: /^\s*def\s+down\b/,
  django: /^def\s+(?:backwards|reverse\w*|unapply\w*)\b/,
  alembic: /^def\s+downgrade\b/,
  ecto: /^\s*def\s+down\b/,
  sequelize: /^\s*(?:async\s+)?down\s*[:(]/,
  laravel: /function\s+down\s*\(/,
  typeorm: /^\s*(?:public\s+)?async\s+down\s*\(/,
  knex: /^\s*(?:exports\.down\b|(?:async\s+)?down\s*[:(]|export\s+(?:async\s+)?function\s+down\b)/,
  efcore: /\bprotected\s+override\s+void\s+Down\s*\(/,
  liquibase: /<rollback>(?!.*<\/rollback>)/
}
const UP_START = {
  rails: /^\s*def\s+(?:up|change)\b/,
  django: /^(?:def\s+\w+|class\s+Migration)\b/,
  alembic: /^def\s+upgrade\b/,
  ecto: /^\s*def\s+(?:up|change)\b/,
  sequelize: /^\s*(?:async\s+)?up\s*[:(]/,
  laravel: /function\s+up\s*\(/,
  typeorm: /^\s*(?:public\s+)?async\s+up\s*\(/,
  knex: /^\s*(?:exports\.up\b|(?:async\s+)?up\s*[:(]|export\s+(?:async\s+)?function\s+up\b)/,
  efcore: /\bprotected\s+override\s+void\s+Up\s*\(/,
  liquibase: /<\/rollback>/
}

function materialize(c) {
  const target = join(ROOT, c.name)
  if (existsSync(join(target, c.dir))) return target
  const gitDir = `/work/.mirror/${c.mirror}/repo`
  if (!existsSync(gitDir)) return undefined
  if (existsSync(target)) spawnSync('rm', ['-rf', target])
  mkdirSync(target, { recursive: true })
  const archive = spawnSync('git', ['--git-dir', gitDir, 'archive', 'HEAD', c.dir], { maxBuffer: 1 << 30 })
  if (archive.status !== 0) return undefined
  execFileSync('tar', ['-x', '-C', target], { input: archive.stdout })
  spawnSync('git', ['init', '-q'], { cwd: target })
  return target
}

function files(dir) {
  const out = []
  for (const entry of readdirSync(dir)) {
    const path = join(dir, entry)
    if (statSync(path).isDirectory()) out.push(...files(path))
    else out.push(path)
  }
  return out
}

/**
 * One migration unit: a file, or for ory/pop every file of one version (14-digit timestamp, dialect, direction), which
 * run together. What a unit creates (a table, a column, and a column renamed from one it added) holds no old data.
 */
const units = new Map()
function unitOf(path) {
  const m = /\/(\d{14})\d{6}_[^/]*?\.(?:(\w+)\.)?(up|down)\.sql$/.exec(path)
  const key = m ? `${path.slice(0, path.lastIndexOf('/'))}:${m[1]}:${m[2]}:${m[3]}` : path
  if (!units.has(key)) units.set(key, { created: [], columns: [] })
  return units.get(key)
}

/**
 * Plain SQL formatted one clause a line (`ALTER TABLE t` / `    DROP COLUMN c;`, pgFormatter's style): a statement that
 * starts with ALTER/DROP is joined onto its first line, up to its `;`, and the lines it took are left empty.
 */
function statementLines(text) {
  const lines = text.split('\n')
  for (let i = 0; i < lines.length; i++) {
    if (!/^\s*(?:ALTER\s+TABLE|DROP)\b/i.test(lines[i]) || /;/.test(lines[i])) continue
    for (let j = i + 1; j < Math.min(lines.length, i + 40); j++) {
      // a blank line or the next statement (T-SQL needs no `;`) ends it
      if (/^\s*$/.test(lines[j]) || /^\s*(?:ALTER\s+TABLE|CREATE|UPDATE|DELETE|INSERT|IF|BEGIN|END|GO|EXEC)\b/i.test(lines[j])) break
      lines[i] += ' ' + lines[j].trim()
      lines[j] = ''
      if (/;/.test(lines[i])) break
    }
  }
  return lines
}

/** The oracle: forward destructive operations of one file, as lines. Files of a unit come in name order. */
function oracle(path, text, framework) {
  if (/(?:^|[/.])down\.sql$/.test(path)) return []
  const ops = [...SQL_OPS, ...FRAMEWORK_OPS[framework]]
  // XML comments hold changeSets and tags that never run (kept with their line breaks)
  const source = framework === 'liquibase' ? text.replace(/<!--[\s\S]*?-->/g, (c) => c.replace(/[^\n]/g, ' ')) : text
  const lines = framework === 'sql' ? statementLines(source) : source.split('\n')
  const out = []
  let down = false
  const unit = unitOf(path)
  const created = unit.created
  const columns = unit.columns
  // a routine's body runs when called, not when migrating: T-SQL `CREATE [OR ALTER] PROCEDURE ...` up to `GO`,
  // PL/pgSQL `AS $tag$ ... $tag$`, else up to the first line ending in `;`
  const batches = /^\s*GO\s*$/im.test(text)
  let routine = null
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]
    if (routine === null && /^\s*(?:CREATE|ALTER)\s+(?:OR\s+(?:ALTER|REPLACE)\s+)?(?:PROCEDURE|PROC|FUNCTION|TRIGGER)\b/i.test(line)) {
      const head = lines.slice(i, i + 6).join('\n')
      const tag = /^[^;]*?(\$\w*\$)/.exec(head)?.[1]
      routine = { end: batches ? 'go' : tag ?? ';', from: i, opened: false }
    }
    if (routine !== null) {
      if (routine.end === 'go') {
        if (/^\s*GO\s*$/i.test(line)) routine = null
      } else if (routine.end === ';') {
        if (/;\s*$/.test(line)) routine = null
      } else {
        const n = line.split(routine.end).length - 1
        if (routine.opened && n > 0) routine = null
        else if (n >= 2) routine = null
        else if (n === 1) routine.opened = true
      }
      continue
    }
    if (framework === 'liquibase') {
      if (/<changeSet\b/.test(line)) {
        created.length = 0
        columns.length = 0
      }
      if (/<rollback\b.*(?:\/>|<\/rollback>)/.test(line)) continue
      for (const m of line.matchAll(/<createTable\b[^>]*\btableName="(\w+)"/g)) created.push(m[1].toLowerCase())
      for (const m of line.matchAll(/<addColumn\b[^>]*\btableName="\w+"/g)) columns.push(...[...lines.slice(i, i + 20).join('\n').split('</addColumn>')[0].matchAll(/<column\b[^>]*\bname="(\w+)"/g)].map((c) => c[1].toLowerCase()))
      // a <delete> with a <where> inside is a scoped delete; a dropColumn of a column the changeSet added holds nothing old
      if (/<delete\b/.test(line) && /<where>/.test(lines.slice(i, i + 8).join('\n').split('</delete>')[0])) continue
      const col = /<dropColumn\b[^>]*\bcolumnName="(\w+)"/.exec(line)
      if (col && columns.includes(col[1].toLowerCase())) continue
      const table = /<dropTable\b[^>]*\btableName="(\w+)"/.exec(line)
      if (table && created.includes(table[1].toLowerCase())) continue
    }
    if (DOWN_START[framework] && DOWN_START[framework].test(line)) down = true
    else if (UP_START[framework] && UP_START[framework].test(line)) down = false
    if (down || /^\s*(?:--|#|\/\/|\*)/.test(line)) continue
    for (const m of line.matchAll(/(?:CREATE\s+(?:TEMP(?:ORARY)?\s+)?TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?|create_table\s*\(?\s*:?|createTable\s*\(\s*|Schema::create\s*\(\s*|create\s+table\(\s*:?)["'`]?([\w.]+)/gi)) created.push(m[1].toLowerCase().split('.').pop())
    for (const m of line.matchAll(/\bADD\s+(?:COLUMN\s+)?(?!CONSTRAINT|INDEX|PRIMARY|FOREIGN|UNIQUE|CHECK|KEY)["`]?(\w+)/gi)) columns.push(m[1].toLowerCase())
    // columns added by the framework's own calls: add_column :t, :c / op.add_column("t", sa.Column("c" / add(:c / addColumn("t", "c"
    for (const m of line.matchAll(/(?:add_column\s*\(?\s*:?["']?\w+["']?\s*,\s*:?["']?|sa\.Column\(\s*["']|^\s*add(?:_if_not_exists)?\s*\(?\s*:|addColumn\(\s*["'`]\w+["'`]\s*,\s*["'`])(\w+)/g)) columns.push(m[1].toLowerCase())
    const renamed = /RENAME\s+COLUMN\s+["`]?(\w+)["`]?\s+TO\s+["`]?(\w+)/i.exec(line)
    if (renamed && columns.includes(renamed[1].toLowerCase())) columns.push(renamed[2].toLowerCase())
    if (!ops.some((re) => re.test(line))) continue
    // DELETE/UPDATE whose WHERE (or FROM ... WHERE) comes on the next lines of the same statement
    if (/\b(?:DELETE\s+FROM|UPDATE\s+["`\w.]+\s+SET)\b/i.test(line) && !/;\s*$/.test(line)) {
      const rest = lines.slice(i + 1, i + 12).join('\n').split(/;|\n\s*\n|^\s*(?:SQL|"""|`\)?|\)),?\s*$/m)[0]
      if (/\bWHERE\b/i.test(rest)) continue
    }
    // a backfill of columns the unit added: nothing old is overwritten
    const set = /\bUPDATE\s+["`\w.]+\s+SET\s+(.*)$/i.exec(line)
    if (set && [...set[1].matchAll(/["`]?(\w+)["`]?\s*=/g)].every((m) => columns.includes(m[1].toLowerCase()))) continue
    // a SQLite rebuild: the unit renames a table it created to this name afterwards
    const dropTable = /\bDROP\s+TABLE\s+(?:IF\s+EXISTS\s+)?["`]?(\w+)/i.exec(line)
    if (dropTable && unit.rebuilt?.has(dropTable[1].toLowerCase())) continue
    const dropped = /\bDROP\s+(?:COLUMN\s+)?(?:IF\s+EXISTS\s+)?["`]?(\w+)["`]?\s*;?\s*$/i.exec(line)
    if (dropped && /ALTER\s+TABLE/i.test(line) && columns.includes(dropped[1].toLowerCase())) continue
    const names = [...line.matchAll(/["'`:]?([A-Za-z_][\w]*)["'`]?/g)].map((m) => m[1].toLowerCase())
    // a table this file created earlier holds nothing: not a destructive operation
    if (/DROP\s+TABLE|drop_table|dropTable|Schema::drop|drop(?:_if_exists)?\s*\(?\s*table/i.test(line) && names.some((n) => created.includes(n))) continue
    out.push(i + 1)
  }
  return out
}

const totals = { files: 0, oracle: 0, hit: 0, noise: 0 }
const report = []
for (const c of CORPORA) {
  const root = materialize(c)
  if (root === undefined) {
    console.log(`${c.name}: not available (fetch github:${c.mirror.replace('+', '/')} first)`)
    continue
  }
  const all = files(join(root, c.dir)).filter((p) => (c.include ? c.include.test(p) : /\.(?:sql|rb|py|exs|js|ts|php)$/.test(p))).sort()
  // first pass: tables each unit creates and then renames into place (`ALTER TABLE _x_tmp RENAME TO x`)
  for (const path of all) {
    const unit = unitOf(relative(root, path))
    unit.rebuilt ??= new Set()
    const text = readFileSync(path, 'utf8')
    const made = [...text.matchAll(/CREATE\s+TABLE\s+(?:IF\s+NOT\s+EXISTS\s+)?["`]?(\w+)/gi)].map((m) => m[1].toLowerCase())
    unit.made = [...(unit.made ?? []), ...made]
    for (const m of text.matchAll(/ALTER\s+TABLE\s+["`]?(\w+)["`]?\s+RENAME\s+TO\s+["`]?(\w+)/gi)) if (unit.made.includes(m[1].toLowerCase())) unit.rebuilt.add(m[2].toLowerCase())
    // copied out and back (`INSERT INTO _bkp_t SELECT ... FROM t` ... `INSERT INTO t SELECT ... FROM _bkp_t`): both drops are a rebuild
    unit.copies = [...(unit.copies ?? []), ...[...text.matchAll(/INSERT\s+INTO\s+["`]?(\w+)["`]?[^;]*?\bFROM\s+["`]?(\w+)/gi)].map((m) => `${m[1].toLowerCase()}<${m[2].toLowerCase()}`)]
    for (const pair of unit.copies) {
      const [to, from] = pair.split('<')
      if (unit.copies.includes(`${from}<${to}`)) unit.rebuilt.add(to).add(from)
    }
  }
  const run = spawnSync('node', [CLI, 'check', c.dir, '--format', 'json', '--fail-on', 'never'], { cwd: root, encoding: 'utf8', maxBuffer: 1 << 28 })
  const result = JSON.parse(run.stdout)
  const blocking = result.findings.filter((f) => f.ruleId.startsWith('destructive-sql/') && f.severity === 'block' && !f.suppressed)
  const byFile = new Map()
  for (const f of blocking) byFile.set(f.file, [...(byFile.get(f.file) ?? []), f])
  let oracleOps = 0
  let hits = 0
  const misses = []
  const used = new Set()
  for (const path of all) {
    const rel = relative(root, path)
    const found = byFile.get(rel) ?? []
    for (const line of oracle(rel, readFileSync(path, 'utf8'), c.framework)) {
      oracleOps++
      const near = found.filter((f) => Math.abs(f.line - line) <= 3 || (f.endLine !== undefined && line >= f.line && line <= f.endLine))
      if (near.length > 0) {
        hits++
        for (const f of near) used.add(f)
      } else misses.push(`${rel}:${line} ${readFileSync(path, 'utf8').split('\n')[line - 1].trim().slice(0, 100)}`)
    }
  }
  const noise = blocking.filter((f) => !used.has(f))
  totals.files += all.length
  totals.oracle += oracleOps
  totals.hit += hits
  totals.noise += noise.length
  report.push({ corpus: c.name, framework: c.framework, files: all.length, oracle: oracleOps, flagged: hits, misses, unmatchedBlocks: noise.map((f) => `${f.file}:${f.line} ${f.ruleId.split('/')[1]} ${f.evidence.slice(0, 100)}`) })
}

for (const r of report) {
  console.log(`\n== ${r.corpus} (${r.framework}): ${r.files} files, oracle ${r.oracle}, flagged ${r.flagged}, recall ${r.oracle ? ((100 * r.flagged) / r.oracle).toFixed(1) : '-'}%, blocking findings the oracle has no operation for: ${r.unmatchedBlocks.length}`)
  for (const m of r.misses) console.log(`  miss  ${m}`)
  for (const n of r.unmatchedBlocks) console.log(`  block ${n}`)
}
console.log(`\nTOTAL ${totals.files} files: recall ${((100 * totals.hit) / Math.max(1, totals.oracle)).toFixed(2)}% (${totals.hit}/${totals.oracle}); blocking findings without an oracle operation: ${totals.noise} (${((1000 * totals.noise) / Math.max(1, totals.files)).toFixed(1)} per 1,000 files, before adjudication)`)
