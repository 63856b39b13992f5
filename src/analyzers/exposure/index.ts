/** The exposure analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const exposureAnalyzers: Analyzer[] = []
