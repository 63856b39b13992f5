/**
 * Inputs that used to take seconds to minutes, each with a generous time budget (about 10x what a linear reading
 * needs on a loaded machine): whitespace runs in .env values, a huge JSON config, a 10 MB single-line Terraform file.
 */
import { scanFiles } from '../helpers/scan.js'

async function timed(files: Record<string, string>): Promise<{ ids: string[]; ms: number }> {
  const started = performance.now()
  const findings = await scanFiles(files)
  return { ids: findings.map((f) => f.ruleId), ms: performance.now() - started }
}

describe('slow paths are linear', () => {
  it('.env.production with `A=a` + 65,536 spaces + `b` (11.9 s before)', async () => {
    const { ms } = await timed({ '.env.production': `A=a${' '.repeat(65_536)}b\nB=${' '.repeat(65_536)}#\n` })
    expect(ms).toBeLessThan(5_000)
  })

  it('an .env value with a long whitespace run still loses its inline comment', async () => {
    const { ids } = await timed({ '.env.production': `DEBUG=true${' '.repeat(10_000)}# on for now\n` })
    expect(ids).toContain('env-leak/debug-mode')
  })

  it('properties with long whitespace runs', async () => {
    const { ms } = await timed({ 'src/main/resources/application-prod.properties': `spring.datasource.url=${' '.repeat(65_536)}x\n` })
    expect(ms).toBeLessThan(5_000)
  })

  it('appsettings.Production.json with 10^6 keys is refused as too large, quickly (21 s / 1.76 GB before)', async () => {
    const keys = Array.from({ length: 1_000_000 }, (_, i) => `"k${i}":1`).join(',')
    const { ids, ms } = await timed({ 'appsettings.Production.json': `{${keys}}` })
    expect(ids).toContain('unanalyzable/too-large')
    expect(ms).toBeLessThan(20_000)
  })

  it('a 10 MB single-line .tf is too large, not a 15 s / 1.9 GB parse', async () => {
    const text = `locals { ${Array.from({ length: 650_000 }, (_, i) => `a${i} = ${i}`).join(' ')} }\n`
    const { ids, ms } = await timed({ 'infra/main.tf': text })
    expect(ids).toContain('unanalyzable/too-large')
    expect(ms).toBeLessThan(20_000)
  })
})
