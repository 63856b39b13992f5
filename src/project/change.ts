/**
 * The change as the analyzers see it across files: which paths it adds and changes, known up front from the change
 * set's listing, and their new texts read only when an analyzer asks. Nothing is read ahead and no text is kept: a
 * check of a whole repository must not read every claimed file twice before the scan begins, nor hold them all.
 */
import type { ChangeContext } from '../analyzers/analyzer.js'
import type { FileVersion } from '../change/change-set.js'

export function lazyChange(added: ReadonlySet<string>, versions: ReadonlyMap<string, FileVersion>): ChangeContext {
  const changed = new Set(versions.keys())
  let folders: Map<string, string[]> | undefined
  return {
    added,
    changed,
    inFolder(folder) {
      if (folders === undefined) {
        folders = new Map()
        for (const path of [...changed].sort()) {
          const dir = path.slice(0, path.lastIndexOf('/') + 1)
          const list = folders.get(dir)
          if (list === undefined) folders.set(dir, [path])
          else list.push(path)
        }
      }
      return folders.get(folder) ?? []
    },
    async newText(path) {
      const version = versions.get(path)
      if (version === undefined) return undefined
      try {
        const content = await version.read()
        return content.kind === 'text' ? content.text : undefined
      } catch {
        return undefined // the main loop reads it too and reports it as unreadable
      }
    }
  }
}
