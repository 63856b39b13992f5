/** The guardrail family: changes that loosen prodguard itself (`guardrail/weakened`). Transition rules only. */
import type { Analyzer } from '../analyzer.js'
import { configLoosened } from './config-loosened.js'
import { workflowLoosened } from './workflow-loosened.js'

export type { GuardrailServices } from './config-loosened.js'
export const guardrailAnalyzers: Analyzer[] = [configLoosened, workflowLoosened]
