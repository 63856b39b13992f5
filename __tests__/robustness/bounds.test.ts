/**
 * Hostile YAML: alias bombs, huge documents and deep nesting are refused as `unanalyzable/too-large` (blocking), in
 * bounded time, whichever analyzer claims the file; and the YAML parser never prints what it warns about.
 */
import { parseYamlFile, MAX_YAML_CHARS } from '../../src/analyzers/yaml-source.js'
import { scanFiles } from '../helpers/scan.js'

/** Nine levels of nine aliases: 9^9 nodes once expanded, from a few hundred bytes. */
function listBomb(levels: number): string {
  let s = 'x-0: &l0 ["lol","lol","lol","lol","lol","lol","lol","lol","lol"]\n'
  for (let i = 1; i < levels; i++) s += `x-${i}: &l${i} [${Array(9).fill(`*l${i - 1}`).join(',')}]\n`
  return s
}

function mapBomb(levels: number): string {
  let s = 'x-0: &l0 {a: lol, b: lol, c: lol, d: lol, e: lol, f: lol, g: lol, h: lol, i: lol}\n'
  for (let i = 1; i < levels; i++) s += `x-${i}: &l${i} {${Array.from({ length: 9 }, (_, j) => `k${j}: *l${i - 1}`).join(', ')}}\n`
  return s
}

function mergeBomb(levels: number): string {
  let s = 'x-0: &l0 {a: lol, b: lol}\n'
  for (let i = 1; i < levels; i++) s += `x-${i}: &l${i} {${Array.from({ length: 9 }, (_, j) => `k${j}: {<<: *l${i - 1}}`).join(', ')}}\n`
  return s
}

const timed = async <T>(run: () => Promise<T>): Promise<{ value: T; ms: number }> => {
  const started = performance.now()
  const value = await run()
  return { value, ms: performance.now() - started }
}

describe('YAML bounds', () => {
  const cases: Array<[string, string, string]> = [
    ['a list bomb in compose ports', 'docker-compose.yml', `${listBomb(9)}services:\n  db:\n    image: postgres\n    ports: *l8\n`],
    ['a map bomb in compose environment', 'docker-compose.yml', `${mapBomb(9)}services:\n  db:\n    image: postgres\n    environment: *l8\n`],
    ['a merge-key bomb', 'docker-compose.yml', `${mergeBomb(9)}services:\n  db:\n    <<: *l8\n    image: postgres\n`],
    ['a map bomb in Helm values', 'deploy/values-prod.yaml', `${mapBomb(9)}postgresql:\n  primary: *l8\n`],
    ['a map bomb in a Kubernetes manifest', 'k8s/db.yaml', `${mapBomb(9)}apiVersion: v1\nkind: Service\nmetadata: *l8\n`]
  ]
  it.each(cases)('%s is too large and blocking, in bounded time', async (_name, path, text) => {
    const { value: findings, ms } = await timed(() => scanFiles({ [path]: text }))
    const refused = findings.filter((f) => f.ruleId === 'unanalyzable/too-large')
    expect(refused).toHaveLength(1)
    expect(refused[0]!.severity).toBe('block')
    expect(refused[0]!.message).toMatch(/aliases expand to more than/)
    expect(findings.some((f) => f.ruleId === 'unanalyzable/analyzer-error')).toBe(false)
    expect(ms).toBeLessThan(20_000)
  })

  it('a production config with a map bomb fails closed and is not walked', async () => {
    const findings = await scanFiles({ 'config/production.yml': `${mapBomb(9)}database:\n  password: *l8\n` })
    expect(findings.map((f) => f.ruleId)).toContain('unanalyzable/too-large')
  })

  it('a self-referencing alias is refused, not followed', () => {
    const parsed = parseYamlFile('a: &a\n  b: *a\n')
    // The yaml library may call this an error itself; either way the file is not read as a tree.
    expect(parsed.error).toBeDefined()
  })

  it('ordinary anchors and merge keys stay readable', async () => {
    const text = 'x-defaults: &defaults\n  restart: always\n  image: nginx:1.27\nservices:\n  web:\n    <<: *defaults\n  api:\n    <<: *defaults\n'
    expect(parseYamlFile(text).error).toBeUndefined()
    const findings = await scanFiles({ 'docker-compose.yml': text })
    expect(findings.filter((f) => f.category === 'unanalyzable')).toEqual([])
  })

  it('a document over the size bound is too large, without being parsed', async () => {
    const service = '  svc:\n    image: nginx:1.27\n    environment:\n      LEVEL: info\n'
    const text = `services:\n${service.replace('svc', 'a')}${'# padding line of a generated file\n'.repeat(Math.ceil(MAX_YAML_CHARS / 35) + 10)}`
    const { value: findings, ms } = await timed(() => scanFiles({ 'docker-compose.yml': text }))
    expect(findings.filter((f) => f.ruleId === 'unanalyzable/too-large')).toHaveLength(1)
    expect(ms).toBeLessThan(30_000)
  })

  it('indentation deep enough to break the parser is refused before parsing', async () => {
    let text = ''
    for (let i = 0; i < 1400; i++) text += `${' '.repeat(i * 2)}- \n`
    const { value: findings, ms } = await timed(() => scanFiles({ 'charts/app/values.yaml': text }))
    expect(findings.map((f) => f.ruleId)).toContain('unanalyzable/too-large')
    expect(ms).toBeLessThan(30_000)
  })

  it('flow nesting past the depth bound is refused', () => {
    const parsed = parseYamlFile(`a: ${'['.repeat(300)}${']'.repeat(300)}\n`)
    expect(parsed.error?.tooLarge).toBe(true)
    expect(parsed.error?.message).toMatch(/nested more than/)
  })

  it('parser warnings (which quote source lines) are never printed', async () => {
    const token = ['ghp', '_', 'A1b2C3d4E5f6G7h8I9j0K1l2M3n4O5p6Q7r8'].join('')
    const writes: string[] = []
    const original = process.emitWarning
    const originalWarn = console.warn
    process.emitWarning = ((warning: string | Error) => void writes.push(String(warning))) as typeof process.emitWarning
    console.warn = (...args: unknown[]) => void writes.push(args.join(' '))
    try {
      await scanFiles({
        'pnpm-lock.yaml': `lockfileVersion: '6.0'\nimporters:\n  .:\n    dependencies:\n      left-pad:\n        specifier: ^1.3.0\n        version: 1.3.0\nx: !!foo ${token}\n`,
        'docker-compose.yml': `services:\n  web:\n    image: nginx:1.27\n    labels: !!bar ${token}\n`
      })
    } finally {
      process.emitWarning = original
      console.warn = originalWarn
    }
    expect(writes).toEqual([])
  })
})
