/** The infra analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const infraAnalyzers: Analyzer[] = []
