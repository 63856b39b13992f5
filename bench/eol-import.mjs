#!/usr/bin/env node
// Method used to add products to rules/outdated-dependency/eol.json from a local snapshot of the endoflife.date
// repository (its products/*.md front matter holds the release cycles and dates; MIT licence). Only facts are
// carried over (cycle names, dates, latest versions, identifiers); nothing else.
//
//   node bench/eol-import.mjs GIT_DIR slug[,slug...]         # merges the products into eol.json
//   node bench/eol-import.mjs GIT_DIR slug[,slug...] --ids   # prints the products' purl identifiers (for aliases.yml)
//
// GIT_DIR is a bare git directory (e.g. what the search tool's `fetch` brought for endoflife-date/endoflife.date).
import { execFileSync } from 'node:child_process'
import { readFileSync, writeFileSync } from 'node:fs'
import { parse } from 'yaml'

const [gitDir, slugList, flag] = process.argv.slice(2)
if (!gitDir || !slugList) {
  console.error('usage: node bench/eol-import.mjs GIT_DIR slug[,slug...] [--ids]')
  process.exit(2)
}
const file = new URL('../rules/outdated-dependency/eol.json', import.meta.url)
const snapshot = JSON.parse(readFileSync(file, 'utf8'))
const day = (v) => (v instanceof Date ? v.toISOString().slice(0, 10) : typeof v === 'string' ? v.slice(0, 10) : v)
const dateOrBool = (v) => (typeof v === 'boolean' ? v : v === undefined || v === null ? undefined : day(String(v)))

for (const slug of slugList.split(',')) {
  const text = execFileSync('git', ['--git-dir', gitDir, 'show', `HEAD:products/${slug}.md`], { encoding: 'utf8' })
  const front = parse(text.split(/^---$/m)[1])
  if (flag === '--ids') {
    const ids = (front.identifiers ?? []).map((i) => i.purl).filter(Boolean)
    console.log(`${slug}: ${ids.join(' ')}`)
    continue
  }
  const releases = []
  for (const r of front.releases ?? []) {
    const release = { name: String(r.releaseCycle) }
    if (typeof r.codename === 'string') release.codename = r.codename
    if (typeof r.releaseLabel === 'string') {
      const label = r.releaseLabel.replace(/__RELEASE_CYCLE__/g, release.name).replace(/__CODENAME__/g, r.codename ?? '')
      if (label !== release.name) release.label = label
    }
    if (r.releaseDate !== undefined) release.releaseDate = day(r.releaseDate)
    const lts = dateOrBool(r.lts)
    if (lts !== undefined && lts !== false) release.lts = lts
    const eoas = dateOrBool(r.eoas)
    if (eoas !== undefined) release.eoas = eoas
    release.eol = dateOrBool(r.eol) ?? false
    const eoes = dateOrBool(r.eoes)
    if (eoes !== undefined) release.eoes = eoes
    if (r.latest !== undefined && r.latest !== null) release.latest = String(r.latest)
    if (r.latestReleaseDate !== undefined) release.latestDate = day(r.latestReleaseDate)
    releases.push(release)
  }
  snapshot.products[slug] = { label: front.title, ...(front.category ? { category: front.category } : {}), releases }
  console.log(`${slug}: ${releases.length} release lines, newest ${releases[0]?.name} (${releases[0]?.releaseDate ?? '?'})`)
}
if (flag !== '--ids') writeFileSync(file, `${JSON.stringify(snapshot, null, 1)}\n`)
