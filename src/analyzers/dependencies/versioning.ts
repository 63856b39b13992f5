/**
 * Version arithmetic per ecosystem: semver for npm, Cargo, Composer and Go; PEP 440 for Python; NuGet.Versioning
 * for NuGet; numeric segments for the rest (Maven, RubyGems, image tags, runtimes). Everything here returns undefined rather than guess.
 */
import semver from 'semver'
import * as pep440 from '@renovatebot/pep440'
import type { Ecosystem } from './dependency.js'

const SEMVER_ECOSYSTEMS: ReadonlySet<Ecosystem> = new Set(['npm', 'cargo', 'composer', 'go'])

function usesSemver(ecosystem: Ecosystem): boolean {
  return SEMVER_ECOSYSTEMS.has(ecosystem)
}

/** `v1.2.3` -> `1.2.3`; Composer and Go put a `v` in front, Maven and tags sometimes too. */
function bare(version: string): string {
  return version.trim().replace(/^[vV](?=\d)/, '')
}

function looseSemver(version: string): semver.SemVer | null {
  return semver.parse(bare(version), { loose: true }) ?? semver.coerce(bare(version))
}

/** Numeric release segments: `3.8.10` -> [3, 8, 10]; `2.7.4p191` -> [2, 7, 4]; none -> undefined. */
export function numericSegments(version: string): number[] | undefined {
  const m = /^\d+(?:\.\d+)*/.exec(bare(version))
  return m ? m[0].split('.').map(Number) : undefined
}

/**
 * NuGet versions (NuGet.Versioning): up to four numeric parts, a SemVer 2.0 prerelease label compared without case,
 * build metadata ignored. `1.0`, `1.0.0` and `1.0.0.0` are one version, `01.2` is `1.2.0`.
 */
const NUGET_VERSION = /^(\d+)(?:\.(\d+))?(?:\.(\d+))?(?:\.(\d+))?(?:-([0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*))?(?:\+[0-9A-Za-z-]+(?:\.[0-9A-Za-z-]+)*)?$/

interface NugetVersion {
  parts: [number, number, number, number]
  prerelease: string[]
}

function parseNuget(version: string): NugetVersion | undefined {
  const m = NUGET_VERSION.exec(bare(version))
  if (!m) return undefined
  const parts = [m[1], m[2], m[3], m[4]].map((p) => Number(p ?? 0)) as NugetVersion['parts']
  if (!parts.every(Number.isSafeInteger)) return undefined
  return { parts, prerelease: m[5] === undefined ? [] : m[5].toLowerCase().split('.') }
}

/**
 * NuGet's normalized form, the one nuget.org lists and restore resolves to: `1.0` -> `1.0.0`, `1.0.0.0` -> `1.0.0`,
 * `1.2.3.4` stays, `01.02.3-Beta+sha.5` -> `1.2.3-beta`. Undefined when it is not a NuGet version.
 */
export function normalizeNugetVersion(version: string): string | undefined {
  const v = parseNuget(version)
  if (v === undefined) return undefined
  const [a, b, c, d] = v.parts
  return `${a}.${b}.${c}${d > 0 ? `.${d}` : ''}${v.prerelease.length > 0 ? `-${v.prerelease.join('.')}` : ''}`
}

function compareNuget(x: NugetVersion, y: NugetVersion): number {
  for (let i = 0; i < 4; i++) if (x.parts[i] !== y.parts[i]) return x.parts[i]! - y.parts[i]!
  // A release sorts after its prereleases; labels compare identifier by identifier, numbers numerically.
  if (x.prerelease.length === 0 || y.prerelease.length === 0) return y.prerelease.length - x.prerelease.length
  for (let i = 0; i < Math.min(x.prerelease.length, y.prerelease.length); i++) {
    const p = x.prerelease[i]!
    const q = y.prerelease[i]!
    if (p === q) continue
    const pn = /^\d+$/.test(p)
    const qn = /^\d+$/.test(q)
    if (pn && qn) return Number(p) - Number(q)
    if (pn !== qn) return pn ? -1 : 1
    return p < q ? -1 : 1
  }
  return x.prerelease.length - y.prerelease.length
}

export function majorOf(ecosystem: Ecosystem, version: string): number | undefined {
  if (ecosystem === 'pypi') {
    const parsed = pep440.explain(bare(version))
    if (parsed) return parsed.release[0]
  } else if (usesSemver(ecosystem)) {
    const parsed = looseSemver(version)
    if (parsed) return parsed.major
  }
  return numericSegments(version)?.[0]
}

/** Negative when a < b, 0 when equal, positive when a > b; undefined when either is not a version. */
export function compareVersions(ecosystem: Ecosystem, a: string, b: string): number | undefined {
  if (ecosystem === 'pypi' && pep440.valid(bare(a)) && pep440.valid(bare(b))) return pep440.compare(bare(a), bare(b))
  if (ecosystem === 'nuget') {
    const x = parseNuget(a)
    const y = parseNuget(b)
    if (x && y) return compareNuget(x, y)
  }
  if (usesSemver(ecosystem)) {
    const x = looseSemver(a)
    const y = looseSemver(b)
    if (x && y) return semver.compare(x, y)
  }
  const x = numericSegments(a)
  const y = numericSegments(b)
  if (x === undefined || y === undefined) return undefined
  for (let i = 0; i < Math.max(x.length, y.length); i++) {
    const d = (x[i] ?? 0) - (y[i] ?? 0)
    if (d !== 0) return d
  }
  return 0
}

/** Release qualifiers, not prereleases: Spring's `.RELEASE`, Hibernate's `.Final`, `-GA`. */
const STABLE_QUALIFIER = /[.-](RELEASE|Final|GA)$/i
/**
 * Maven release flavours: Guava's `-jre` / `-android` (`33.3.1-jre`), the Microsoft JDBC driver's `.jre11` / `.jre8`,
 * `-jdk8` builds. Removed before the stability test, so `33.3.1-jre` is stable and `33.0.0-rc1-jre` is not. Only for
 * Maven: an image tag `21-jdk` is a variant tag, judged by the image rules.
 */
const MAVEN_FLAVOUR = /[.-](jre\d*|android|jdk\d*)$/i

/** A prerelease never counts as "the latest release". */
export function isStable(ecosystem: Ecosystem, version: string): boolean {
  if (ecosystem === 'pypi') {
    const parsed = pep440.explain(bare(version))
    return parsed !== null && !parsed.is_prerelease
  }
  if (usesSemver(ecosystem)) {
    const parsed = semver.parse(bare(version), { loose: true })
    return parsed !== null && parsed.prerelease.length === 0
  }
  if (ecosystem === 'nuget') {
    const parsed = parseNuget(version)
    return parsed !== undefined && parsed.prerelease.length === 0
  }
  const plain = ecosystem === 'maven' ? bare(version).replace(MAVEN_FLAVOUR, '') : bare(version)
  return /^\d+(\.\d+)*$/.test(plain.replace(STABLE_QUALIFIER, ''))
}

/** A range that accepts anything, so it follows whatever is published next. */
export function isOpenRange(ecosystem: Ecosystem, range: string): boolean {
  const r = range.trim()
  if (ecosystem === 'pypi') return r === '' || r === '*'
  return r === '' || r === '*' || r === 'x' || r === 'latest' || r === '>=0' || r === '>=0.0.0'
}

const PEP440_LOWER = /(===|==|~=|>=|>)\s*([0-9][0-9A-Za-z.+!_-]*)/g

/** The lowest version a range admits (`^4.17.0` -> `4.17.0`, `>=2.2,<3` -> `2.2`), or undefined. */
export function rangeFloor(ecosystem: Ecosystem, range: string): string | undefined {
  if (isOpenRange(ecosystem, range)) return undefined
  if (ecosystem === 'pypi') {
    let floor: string | undefined
    for (const m of range.matchAll(PEP440_LOWER)) {
      const v = m[2]!.replace(/\.\*$/, '')
      if (floor === undefined || (compareVersions('pypi', v, floor) ?? 0) > 0) floor = v
    }
    return floor
  }
  if (usesSemver(ecosystem) || ecosystem === 'runtime') {
    try {
      const valid = semver.validRange(bare(range), { loose: true })
      if (valid !== null) return semver.minVersion(valid, { loose: true })?.version
    } catch {
      // not a semver range; fall through to the numeric reading
    }
  }
  const m = /\d+(?:\.\d+)*/.exec(range)
  return m?.[0]
}

/** Does the range admit this version? undefined when the range cannot be read. */
export function rangeAdmits(ecosystem: Ecosystem, range: string, version: string): boolean | undefined {
  if (isOpenRange(ecosystem, range)) return true
  if (ecosystem === 'pypi') {
    if (!pep440.validRange(range)) return undefined
    return pep440.satisfies(bare(version), range)
  }
  if (usesSemver(ecosystem) || ecosystem === 'runtime') {
    const valid = semver.validRange(bare(range), { loose: true })
    const v = looseSemver(version)
    if (valid === null || v === null) return undefined
    return semver.satisfies(v, valid, { loose: true })
  }
  return undefined
}

/**
 * The newest major a range still admits, up to `latestMajor`: `^3.2.0` -> 3, `>=3` with latest 5 -> 5,
 * `>=1,<3` -> 2. Undefined when the range cannot be read.
 */
export function newestAdmittedMajor(ecosystem: Ecosystem, range: string, latest: string): number | undefined {
  const latestMajor = majorOf(ecosystem, latest)
  if (latestMajor === undefined) return undefined
  const admitsLatest = rangeAdmits(ecosystem, range, latest)
  if (admitsLatest === undefined) {
    const floor = rangeFloor(ecosystem, range)
    return floor === undefined ? undefined : majorOf(ecosystem, floor)
  }
  if (admitsLatest) return latestMajor
  for (let major = latestMajor; major >= 0; major--) {
    if (ecosystem === 'pypi') {
      if ([`${major}.0`, `${major}.999`, `${major}.0.999`, `${major}.999.999`].some((v) => pep440.satisfies(v, range))) return major
    } else {
      const valid = semver.validRange(bare(range), { loose: true })
      if (valid !== null && semver.intersects(valid, `>=${major}.0.0 <${major + 1}.0.0-0`, { loose: true })) return major
    }
  }
  return undefined
}
