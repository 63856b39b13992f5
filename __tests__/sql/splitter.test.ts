/**
 * The statement splitter, exactly: where each statement starts and ends, for every quote, comment and body form,
 * and the same result however the text is cut into chunks (every cut position, inside every kind of token).
 */
import { describe, expect, it } from '@jest/globals'
import { lexicalProfile, type SqlDialect } from '../../src/analyzers/sql/dialect.js'
import { StatementSplitter, type SqlStatement } from '../../src/analyzers/sql/splitter.js'

function split(dialect: SqlDialect, text: string): SqlStatement[] {
  return StatementSplitter.split(text, lexicalProfile(dialect))
}

function texts(dialect: SqlDialect, text: string): string[] {
  return split(dialect, text).map((s) => s.text)
}

/** Feeds the text in pieces cut at the given positions. */
function splitInChunks(dialect: SqlDialect, text: string, cuts: number[]): SqlStatement[] {
  const splitter = new StatementSplitter(lexicalProfile(dialect))
  const out: SqlStatement[] = []
  let from = 0
  for (const cut of [...cuts, text.length]) {
    out.push(...splitter.push(text.slice(from, cut)))
    from = cut
  }
  out.push(...splitter.end())
  return out
}

const cases: Array<{ name: string; dialect: SqlDialect; sql: string; statements: string[] }> = [
  {
    name: 'semicolons in single-quoted strings with doubled quotes',
    dialect: 'postgresql',
    sql: "INSERT INTO t VALUES ('a;b', 'it''s; fine');\nDROP TABLE t;",
    statements: ["INSERT INTO t VALUES ('a;b', 'it''s; fine')", 'DROP TABLE t']
  },
  {
    name: 'E-strings with backslash escapes (PostgreSQL)',
    dialect: 'postgresql',
    sql: "SELECT E'a\\';b';\nSELECT 'c:\\';\nSELECT 1;",
    statements: ["SELECT E'a\\';b'", "SELECT 'c:\\'", 'SELECT 1']
  },
  {
    name: 'backslash escapes in MySQL strings, double-quoted strings and backticks',
    dialect: 'mysql',
    sql: "SELECT 'a\\';b', \"x;\\\"y\", `c;d`;\nDROP TABLE `t;1`;",
    statements: ["SELECT 'a\\';b', \"x;\\\"y\", `c;d`", 'DROP TABLE `t;1`']
  },
  {
    name: 'double-quoted identifiers with doubled quotes',
    dialect: 'postgresql',
    sql: 'DROP TABLE "we""ird;name";\nSELECT 2;',
    statements: ['DROP TABLE "we""ird;name"', 'SELECT 2']
  },
  {
    name: 'dollar quotes, plain and tagged, with nested tags and semicolons',
    dialect: 'postgresql',
    sql: "CREATE FUNCTION f() RETURNS void AS $fn$\nBEGIN\n  EXECUTE $q$DELETE FROM t;$q$;\nEND;\n$fn$ LANGUAGE plpgsql;\nDO $$ BEGIN PERFORM 1; END $$;\nSELECT $1;",
    statements: [
      'CREATE FUNCTION f() RETURNS void AS $fn$\nBEGIN\n  EXECUTE $q$DELETE FROM t;$q$;\nEND;\n$fn$ LANGUAGE plpgsql',
      'DO $$ BEGIN PERFORM 1; END $$',
      'SELECT $1'
    ]
  },
  {
    name: 'nested block comments (PostgreSQL) and line comments',
    dialect: 'postgresql',
    sql: '/* outer /* inner; */ still; */ SELECT 1; -- trailing; comment\nSELECT 2 -- no end;\n;',
    statements: ['SELECT 1', 'SELECT 2 -- no end;']
  },
  {
    name: 'block comments do not nest in MySQL; # comments',
    dialect: 'mysql',
    sql: '/* a /* b */ SELECT 1; # DROP TABLE x;\nSELECT 2;',
    statements: ['SELECT 1', 'SELECT 2']
  },
  {
    name: 'MySQL DELIMITER with a procedure body',
    dialect: 'mysql',
    sql: 'DELIMITER //\nCREATE PROCEDURE p()\nBEGIN\n  DELETE FROM t;\n  IF 1 THEN SELECT 1; END IF;\nEND//\nDELIMITER ;\nSELECT 3;',
    statements: ['CREATE PROCEDURE p()\nBEGIN\n  DELETE FROM t;\n  IF 1 THEN SELECT 1; END IF;\nEND', 'SELECT 3']
  },
  {
    name: 'MySQL DELIMITER $$',
    dialect: 'mysql',
    sql: 'DELIMITER $$\nCREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END$$\nDELIMITER ;\nDROP TABLE x;',
    statements: ['CREATE TRIGGER tr BEFORE INSERT ON t FOR EACH ROW BEGIN SET NEW.a = 1; END', 'DROP TABLE x']
  },
  {
    name: 'BEGIN ... END bodies without DELIMITER (SQLite trigger, CASE inside)',
    dialect: 'sqlite',
    sql: 'CREATE TRIGGER t AFTER DELETE ON a BEGIN\n  DELETE FROM b WHERE id = old.id;\n  UPDATE c SET n = CASE WHEN n > 0 THEN n - 1 ELSE 0 END;\nEND;\nBEGIN TRANSACTION;\nDROP TABLE c;\nCOMMIT;',
    statements: [
      'CREATE TRIGGER t AFTER DELETE ON a BEGIN\n  DELETE FROM b WHERE id = old.id;\n  UPDATE c SET n = CASE WHEN n > 0 THEN n - 1 ELSE 0 END;\nEND',
      'BEGIN TRANSACTION',
      'DROP TABLE c',
      'COMMIT'
    ]
  },
  {
    name: 'CREATE FUNCTION ... BEGIN ATOMIC (PostgreSQL 14) and BEGIN; as a transaction',
    dialect: 'postgresql',
    sql: 'BEGIN;\nCREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND;\nCOMMIT;',
    statements: ['BEGIN', 'CREATE FUNCTION g() RETURNS int LANGUAGE sql\nBEGIN ATOMIC\n  SELECT 1;\n  SELECT 2;\nEND', 'COMMIT']
  },
  {
    name: 'MySQL procedure with END IF / END LOOP / END CASE inside',
    dialect: 'mysql',
    sql: 'CREATE PROCEDURE p() BEGIN\n l: LOOP\n  IF x THEN LEAVE l; END IF;\n END LOOP l;\n CASE y WHEN 1 THEN SELECT 1; END CASE;\nEND;\nSELECT 9;',
    statements: ['CREATE PROCEDURE p() BEGIN\n l: LOOP\n  IF x THEN LEAVE l; END IF;\n END LOOP l;\n CASE y WHEN 1 THEN SELECT 1; END CASE;\nEND', 'SELECT 9']
  },
  {
    name: 'T-SQL GO batches (with a count and any case), brackets, BEGIN TRY',
    dialect: 'tsql',
    sql: 'CREATE PROCEDURE p AS\nBEGIN\n  DELETE FROM t; SELECT 1;\nEND\nGO\nDROP TABLE [a;b]\ngo 2\nBEGIN TRY DROP TABLE y; END TRY BEGIN CATCH SELECT 1; END CATCH\nGO',
    statements: ['CREATE PROCEDURE p AS\nBEGIN\n  DELETE FROM t; SELECT 1;\nEND', 'DROP TABLE [a;b]', 'BEGIN TRY DROP TABLE y; END TRY BEGIN CATCH SELECT 1; END CATCH']
  },
  {
    name: 'a GO inside a string or a word is not a batch separator',
    dialect: 'tsql',
    sql: "SELECT 'x\nGO\ny';\nSELECT GOAL FROM t\nGO",
    statements: ["SELECT 'x\nGO\ny'", 'SELECT GOAL FROM t']
  },
  {
    name: 'BigQuery triple-quoted strings',
    dialect: 'bigquery',
    sql: "SELECT '''a;\n'b';''';\nSELECT \"\"\"c;\"\"\";",
    statements: ["SELECT '''a;\n'b';'''", 'SELECT """c;"""']
  },
  {
    name: 'Snowflake $$ strings',
    dialect: 'snowflake',
    sql: "CREATE PROCEDURE p() RETURNS string LANGUAGE javascript AS $$ var a = 'x;'; return a; $$;\nDROP TABLE t;",
    statements: ["CREATE PROCEDURE p() RETURNS string LANGUAGE javascript AS $$ var a = 'x;'; return a; $$", 'DROP TABLE t']
  },
  {
    name: 'parentheses: a semicolon inside (PostgreSQL rule actions) does not split',
    dialect: 'postgresql',
    sql: 'CREATE RULE r AS ON DELETE TO t DO INSTEAD (DELETE FROM a; DELETE FROM b);\nSELECT 1;',
    statements: ['CREATE RULE r AS ON DELETE TO t DO INSTEAD (DELETE FROM a; DELETE FROM b)', 'SELECT 1']
  },
  {
    name: 'pg_dump COPY ... FROM stdin data lines are not SQL',
    dialect: 'postgresql',
    sql: "COPY public.users (id, name) FROM stdin;\n1\tO'Brien; DROP TABLE x\n2\t\\N\n\\.\nDROP TABLE y;\nCOPY t FROM stdin WITH (FORMAT csv);\n\\.\n",
    statements: ['COPY public.users (id, name) FROM stdin', 'DROP TABLE y', 'COPY t FROM stdin WITH (FORMAT csv)']
  },
  {
    name: 'psql \\copy ... FROM STDIN data lines are not SQL either (regression scripts)',
    dialect: 'postgresql',
    sql: "CREATE TABLE a (id int, note text);\n\\COPY a FROM STDIN DELIMITER AS ',';\n1, x; DROP TABLE z\n2, y\n\\.\n\nCREATE TABLE b (id int);\n\\copy b from stdin\n3\n\\.\nDROP TABLE b;\n",
    statements: ['CREATE TABLE a (id int, note text)', 'CREATE TABLE b (id int)', 'DROP TABLE b']
  },
  {
    name: 'psql meta-commands are not SQL',
    dialect: 'postgresql',
    sql: "\\connect billing\n\\set ON_ERROR_STOP on\nDROP TABLE t;\n  \\echo done\nSELECT 'a\\b';",
    statements: ['DROP TABLE t', "SELECT 'a\\b'"]
  },
  {
    name: 'empty statements and whitespace only',
    dialect: 'postgresql',
    sql: ';;\n  ;\n\t',
    statements: []
  }
]

describe('statement splitter', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', (_name, c) => {
    expect(texts(c.dialect, c.sql)).toEqual(c.statements)
  })

  it.each(cases.map((c) => [c.name, c] as const))('gives the same statements for a chunk cut at every position: %s', (_name, c) => {
    const whole = split(c.dialect, c.sql)
    for (let cut = 1; cut < c.sql.length; cut++) {
      expect(splitInChunks(c.dialect, c.sql, [cut])).toEqual(whole)
    }
  })

  it.each(cases.map((c) => [c.name, c] as const))('gives the same statements fed one character at a time: %s', (_name, c) => {
    const cuts = Array.from({ length: c.sql.length - 1 }, (_, i) => i + 1)
    expect(splitInChunks(c.dialect, c.sql, cuts)).toEqual(split(c.dialect, c.sql))
  })

  it('reports 1-based start line and column and the end line of each statement', () => {
    const statements = split('postgresql', 'SELECT 1;\n\n  DROP TABLE\n    users;  SELECT\n2;')
    expect(statements.map((s) => [s.line, s.column, s.endLine])).toEqual([
      [1, 1, 1],
      [3, 3, 4],
      [4, 13, 5]
    ])
  })

  it('handles CRLF line ends and a byte-order mark', () => {
    const statements = split('postgresql', '\uFEFFSELECT 1;\r\n-- c\r\nDROP TABLE t;\r\n')
    expect(statements.map((s) => [s.text, s.line, s.column])).toEqual([
      ['SELECT 1', 1, 1],
      ['DROP TABLE t', 3, 1]
    ])
  })

  it('keeps absolute offsets across chunks', () => {
    const sql = 'SELECT 1;\nDROP TABLE users;\n'
    const statements = splitInChunks('postgresql', sql, [3, 12, 20])
    expect(statements.map((s) => sql.slice(s.offset, s.offset + s.text.length))).toEqual(['SELECT 1', 'DROP TABLE users'])
  })

  it('splits 10,000 nested parentheses without recursion', () => {
    const deep = `SELECT ${'('.repeat(10_000)}1${')'.repeat(10_000)};\nDROP TABLE t;`
    expect(texts('postgresql', deep)).toHaveLength(2)
    expect(texts('postgresql', deep)[1]).toBe('DROP TABLE t')
  })

  it('scans a 1 MB single line that arrives in chunks before its end', () => {
    const values = Array.from({ length: 40_000 }, (_, i) => `(${i}, 'row;${i}', E'it\\'s', $$x$$)`).join(',')
    const sql = `INSERT INTO t VALUES ${values};DROP TABLE t;`
    expect(sql.length).toBeGreaterThan(1_000_000)
    const cuts: number[] = []
    for (let at = 65_536; at < sql.length; at += 65_536) cuts.push(at)
    const statements = splitInChunks('postgresql', sql, cuts)
    expect(statements.map((s) => s.text.length)).toEqual([sql.length - 'DROP TABLE t;'.length - 1, 'DROP TABLE t'.length])
  })

  it('cuts a statement longer than the limit into parts instead of holding it whole', () => {
    const splitter = new StatementSplitter(lexicalProfile('postgresql'), { maxStatementChars: 1000 })
    const out: SqlStatement[] = []
    for (let i = 0; i < 50; i++) out.push(...splitter.push(`INSERT INTO t VALUES (${i}, 'xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxxx'),\n`))
    out.push(...splitter.end())
    expect(out.length).toBeGreaterThan(1)
    expect(out.slice(0, -1).every((s) => s.partial === true)).toBe(true)
    expect(Math.max(...out.map((s) => s.text.length))).toBeLessThan(2000)
  })

  it('says which construct the input ended inside', () => {
    const cases: Array<[SqlDialect, string, string, number]> = [
      ['postgresql', "SELECT 1;\nSELECT 'never closed;\nDROP TABLE t;", 'string', 2],
      ['postgresql', 'SELECT 1;\n/* open\n', 'block comment', 2],
      ['postgresql', 'DO $body$ BEGIN DROP TABLE t; END', 'dollar-quoted string ($body$)', 1],
      ['tsql', 'SELECT [open', 'bracketed identifier', 1]
    ]
    for (const [dialect, sql, kind, line] of cases) {
      const splitter = new StatementSplitter(lexicalProfile(dialect))
      splitter.push(sql)
      splitter.end()
      expect(splitter.unterminated()).toEqual({ kind, line })
    }
    const closed = new StatementSplitter(lexicalProfile('postgresql'))
    closed.push("SELECT 'a'; -- it's fine\n")
    closed.end()
    expect(closed.unterminated()).toBeUndefined()
  })

  it('applies directives from line comments: sections, boundaries, verbatim blocks', () => {
    const sql = [
      '-- +goose Up',
      '-- +goose StatementBegin',
      'CREATE FUNCTION f() RETURNS trigger AS $$ BEGIN RETURN NEW; END $$ LANGUAGE plpgsql;',
      'SELECT 1;',
      '-- +goose StatementEnd',
      'CREATE TABLE t (id int)',
      '-- +goose Down',
      'DROP TABLE t;'
    ].join('\n')
    const splitter = new StatementSplitter(lexicalProfile('postgresql'), {
      onLineComment: (text) => {
        const m = /\+goose (\w+)/.exec(text)
        if (!m) return undefined
        if (m[1] === 'Up') return { section: 'up' }
        if (m[1] === 'Down') return { section: 'down' }
        if (m[1] === 'StatementBegin') return { verbatim: 'start' }
        return { verbatim: 'end' }
      }
    })
    const statements = [...splitter.push(sql), ...splitter.end()]
    expect(statements.map((s) => [s.section, s.text.split('\n').length, s.line])).toEqual([
      ['up', 2, 3],
      ['up', 1, 6],
      ['down', 1, 8]
    ])
  })
})
