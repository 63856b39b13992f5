/**
 * The language lexers read string literals the way each language does: the decoded text, and the line and column
 * where the text starts (so SQL inside is reported at its place); comments never become tokens.
 */
import { describe, expect, it } from '@jest/globals'
import { lexCSharp } from '../../src/analyzers/migrations/lexers/csharp.js'
import { lexElixir } from '../../src/analyzers/migrations/lexers/elixir.js'
import { lexGo } from '../../src/analyzers/migrations/lexers/go.js'
import { lexJavaScript } from '../../src/analyzers/migrations/lexers/javascript.js'
import { lexPhp } from '../../src/analyzers/migrations/lexers/php.js'
import { lexPython } from '../../src/analyzers/migrations/lexers/python.js'
import { lexRuby } from '../../src/analyzers/migrations/lexers/ruby.js'
import { SyntaxProblem, type TokenStream } from '../../src/analyzers/migrations/lexers/token.js'
import { LineIndex } from '../../src/analyzers/line-index.js'

type Lex = (text: string) => TokenStream

/** Every string literal: `line:column text`, the position being where its content starts. */
function strings(lex: Lex, source: string): string[] {
  const stream = lex(source)
  const lines = new LineIndex(source)
  return stream.tokens
    .filter((t) => t.kind === 'string')
    .map((t) => {
      const at = lines.position(t.contentStart ?? t.start)
      return `${at.line}:${at.column} ${t.value}`
    })
}

function words(lex: Lex, source: string): string[] {
  return lex(source)
    .tokens.filter((t) => t.kind === 'word')
    .map((t) => t.value)
}

describe('lexers', () => {
  it.each<[string, Lex, string, string[]]>([
    ['ruby double quotes with escapes and interpolation', lexRuby, 'execute "DROP TABLE \\"#{name}\\""', ['1:10 DROP TABLE "_name_"']],
    ['ruby single quotes keep backslashes', lexRuby, "execute 'a\\nb'", ['1:10 a\\nb']],
    ['ruby squiggly heredoc', lexRuby, 'execute <<~SQL\n  DROP TABLE t;\nSQL\nfoo', ['2:1   DROP TABLE t;\n']],
    ['ruby two heredocs on one line', lexRuby, 'x(<<~A, <<~B)\n  one\nA\n  two\nB\n', ['2:1   one\n', '4:1   two\n']],
    ['ruby %q and %w literals', lexRuby, 'execute %q(DELETE FROM t)\nx = %w[a b]', ['1:12 DELETE FROM t', '2:8 a', '2:8 b']],
    ['python triple quotes and implicit concatenation', lexPython, 'op.execute("""\nDROP TABLE t\n""")\nx = ("a" "b")', ['1:15 \nDROP TABLE t\n', '4:7 a', '4:11 b']],
    ['python raw and f-strings', lexPython, 'x = r"a\\b"\ny = f"DROP TABLE {t!r}_{{x}}"', ['1:7 a\\b', '2:7 DROP TABLE _t__{x}']],
    ['javascript template literal with nested template', lexJavaScript, 'q(`DROP ${`x${y}`} TABLE`)', ['1:4 DROP _x_y_ TABLE']],
    ['javascript regex is not a string', lexJavaScript, "const r = /'drop'/g; q('ok')", ['1:25 ok']],
    ['c# verbatim, interpolated and raw strings', lexCSharp, 'Sql(@"a ""b""");\nSql($"DROP {t}");\nSql("""\n  DROP TABLE x\n  """);', ['1:7 a "b"', '2:7 DROP _t_', '3:8 \n  DROP TABLE x\n  ']],
    ['php single, double with variables, nowdoc', lexPhp, "<?php\nf('it\\'s');\nf(\"DROP {$t} $u\");\nf(<<<'SQL'\nDELETE FROM t\nSQL);", ["2:4 it's", '3:4 DROP _t_ _u_', '5:1 DELETE FROM t']],
    ['elixir heredoc and sigil', lexElixir, 'execute """\n  DROP TABLE t\n"""\nexecute ~s(DELETE FROM u)', ['2:1   DROP TABLE t\n', '4:12 DELETE FROM u']],
    ['go raw string', lexGo, 'tx.Exec(`\nDROP TABLE t`)', ['1:10 \nDROP TABLE t']]
  ])('%s', (_name, lex, source, expected) => {
    expect(strings(lex, source)).toEqual(expected)
  })

  it.each<[string, Lex, string]>([
    ['ruby', lexRuby, '# drop_table :a\n=begin\ndrop_table :b\n=end\nok'],
    ['python', lexPython, '# op.drop_table("a")\nok'],
    ['javascript', lexJavaScript, '// dropTable("a")\n/* dropTable("b") */ ok'],
    ['c#', lexCSharp, '// DropTable("a")\n/* DropTable("b") */\n#region x\nok'],
    ['php', lexPhp, '<?php // Schema::drop("a")\n# drop\n/* drop */ ok'],
    ['elixir', lexElixir, '# drop table(:a)\nok'],
    ['go', lexGo, '// tx.Exec("DROP")\n/* x */ ok']
  ])('%s comments are not tokens', (_name, lex, source) => {
    expect(words(lex, source)).toEqual(['ok'])
  })

  it.each<[string, Lex, string]>([
    ['ruby unterminated string', lexRuby, 'execute "DROP TABLE t\n'],
    ['ruby heredoc never closed', lexRuby, 'execute <<~SQL\nDROP TABLE t\n'],
    ['ruby def without end', lexRuby, 'def up\n  drop_table :t\n'],
    ['python unterminated triple quote', lexPython, 'x = """abc'],
    ['javascript unbalanced brace', lexJavaScript, 'exports.up = () => {'],
    ['c# unterminated comment', lexCSharp, '/* never closed'],
    ['php heredoc never closed', lexPhp, '<?php f(<<<SQL\nDROP\n'],
    ['elixir do without end', lexElixir, 'def up do\n drop table(:x)\n'],
    ['go unterminated raw string', lexGo, 'tx.Exec(`DROP']
  ])('%s is a syntax problem', (_name, lex, source) => {
    expect(() => lex(source)).toThrow(SyntaxProblem)
  })
})

describe('ruby blocks', () => {
  it.each([
    ['a method whose body starts with an assignment', 'def up\n  h = select_value("x")\n  if h\n    x = 1\n  end\nend\n'],
    ['an endless method', 'def up = drop_table(:x)\ndef down\nend\n'],
    ['modifier if and unless', 'def up\n  raise "x" unless ok\n  return if done\n  y = if a then 1 else 2 end\nend\n'],
    ['a one-line class', 'class A < B\n  class N < R; end\nend\n'],
    ['while with do', 'def up\n  while x do\n    y\n  end\nend\n']
  ])('%s pairs every end', (_name, source) => {
    expect(() => lexRuby(source)).not.toThrow()
  })
})
