// Measurement behind docs/sql.md "Is a real PostgreSQL parser more accurate?": node-sql-parser, prodguard's engine
// (tokens + node-sql-parser) and libpg-query (PostgreSQL's own parser in WebAssembly) on the same PostgreSQL
// statements: which destructive findings each reads, parse failures over the benchmark corpus, start-up and speed,
// and whether libpg-query still loads once bundled. Not a *.bench.mjs (a one-off decision record, not a regression
// figure). Run: node bench/pg-parser.measure.mjs (after `npm run bench` has built the corpus, for the corpus part).
import { build } from 'esbuild'
import { execFileSync } from 'node:child_process'
import { copyFileSync, existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs'
import { join } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const tools = join(root, 'bench/.tools')
const pgRoot = join(root, 'node_modules/libpg-query')

/** PostgreSQL statements as migrations write them, with the findings they must produce (rule ids without category). */
const CASES = [
  ['DROP TABLE users', ['drop-table']],
  ['DROP TABLE IF EXISTS public.users, "Orders" CASCADE', ['drop-table', 'drop-table', 'cascade', 'cascade']],
  ['DROP SCHEMA archive CASCADE', ['drop-schema', 'cascade']],
  ['DROP DATABASE reporting', ['drop-database']],
  ['DROP MATERIALIZED VIEW IF EXISTS daily_totals', ['drop-object']],
  ['DROP FUNCTION IF EXISTS calc(integer)', ['drop-object']],
  ['DROP TYPE mood', ['drop-object']],
  ['DROP INDEX CONCURRENTLY IF EXISTS users_email_idx', ['drop-object']],
  ['DROP EXTENSION IF EXISTS hstore CASCADE', ['drop-object', 'cascade']],
  ['DROP OWNED BY app_user', ['drop-object']],
  ['TRUNCATE audit_log', ['truncate']],
  ['TRUNCATE TABLE ONLY a, b RESTART IDENTITY CASCADE', ['truncate', 'truncate', 'cascade', 'cascade']],
  ['DELETE FROM sessions', ['delete-without-where']],
  ['DELETE FROM sessions WHERE 1 = 1', ['delete-without-where']],
  ['DELETE FROM sessions WHERE true', ['delete-without-where']],
  ['DELETE FROM ONLY events', ['delete-without-where']],
  ['DELETE FROM users u USING bans b WHERE b.user_id = u.id', []],
  ['WITH gone AS (DELETE FROM jobs RETURNING id) SELECT count(*) FROM gone', ['delete-without-where']],
  ['UPDATE accounts SET balance = 0', ['update-without-where']],
  ["UPDATE accounts SET balance = 0 WHERE 'a' = 'a'", ['update-without-where']],
  ['UPDATE orders SET total = t.total FROM order_totals t WHERE t.order_id = orders.id', []],
  ['ALTER TABLE users DROP COLUMN email', ['drop-column']],
  ['ALTER TABLE IF EXISTS ONLY public.users DROP COLUMN IF EXISTS email CASCADE', ['drop-column', 'cascade']],
  ['ALTER TABLE users DROP CONSTRAINT users_email_key, ALTER COLUMN name DROP NOT NULL', ['drop-constraint', 'drop-not-null']],
  ['ALTER TABLE events ALTER COLUMN payload TYPE jsonb USING payload::jsonb', ['alter-column-type']],
  ['ALTER TABLE customers RENAME TO clients', ['rename-table']],
  ['ALTER TABLE clients RENAME COLUMN name TO full_name', ['rename-column']],
  ["ALTER TYPE mood ADD VALUE IF NOT EXISTS 'meh'", []],
  ['CREATE INDEX CONCURRENTLY IF NOT EXISTS users_email ON users (email)', []],
  ['ALTER TABLE orders ADD CONSTRAINT fk FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE', []],
  ['INSERT INTO counters (id, n) VALUES (1, 1) ON CONFLICT (id) DO UPDATE SET n = counters.n + 1', []],
  ['SELECT * FROM jobs WHERE id = 1 FOR UPDATE SKIP LOCKED', []],
  ['GRANT SELECT, UPDATE, DELETE, TRUNCATE ON ALL TABLES IN SCHEMA public TO app', []],
  ["DO $$ BEGIN EXECUTE 'DROP TABLE ' || quote_ident('legacy'); END $$", ['drop-table']],
  ['DO $$ BEGIN IF true THEN DELETE FROM tmp_rows; END IF; END $$', ['delete-without-where']],
  ['CREATE OR REPLACE FUNCTION purge() RETURNS void LANGUAGE plpgsql AS $fn$ BEGIN TRUNCATE cache; END $fn$', ['truncate']],
  ['CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN NEW.updated_at = now(); RETURN NEW; END $$ LANGUAGE plpgsql', []]
]

async function loadEngine() {
  const outdir = join(tools, 'pg-measure')
  mkdirSync(outdir, { recursive: true })
  const entry = join(outdir, 'entry.ts')
  writeFileSync(
    entry,
    [
      `export { sqlAnalyzer } from '${root}src/analyzers/sql/index.ts'`,
      `export { parseWithNodeSqlParser } from '${root}src/analyzers/sql/parser.ts'`,
      `export { StatementSplitter } from '${root}src/analyzers/sql/splitter.ts'`,
      `export { lexicalProfile } from '${root}src/analyzers/sql/dialect.ts'`,
      `export { SQL_RULES } from '${root}src/analyzers/sql/rules/index.ts'`,
      `export { resolveSettings } from '${root}src/config/settings.ts'`,
      `export { bundledKnowledge } from '${root}src/knowledge/knowledge.ts'`
    ].join('\n')
  )
  await build({ entryPoints: [entry], outfile: join(outdir, 'engine.mjs'), bundle: true, format: 'esm', platform: 'node', target: 'node20', logLevel: 'error', packages: 'external' })
  return import(pathToFileURL(join(outdir, 'engine.mjs')).href)
}

/** libpg-query's AST read into the same rule ids (the mapping a libpg-query-based classifier would use). */
function libpgRules(ast, pg) {
  const out = []
  const walk = (stmt) => {
    const [type, node] = Object.entries(stmt)[0]
    switch (type) {
      case 'DropStmt': {
        const kind = { OBJECT_TABLE: 'drop-table', OBJECT_SCHEMA: 'drop-schema' }[node.removeType] ?? 'drop-object'
        for (let i = 0; i < (node.objects?.length ?? 1); i++) {
          out.push(kind)
          if (node.behavior === 'DROP_CASCADE') out.push('cascade')
        }
        break
      }
      case 'DropdbStmt':
        out.push('drop-database')
        break
      case 'DropOwnedStmt':
        out.push('drop-object')
        break
      case 'TruncateStmt':
        for (const _ of node.relations ?? []) {
          out.push('truncate')
          if (node.behavior === 'DROP_CASCADE') out.push('cascade')
        }
        break
      case 'DeleteStmt':
        if (!node.whereClause || constantTrue(node.whereClause)) out.push('delete-without-where')
        break
      case 'UpdateStmt':
        if (!node.whereClause || constantTrue(node.whereClause)) out.push('update-without-where')
        break
      case 'AlterTableStmt':
        for (const cmd of node.cmds ?? []) {
          const c = cmd.AlterTableCmd
          const map = { AT_DropColumn: 'drop-column', AT_DropConstraint: 'drop-constraint', AT_DropNotNull: 'drop-not-null', AT_AlterColumnType: 'alter-column-type' }
          if (map[c.subtype]) out.push(map[c.subtype])
          if (c.behavior === 'DROP_CASCADE') out.push('cascade')
        }
        break
      case 'RenameStmt':
        if (node.renameType === 'OBJECT_TABLE') out.push('rename-table')
        if (node.renameType === 'OBJECT_COLUMN') out.push('rename-column')
        break
      case 'SelectStmt':
        for (const cte of node.withClause?.ctes ?? []) walk(cte.CommonTableExpr.ctequery)
        break
      case 'DoStmt':
      case 'CreateFunctionStmt':
        // the body is a string: libpg-query needs a second, PL/pgSQL parse (and EXECUTE strings a third)
        out.push(...plpgsqlRules(stmt, pg))
        break
      default:
        break
    }
  }
  for (const s of ast.stmts ?? []) walk(s.stmt)
  return out
}

function constantTrue(where) {
  const json = JSON.stringify(where)
  return !json.includes('ColumnRef') && (json.includes('"boolval":true') || /"A_Expr".*"=".*"ival":\{"ival":1\}.*"ival":\{"ival":1\}/.test(json) || /"sval":"a".*"sval":"a"/.test(json))
}

/** PL/pgSQL bodies: libpg-query's parsePlPgSQL gives the statements' SQL text, which is parsed again. */
function plpgsqlRules(stmt, pg) {
  const out = []
  const body = JSON.stringify(stmt).match(/"sval":"((?:[^"\\]|\\.)*)"/g) ?? []
  for (const raw of body) {
    const text = JSON.parse(`{${raw}}`).sval
    if (!/\b(BEGIN|DELETE|DROP|TRUNCATE|UPDATE|EXECUTE)\b/i.test(text)) continue
    try {
      const fn = pg.parsePlPgSQLSync(`CREATE FUNCTION x() RETURNS void LANGUAGE plpgsql AS $x$${text}$x$`)
      const queries = JSON.stringify(fn).match(/"query":"((?:[^"\\]|\\.)*)"/g) ?? []
      for (const q of queries) {
        const query = JSON.parse(`{${q}}`).query
        const literal = /^'(.*)'(?:\s*\|\|.*)?$/s.exec(query.trim())
        const inner = literal ? `${literal[1]} x` : query
        try {
          out.push(...libpgRules(pg.parseSync(inner), pg))
        } catch {
          // an expression, not a statement
        }
      }
    } catch {
      // not PL/pgSQL
    }
  }
  return out
}

function score(expected, got) {
  const left = [...got]
  let hit = 0
  for (const rule of expected) {
    const at = left.indexOf(rule)
    if (at !== -1) {
      hit++
      left.splice(at, 1)
    }
  }
  return { missed: expected.length - hit, extra: left.length }
}

function corpusStatements(engine) {
  const dir = join(root, 'bench/.corpus/sql/postgresql')
  if (!existsSync(dir)) return []
  const files = execFileSync('find', [dir, '-name', '*.sql', '-type', 'f'], { encoding: 'utf8', maxBuffer: 1 << 26 }).trim().split('\n').slice(0, 2000)
  const out = []
  for (const file of files) for (const s of engine.StatementSplitter.split(readFileSync(file, 'utf8'), engine.lexicalProfile('postgresql'))) out.push(s.text)
  return out
}

async function main() {
  if (!existsSync(pgRoot)) {
    console.error('libpg-query is not installed: npm ci')
    process.exit(2)
  }
  const engine = await loadEngine()
  const ctx = { settings: engine.resolveSettings(undefined), knowledge: engine.bundledKnowledge(), now: new Date(), mode: 'check', services: {} }

  let t = performance.now()
  const pg = await import(pathToFileURL(join(pgRoot, 'wasm/index.js')).href)
  await pg.loadModule()
  const libpgLoad = performance.now() - t
  t = performance.now()
  await engine.parseWithNodeSqlParser('DROP TABLE t', 'postgresql')
  const nspLoad = performance.now() - t

  const totals = { nsp: { missed: 0, extra: 0, failed: 0 }, prodguard: { missed: 0, extra: 0 }, libpg: { missed: 0, extra: 0, failed: 0 } }
  const expectedTotal = CASES.reduce((n, [, e]) => n + e.length, 0)
  console.log('statement | expected | node-sql-parser | prodguard | libpg-query')
  for (const [sql, expected] of CASES) {
    const nsp = await engine.parseWithNodeSqlParser(sql, 'postgresql')
    const nspRules = nsp.ok ? nsp.effects.flatMap((e) => engine.SQL_RULES.filter((r) => r.check(e) !== undefined).map((r) => r.id.split('/')[1])) : ['(parse error)']
    if (!nsp.ok) totals.nsp.failed++
    const detections = await engine.sqlAnalyzer.analyze({ path: 'db/migrations/001_case.sql', text: `${sql};\n` }, ctx)
    const ours = detections.map((d) => d.ruleId.split('/')[1])
    let libpg
    try {
      libpg = libpgRules(pg.parseSync(sql), pg)
    } catch {
      libpg = ['(parse error)']
      totals.libpg.failed++
    }
    for (const [name, got] of [['nsp', nspRules], ['prodguard', ours], ['libpg', libpg]]) {
      const s = score(expected, got.filter((r) => r !== '(parse error)'))
      totals[name].missed += s.missed
      totals[name].extra += s.extra
    }
    console.log(`${sql.slice(0, 60)} | ${expected.join(' ') || '-'} | ${nspRules.join(' ') || '-'} | ${ours.join(' ') || '-'} | ${libpg.join(' ') || '-'}`)
  }
  console.log(`\n${CASES.length} statements, ${expectedTotal} expected findings`)
  for (const [name, s] of Object.entries(totals)) console.log(`  ${name}: missed ${s.missed}, wrong extra ${s.extra}${s.failed !== undefined ? `, parse failures ${s.failed}` : ''}`)

  // parse failures and speed over corpus statements
  const statements = corpusStatements(engine)
  if (statements.length > 0) {
    let nspFail = 0
    let libpgFail = 0
    t = performance.now()
    for (const s of statements) if (!(await engine.parseWithNodeSqlParser(s, 'postgresql')).ok) nspFail++
    const nspMs = performance.now() - t
    t = performance.now()
    for (const s of statements) {
      try {
        pg.parseSync(s)
      } catch {
        libpgFail++
      }
    }
    const libpgMs = performance.now() - t
    const bytes = statements.reduce((n, s) => n + s.length, 0)
    console.log(`\ncorpus: ${statements.length} statements from 2,000 files of bench/.corpus/sql/postgresql (${(bytes / 1048576).toFixed(2)} MB)`)
    console.log(`  node-sql-parser: ${nspFail} rejected (${((100 * nspFail) / statements.length).toFixed(1)}%), ${(bytes / 1048576 / (nspMs / 1000)).toFixed(2)} MB/s`)
    console.log(`  libpg-query:     ${libpgFail} rejected (${((100 * libpgFail) / statements.length).toFixed(1)}%), ${(bytes / 1048576 / (libpgMs / 1000)).toFixed(2)} MB/s`)
  }
  console.log(`\nstart-up: libpg-query load + wasm instantiate ${libpgLoad.toFixed(0)} ms (wasm ${(statSync(join(pgRoot, 'wasm/libpg-query.wasm')).size / 1048576).toFixed(1)} MB); node-sql-parser PostgreSQL build import + first parse ${nspLoad.toFixed(0)} ms`)

  // does it load from a bundle, with the wasm next to it, and no network?
  const bundleDir = join(tools, 'pg-bundle')
  mkdirSync(bundleDir, { recursive: true })
  writeFileSync(join(bundleDir, 'entry.mjs'), `import { loadModule, parseSync } from '${join(pgRoot, 'wasm/index.js')}'\nawait loadModule()\nconsole.log(parseSync('DROP TABLE t').stmts.length)\n`)
  // the same esbuild settings as scripts/build.mjs (ESM, node20, a require() for CommonJS code)
  await build({
    entryPoints: [join(bundleDir, 'entry.mjs')],
    outfile: join(bundleDir, 'dist/cli.js'),
    bundle: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'error',
    // plus __dirname, which the Emscripten loader uses to find libpg-query.wasm next to the bundle
    banner: {
      js: "import { createRequire as __prodguardCreateRequire } from 'node:module'; import { dirname as __pgDirname } from 'node:path'; import { fileURLToPath as __pgPath } from 'node:url'; const require = __prodguardCreateRequire(import.meta.url); const __dirname = __pgDirname(__pgPath(import.meta.url));"
    }
  })
  copyFileSync(join(pgRoot, 'wasm/libpg-query.wasm'), join(bundleDir, 'dist/libpg-query.wasm'))
  let bundled
  try {
    bundled = execFileSync(process.execPath, [join(bundleDir, 'dist/cli.js')], { cwd: '/', encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] }).trim()
  } catch (error) {
    bundled = `failed: ${String(error.stderr ?? error).split('\n').find((l) => l.trim() !== '') ?? ''}`
  }
  console.log(`bundled with esbuild, wasm copied next to dist/cli.js, run from /: ${bundled === '1' ? 'loads and parses' : bundled}`)
  console.log(`bundle files: ${readdirSync(join(bundleDir, 'dist')).join(', ')}`)
}

await main()
