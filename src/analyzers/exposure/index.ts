/**
 * The public-exposure family: databases and caches reachable from outside without authentication, read from every
 * place that publishes them (compose, Kubernetes and Helm values, Ansible, `docker run`, database config files,
 * Terraform, CloudFormation).
 */
import type { Analyzer } from '../analyzer.js'
import { composeAnalyzer } from './compose.js'
import { helmValuesAnalyzer } from './helm-values.js'
import { kubernetesAnalyzer } from './kubernetes.js'
import { terraformExposureAnalyzer } from './terraform.js'

export const exposureAnalyzers: Analyzer[] = [composeAnalyzer, kubernetesAnalyzer, helmValuesAnalyzer, terraformExposureAnalyzer]
