/**
 * Texts a run keeps until its report (the messages, evidence and identities of detections still to become findings):
 * each held as a string of its own, and a repeated one held once. Detections are built by concatenation and slicing,
 * and V8 keeps the pieces: a detection's evidence cut from a statement holds the whole statement, its message every
 * fragment it was joined from (about 1.5 KB a detection, 44 MB at 100,000 migration files).
 */
import type { Detection } from '../analyzers/analyzer.js'

export class HeldTexts {
  private readonly texts = new Map<string, string>()

  /** `text`, or the copy of it already held; short texts are held as they are (V8 copies those when it cuts them). */
  hold(text: string): string {
    if (text.length <= 12) return text
    let one = this.texts.get(text)
    if (one === undefined) {
      one = ownCopy(text)
      this.texts.set(one, one)
    }
    return one
  }

  /** The detection with its texts held: messages, evidence and hints repeat across files; identities seldom do. */
  detection(d: Detection): Detection {
    const held: Detection = { ...d, message: this.hold(d.message), evidence: this.hold(d.evidence), identity: ownCopy(d.identity) }
    if (d.hint !== undefined) held.hint = this.hold(d.hint)
    return held
  }
}

/** A copy of `text` that shares no storage with the strings it was cut or joined from. */
export function ownCopy(text: string): string {
  // V8 flattens a joined string into one new buffer before cutting it, so this is a slice of a string no one else
  // holds (one character of it wasted); ten times cheaper than a JSON round trip, the same text whatever it holds
  return text.length <= 12 ? text : ` ${text}`.slice(1)
}
