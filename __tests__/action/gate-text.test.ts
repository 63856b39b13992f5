/** Small pieces of the gate that carry untrusted text or paths: code spans, link targets, the commit's verdict. */
import { describe, expect, it } from '@jest/globals'
import { codeSpan } from '../../src/action/gate-report.js'
import { linkTarget } from '../../src/action/snapshots.js'

describe('a code span holds any file name', () => {
  it.each([
    ['db/migrations/0002_drop.sql', '`db/migrations/0002_drop.sql`'],
    ['a`b.sql', '`` a`b.sql ``'],
    ['``x``', '``` ``x`` ```'],
    ['`](https://evil.example)`', '`` `](https://evil.example)` ``'],
    ['<img src=x>', '`&lt;img src=x&gt;`'],
    ['two\nlines', '`two lines`']
  ])('%p', (name, span) => {
    expect(codeSpan(name)).toBe(span)
  })
})

describe('where a symbolic link points, as a repository path', () => {
  it.each([
    ['db/migrations/0002.sql', '../../sql/drop.sql', 'sql/drop.sql'],
    ['db/migrations/0002.sql', './0001.sql', 'db/migrations/0001.sql'],
    ['db/migrations/0002.sql', '../../../etc/passwd', undefined],
    ['db/migrations/0002.sql', '/etc/passwd', undefined],
    ['db/migrations/0002.sql', '../..', undefined],
    ['link.sql', 'sub/../../outside.sql', undefined]
  ])('%p -> %p', (path, target, expected) => {
    expect(linkTarget(path, target)).toBe(expected)
  })
})
