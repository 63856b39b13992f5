/** The dependencies analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const dependenciesAnalyzers: Analyzer[] = []
