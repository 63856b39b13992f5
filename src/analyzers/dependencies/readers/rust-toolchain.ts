/**
 * `rust-toolchain.toml` (`[toolchain] channel = "1.80.0"`) and the older `rust-toolchain` (the channel alone on one
 * line, or the same TOML): a numbered channel (`1.80`, `1.80.0`) is that Rust release line. `stable`, `beta`,
 * `nightly` and dated channels (`nightly-2024-05-01`, `stable-x86_64-unknown-linux-gnu`) name no release line.
 */
import { parse as parseToml } from 'smol-toml'
import { ManifestError, type Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

const NUMBERED = /^(\d+\.\d+(?:\.\d+)?)(?:-[\w-]+)?$/

export function readRustToolchain(text: string, basename: string): Dependency[] {
  const lines = new SourceLines(text)
  let channel: string | undefined
  let line = 1
  const looksToml = basename.endsWith('.toml') || /^\s*\[toolchain\]/m.test(text)
  if (looksToml) {
    let doc: Record<string, unknown>
    try {
      doc = parseToml(text) as Record<string, unknown>
    } catch (error) {
      const at = (error as { line?: number }).line
      throw new ManifestError(`${basename} is not valid TOML: ${(error as Error).message.split('\n')[0]}`, typeof at === 'number' ? at : 1)
    }
    const toolchain = doc['toolchain']
    const value = typeof toolchain === 'object' && toolchain !== null ? (toolchain as Record<string, unknown>)['channel'] : undefined
    if (value !== undefined && typeof value !== 'string') throw new ManifestError(`${basename}: toolchain.channel is not a string`, lines.lineOf(/^\s*channel\s*=/m))
    channel = value
    line = lines.lineOf(/^\s*channel\s*=/m)
  } else {
    const raw = text.split('\n')
    const index = raw.findIndex((l) => l.trim() !== '' && !l.trim().startsWith('#'))
    if (index !== -1) {
      channel = raw[index]!.trim()
      line = index + 1
    }
  }
  if (channel === undefined) return []
  const m = NUMBERED.exec(channel.trim())
  if (!m) return []
  return [{ ecosystem: 'runtime', name: 'rust', version: m[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) }]
}
