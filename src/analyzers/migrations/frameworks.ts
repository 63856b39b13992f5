/**
 * Migration frameworks written as code: for each, its language, where its down (rollback) code is, and what its
 * calls never execute. The operations themselves are data (`rules/destructive-sql/migration-operations.yml`).
 */
import type { CallIndex } from './calls.js'
import { csharp, elixir, go, java, javascript, php, python, ruby, type Language } from './languages.js'
import { type TokenStream } from './lexers/token.js'
import { LineIndex } from '../line-index.js'
import { braceFunctionBodies, defBodies, pythonBlockEnd, pythonFunctionBodies, Sections, type TokenRange } from './sections.js'

export interface CodeFramework {
  /** Key of the operations table and stable name in identities. */
  id: string
  /** How users call it, in messages. */
  label: string
  language: Language
  /** Where the down code is. */
  sections(stream: TokenStream, index: CallIndex): Sections
  /** Ranges whose calls never run against the database (Django `state_operations`). */
  inert?(stream: TokenStream, index: CallIndex): TokenRange[]
  /** Adjusts calls the generic extraction cannot place (Alembic's `with ... as batch_op:` blocks). */
  prepare?(stream: TokenStream, index: CallIndex): void
  /** The SQL dialect the file implies (its provider), when it says. */
  dialect?(text: string): string | undefined
}

const downBodies = (names: string[]) => (stream: TokenStream): Sections => {
  const sections = new Sections()
  for (const range of braceFunctionBodies(stream, new Set(names))) sections.addDown(range)
  return sections
}

export const rails: CodeFramework = {
  id: 'rails',
  label: 'Rails',
  language: ruby,
  sections(stream, index) {
    const sections = new Sections()
    for (const range of defBodies(stream, new Set(['down']))) sections.addDown(range)
    for (const call of index.calls) {
      // `reversible do |dir| dir.down { ... } end` and `revert do ... end`: code for the other direction.
      if (call.block && ((call.name === 'down' && call.receiver.length === 1) || (call.name === 'revert' && call.receiver.length === 0))) {
        sections.addDown(call.block)
      }
    }
    return sections
  }
}

export const django: CodeFramework = {
  id: 'django',
  label: 'Django',
  language: python,
  sections(stream, index) {
    const sections = new Sections()
    // RunPython(forwards, backwards): the reverse function's body is down code.
    const reverseNames = new Set<string>()
    for (const call of index.calls) {
      if (call.name !== 'RunPython') continue
      const reverse = call.args.find((a) => a.name === 'reverse_code') ?? call.args.filter((a) => a.name === undefined)[1]
      if (reverse?.value.kind === 'word') reverseNames.add(reverse.value.name.split('.').pop()!)
      if (reverse?.value.kind === 'function') sections.addDown({ start: reverse.start, end: reverse.end })
    }
    for (const range of pythonFunctionBodies(stream, reverseNames).values()) sections.addDown(range)
    return sections
  },
  inert(stream, index) {
    // SeparateDatabaseAndState(state_operations=[...]) only changes Django's model state, never the database.
    const ranges: TokenRange[] = []
    for (const call of index.calls) {
      if (call.name !== 'SeparateDatabaseAndState') continue
      const positional = call.args.filter((a) => a.name === undefined)
      const state = call.args.find((a) => a.name === 'state_operations') ?? (positional.length >= 2 ? positional[1] : undefined)
      if (state === undefined) continue
      ranges.push({ start: state.start, end: state.end })
      // `state_operations = [...]` kept in a variable (often a class attribute) and passed by name.
      if (state.value.kind === 'word') ranges.push(...assignedLists(stream, state.value.name))
    }
    return ranges
  }
}

export const alembic: CodeFramework = {
  id: 'alembic',
  label: 'Alembic',
  language: python,
  sections(stream) {
    const sections = new Sections()
    const names = new Set<string>()
    for (const t of stream.tokens) if (t.kind === 'word' && /^downgrade(_\w+)?$/.test(t.value)) names.add(t.value)
    for (const range of pythonFunctionBodies(stream, names).values()) sections.addDown(range)
    return sections
  },
  prepare(stream, index) {
    // `with op.batch_alter_table("t") as batch_op:` owns the indented block below it.
    const lines = new LineIndex(stream.text)
    for (const call of index.calls) {
      if (call.name !== 'batch_alter_table') continue
      const withAt = lineStartToken(stream, call.start)
      if (withAt === undefined || stream.tokens[withAt]!.value !== 'with') continue
      const column = lines.position(stream.tokens[withAt]!.start).column
      let colon = call.argsEnd + 1
      while (colon < stream.tokens.length && !(stream.tokens[colon]!.kind === 'punct' && stream.tokens[colon]!.value === ':')) colon++
      const end = pythonBlockEnd(stream, lines, colon + 1, column)
      call.end = Math.max(call.end, end - 1)
      call.block = { start: colon + 1, end }
    }
  }
}

/** The list literals assigned to `name` (`name = [...]`) anywhere in the file. */
function assignedLists(stream: TokenStream, name: string): TokenRange[] {
  const { tokens, partner } = stream
  const out: TokenRange[] = []
  for (let i = 0; i + 2 < tokens.length; i++) {
    const t = tokens[i]!
    const eq = tokens[i + 1]!
    const open = tokens[i + 2]!
    if (t.kind === 'word' && t.value === name && eq.kind === 'punct' && eq.value === '=' && open.kind === 'punct' && (open.value === '[' || open.value === '(')) {
      out.push({ start: i + 2, end: partner[i + 2]! + 1 })
    }
  }
  return out
}

function lineStartToken(stream: TokenStream, index: number): number | undefined {
  let k = index
  while (k > 0 && !stream.tokens[k]!.newlineBefore) k--
  // `async with` is still a with-statement.
  if (stream.tokens[k]?.value === 'async') k++
  return stream.tokens[k] ? k : undefined
}

const javascriptSections = downBodies(['down'])

export const knex: CodeFramework = { id: 'knex', label: 'Knex', language: javascript, sections: javascriptSections }
export const typeorm: CodeFramework = { id: 'typeorm', label: 'TypeORM', language: javascript, sections: javascriptSections }
export const sequelize: CodeFramework = { id: 'sequelize', label: 'Sequelize', language: javascript, sections: javascriptSections }
export const dbmigrate: CodeFramework = { id: 'dbmigrate', label: 'db-migrate', language: javascript, sections: javascriptSections }
export const pgmigrate: CodeFramework = { id: 'pgmigrate', label: 'node-pg-migrate', language: javascript, sections: javascriptSections }
export const mikroorm: CodeFramework = { id: 'mikroorm', label: 'MikroORM', language: javascript, sections: javascriptSections }
export const kysely: CodeFramework = { id: 'kysely', label: 'Kysely', language: javascript, sections: javascriptSections }

export const efcore: CodeFramework = {
  id: 'efcore',
  label: 'EF Core',
  language: csharp,
  sections: downBodies(['Down']),
  dialect(text) {
    // Generated migrations carry provider annotations and store types.
    if (/\bNpgsql\b|"(?:character varying|timestamp with time zone|integer|boolean|text)"/.test(text)) return 'postgresql'
    if (/\bMySql\b|\bPomelo\b|"longtext"|"datetime\(6\)"/.test(text)) return 'mysql'
    if (/\bSqlite\b|"TEXT"|"INTEGER"/.test(text)) return 'sqlite'
    if (/\bSqlServer\b|"nvarchar\(|"datetime2"|"uniqueidentifier"|"bit"|\[\w+\]/.test(text)) return 'tsql'
    return undefined
  }
}

export const laravel: CodeFramework = {
  id: 'laravel',
  label: 'Laravel',
  language: php,
  sections: downBodies(['down']),
  prepare(stream, index) {
    // `$f = fn (Blueprint $t) => $t->dropColumn('x'); Schema::table('pages', $f);`: the closure runs inside the call.
    const { tokens, partner } = stream
    for (const call of index.calls) {
      if ((call.name !== 'table' && call.name !== 'create') || !call.receiver.some((r) => r.name === 'Schema')) continue
      const last = call.args[call.args.length - 1]?.value
      if (last?.kind !== 'word' || !last.name.startsWith('$')) continue
      for (let k = 0; k + 1 < tokens.length; k++) {
        const t = tokens[k]!
        if (t.kind !== 'word' || t.value !== last.name || tokens[k + 1]!.kind !== 'punct' || tokens[k + 1]!.value !== '=') continue
        let end = k + 2
        while (end < tokens.length && !(tokens[end]!.kind === 'punct' && tokens[end]!.value === ';')) end = partner[end]! > end ? partner[end]! + 1 : end + 1
        index.adopt({ start: k + 2, end }, call)
      }
    }
  }
}
export const doctrine: CodeFramework = { id: 'doctrine', label: 'Doctrine', language: php, sections: downBodies(['down']) }

/** Flyway Java migrations (`V3__Backfill.java`): `migrate(Context)` is forward code. */
export const flyway: CodeFramework = { id: 'flyway', label: 'Flyway', language: java, sections: () => new Sections() }

/** Flyway undo migrations (`U3__Backfill.java`) are down code from top to bottom. */
export const flywayUndo: CodeFramework = {
  id: 'flyway',
  label: 'Flyway',
  language: java,
  sections(stream) {
    const sections = new Sections()
    sections.addDown({ start: 0, end: stream.tokens.length })
    return sections
  }
}

export const ecto: CodeFramework = {
  id: 'ecto',
  label: 'Ecto',
  language: elixir,
  sections(stream) {
    const sections = new Sections()
    for (const range of defBodies(stream, new Set(['down']))) sections.addDown(range)
    return sections
  }
}

export const goose: CodeFramework = {
  id: 'goose',
  label: 'goose',
  language: go,
  sections(stream, index) {
    const sections = new Sections()
    const downNames = new Set<string>()
    for (const call of index.calls) {
      // goose.AddMigration(up, down), AddMigrationContext, AddMigrationNoTx..., AddNamedMigration(name, up, down).
      if (!/^Add(Named)?Migration/.test(call.name) || !call.receiver.some((l) => l.name === 'goose')) continue
      const positional = call.args.filter((a) => a.name === undefined)
      const down = positional[positional.length - 1]
      if (down === undefined || positional.length < 2) continue
      if (down.value.kind === 'word') downNames.add(down.value.name)
      if (down.value.kind === 'function') sections.addDown({ start: down.start, end: down.end })
    }
    for (const range of braceFunctionBodies(stream, downNames)) sections.addDown(range)
    return sections
  }
}

/**
 * Which JavaScript/TypeScript migration framework a file is written for, from the names it uses and the modules it
 * imports: code only, so a comment that mentions another framework changes nothing.
 */
export function javascriptFramework(stream: TokenStream): CodeFramework {
  const names = new Set<string>()
  const modules = new Set<string>()
  stream.tokens.forEach((t, i) => {
    if (t.kind === 'word') names.add(t.value)
    else if (t.kind === 'string') {
      const before = stream.tokens[i - 1]
      const beforeThat = stream.tokens[i - 2]
      if ((before?.kind === 'word' && before.value === 'from') || (before?.value === '(' && beforeThat?.kind === 'word' && (beforeThat.value === 'require' || beforeThat.value === 'import'))) {
        modules.add(t.value)
      }
    }
  })
  const uses = (...list: string[]): boolean => list.some((n) => names.has(n))
  const imports = (test: (m: string) => boolean): boolean => [...modules].some(test)
  if (uses('MigrationInterface', 'QueryRunner', 'queryRunner') || imports((m) => m === 'typeorm')) return typeorm
  if (uses('queryInterface', 'QueryInterface', 'Sequelize') || imports((m) => m === 'sequelize' || m === 'sequelize-cli')) return sequelize
  if (imports((m) => m.startsWith('@mikro-orm/')) || uses('addSql')) return mikroorm
  if (uses('pgm') || imports((m) => m === 'node-pg-migrate')) return pgmigrate
  if (uses('runSql') || (uses('dbm') && uses('setup')) || imports((m) => m === 'db-migrate')) return dbmigrate
  if (uses('Kysely') || imports((m) => m === 'kysely')) return kysely
  return knex
}

export function pythonFramework(path: string, text: string): CodeFramework {
  if (/^[ \t]*(?:from alembic\b|import alembic\b)/m.test(text)) return alembic
  if (/\bdjango\.db\b|\bmigrations\.Migration\b/.test(text)) return django
  if (/\bdef upgrade\s*\(/.test(text) || /(^|\/)versions\/[^/]+$/.test(path)) return alembic
  return django
}

export function phpFramework(text: string): CodeFramework {
  if (/\bAbstractMigration\b|\$this->addSql\s*\(/.test(text)) return doctrine
  return laravel
}
