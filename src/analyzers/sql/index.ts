/** The sql analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const sqlAnalyzers: Analyzer[] = []
