/** Which commit-message trailers name a co-author, and which of them name a GitHub account. */
import { describe, expect, it } from '@jest/globals'
import { coAuthorsOf } from '../../src/action/stages/read-change.js'

describe('Co-authored-by trailers', () => {
  const table: Array<[string, string, Array<{ name: string; email: string; login: string | undefined }>]> = [
    ['a no-reply e-mail with an id', 'Fix\n\nCo-authored-by: Bob B <4711+Bob@users.noreply.github.com>', [{ name: 'Bob B', email: '4711+Bob@users.noreply.github.com', login: 'bob' }]],
    ['an old no-reply e-mail without an id', 'Fix\n\nco-authored-by: carol <carol@users.noreply.github.com>\r', [{ name: 'carol', email: 'carol@users.noreply.github.com', login: 'carol' }]],
    ['an ordinary e-mail', 'Fix\n\nCo-Authored-By: Dana <dana@example.com>', [{ name: 'Dana', email: 'dana@example.com', login: undefined }]],
    ['two trailers', 'Fix\n\nCo-authored-by: A <a@users.noreply.github.com>\nCo-authored-by: B <b@example.com>', [
      { name: 'A', email: 'a@users.noreply.github.com', login: 'a' },
      { name: 'B', email: 'b@example.com', login: undefined }
    ]],
    ['a mention in the body, not a trailer', 'Fix\n\nThanks to Co-authored-by: someone <x@users.noreply.github.com>', []],
    ['no e-mail', 'Fix\n\nCo-authored-by: Bob', []]
  ]
  it.each(table)('%s', (_name, message, expected) => {
    expect(coAuthorsOf(message)).toEqual(expected)
  })

  it('stays linear on a hostile message (long trailer lines, many spaces, no closing bracket)', () => {
    const hostile = `Fix\n\nCo-authored-by:${' '.repeat(60_000)}<x\n`.repeat(3) + `Co-authored-by: ${'<'.repeat(900)}\n`.repeat(50)
    const started = Date.now()
    expect(coAuthorsOf(hostile)).toEqual([])
    expect(Date.now() - started).toBeLessThan(500)
  })
})
