/** The secrets analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const secretsAnalyzers: Analyzer[] = []
