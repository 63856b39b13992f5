/**
 * The destructive-infra family: Terraform plans that delete or replace data-bearing resources, and changes that
 * remove what protects them (Terraform, Kubernetes).
 */
import type { Analyzer } from '../analyzer.js'
import { manifestDeletionsAnalyzer } from './manifest-deletions.js'
import { terraformPlanAnalyzer } from './terraform-plan.js'
import { terraformProtectionAnalyzer } from './terraform-protection.js'

export const infraAnalyzers: Analyzer[] = [terraformProtectionAnalyzer, terraformPlanAnalyzer, manifestDeletionsAnalyzer]
