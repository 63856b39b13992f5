/**
 * Each shipped table states the date its data supports: never older than the newest date it holds (it cannot know
 * a release after its date), and not later than that either unless it says where the later date comes from.
 */
import { expect, test } from '@jest/globals'
import { readFileSync } from 'node:fs'
import { parse } from 'yaml'

const read = (name: string) => readFileSync(new URL(`../../rules/outdated-dependency/${name}`, import.meta.url), 'utf8')
const DAY = 86_400_000
const daysBetween = (a: string, b: string) => Math.round((Date.parse(b) - Date.parse(a)) / DAY)
const newest = (dates: Iterable<unknown>) => [...dates].filter((d): d is string => typeof d === 'string' && /^\d{4}-\d{2}(-\d{2})?$/.test(d)).sort().pop() ?? ''

test('eol.json: its date is its source commit\'s, at most a day after the newest release date it holds', () => {
  const eol = JSON.parse(read('eol.json')) as { dataDate: string; source: string; products: Record<string, { releases: Array<Record<string, unknown>> }> }
  const held = Object.values(eol.products).flatMap((p) => p.releases.flatMap((r) => [r['releaseDate'], r['latestDate']]))
  const last = newest(held)
  expect(eol.dataDate >= last).toBe(true)
  expect(daysBetween(last, eol.dataDate)).toBeLessThanOrEqual(1)
})

test('latest-versions.json: each ecosystem part has its date, no older than its newest release; the table takes the oldest', () => {
  const latest = JSON.parse(read('latest-versions.json')) as { dataDate: string; dates: Record<string, string>; sources: Record<string, string>; packages: Record<string, Record<string, { released?: string; lines?: Record<string, string> }>> }
  for (const [ecosystem, table] of Object.entries(latest.packages)) {
    const part = latest.dates[ecosystem]
    expect([ecosystem, typeof part]).toEqual([ecosystem, 'string'])
    const last = newest(Object.values(table).flatMap((e) => [e.released, ...Object.values(e.lines ?? {})]))
    expect([ecosystem, part! >= last]).toEqual([ecosystem, true])
    // A part that claims a later date than its newest release must say it was fetched then (npm releases daily).
    if (ecosystem === 'npm' && !latest.sources.npm!.includes(`fetched ${part}`)) expect(part).toBe(last)
  }
  expect(latest.dataDate).toBe(Object.values(latest.dates).sort()[0])
})

test('actions.yml: its date is its newest tag date, unless it was fetched on its date', () => {
  const actions = parse(read('actions.yml')) as { dataDate: string; source: string; lines: Record<string, Record<string, string>>; firstReleases: Record<string, Record<string, string>> }
  const last = newest([...Object.values(actions.lines), ...Object.values(actions.firstReleases)].flatMap((m) => Object.values(m)))
  expect(actions.dataDate >= last).toBe(true)
  if (!actions.source.includes(`fetched ${actions.dataDate}`)) expect(actions.dataDate).toBe(last)
})
