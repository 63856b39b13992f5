/** The envleak analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const envleakAnalyzers: Analyzer[] = []
