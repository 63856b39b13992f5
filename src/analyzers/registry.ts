/** Every analyzer family prodguard runs. A new family is a folder under src/analyzers/ and one line here. */
import type { Analyzer } from './analyzer.js'
import { sqlAnalyzers } from './sql/index.js'
import { migrationsAnalyzers } from './migrations/index.js'
import { exposureAnalyzers } from './exposure/index.js'
import { infraAnalyzers } from './infra/index.js'
import { envleakAnalyzers } from './envleak/index.js'
import { secretsAnalyzers } from './secrets/index.js'
import { dependenciesAnalyzers } from './dependencies/index.js'
import { guardrailAnalyzers } from './guardrail/index.js'
import { lockSafetyAnalyzers } from './lock-safety/index.js'
import { baselineGrown } from './guardrail/baseline-grown.js'

export function analyzers(): Analyzer[] {
  return [
    ...sqlAnalyzers,
    ...migrationsAnalyzers,
    ...exposureAnalyzers,
    ...infraAnalyzers,
    ...envleakAnalyzers,
    ...secretsAnalyzers,
    ...dependenciesAnalyzers,
    ...guardrailAnalyzers,
    ...lockSafetyAnalyzers,
    baselineGrown
  ]
}
