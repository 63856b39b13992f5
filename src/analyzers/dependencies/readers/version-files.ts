/** Runtime version files: `.nvmrc`, `.node-version`, `.python-version`, `.ruby-version`, `.go-version`, `.tool-versions`, `runtime.txt`. */
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

const SINGLE_TOOL: Record<string, string> = {
  '.nvmrc': 'nodejs',
  '.node-version': 'nodejs',
  '.python-version': 'python',
  '.ruby-version': 'ruby',
  '.go-version': 'go'
}

export function isVersionFile(basename: string): boolean {
  return basename in SINGLE_TOOL || basename === '.tool-versions' || basename === 'runtime.txt'
}

export function readVersionFile(text: string, basename: string): Dependency[] {
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  const raw = text.split('\n')
  for (let i = 0; i < raw.length; i++) {
    const content = raw[i]!.replace(/#.*$/, '').trim()
    if (content === '') continue
    const line = i + 1
    if (basename === 'runtime.txt') {
      // Heroku's (and Binder's) runtime.txt: `python-3.12.4`; other runtimes written there (`r-4.3`) are not read.
      const python = /^python-(\d+(?:\.\d+){0,2})$/.exec(content)
      if (python) out.push({ ecosystem: 'runtime', name: 'python', version: python[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
      break
    }
    if (basename === '.tool-versions') {
      const [tool, version] = content.split(/\s+/)
      if (tool && version && version !== 'system' && version !== 'latest' && !version.startsWith('ref:') && !version.startsWith('path:')) {
        out.push({ ecosystem: 'runtime', name: tool, version, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
      }
      continue
    }
    const tool = SINGLE_TOOL[basename]!
    // `ruby-3.2.2`, `python-3.11` and `3.11.4/envs/app` (pyenv virtualenvs) name the same release line.
    const bareVersion = content.replace(/^(ruby|python|node)-/, '')
    const version = tool === 'python' ? bareVersion.split('/')[0]! : bareVersion
    if (version === 'system' || version === 'node' || version === 'lts/*' || version === 'stable') continue
    out.push({ ecosystem: 'runtime', name: tool, version, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
    // One line per file, except pyenv's several versions.
    if (basename !== '.python-version') break
  }
  return out
}
