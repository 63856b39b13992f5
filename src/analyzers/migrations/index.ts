/** The migrations analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const migrationsAnalyzers: Analyzer[] = []
