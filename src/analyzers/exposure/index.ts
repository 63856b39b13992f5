/**
 * The public-exposure family: databases and caches reachable from outside without authentication, read from every
 * place that publishes them (compose, Kubernetes and Helm values, Ansible, `docker run`, database config files,
 * Terraform, CloudFormation).
 */
import type { Analyzer } from '../analyzer.js'
import { ansibleAnalyzer } from './ansible.js'
import { cloudFormationAnalyzer } from './cloudformation.js'
import { composeAnalyzer } from './compose.js'
import { databaseConfigAnalyzer } from './database-config.js'
import { dockerRunAnalyzer } from './docker-run.js'
import { helmValuesAnalyzer } from './helm-values.js'
import { kubernetesAnalyzer } from './kubernetes.js'
import { terraformExposureAnalyzer } from './terraform.js'

export const exposureAnalyzers: Analyzer[] = [
  composeAnalyzer,
  kubernetesAnalyzer,
  helmValuesAnalyzer,
  ansibleAnalyzer,
  dockerRunAnalyzer,
  databaseConfigAnalyzer,
  terraformExposureAnalyzer,
  cloudFormationAnalyzer
]
