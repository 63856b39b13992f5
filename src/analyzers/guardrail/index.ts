/** The guardrail analyzer family (being built). */
import type { Analyzer } from '../analyzer.js'

export const guardrailAnalyzers: Analyzer[] = []
