/**
 * AWS Lambda runtimes declared in YAML: the Serverless Framework (`provider.runtime: nodejs14.x`, a function's
 * `runtime:`) and CloudFormation / SAM templates (`Runtime: python3.7`, SAM's `Globals.Function.Runtime`). Read line
 * by line and only for values that are Lambda runtime identifiers, so compose's `runtime: nvidia` is not one.
 * Each is the `aws-lambda` product's line (the same reading as Terraform's `aws_lambda_function.runtime`).
 */
import type { Dependency } from '../dependency.js'
import { SourceLines } from '../source-lines.js'

const RUNTIME = /^[ \t]*(?:-[ \t]+)?(?:runtime|Runtime)[ \t]*:[ \t]*["']?((?:nodejs\d+(?:\.\d+)?(?:\.x)?|python\d\.\d+|ruby\d\.\d+|java\d+(?:\.al2(?:023)?)?|dotnet\d+(?:\.\d+)?|dotnetcore\d\.\d|go1\.x|provided(?:\.al2(?:023)?)?))["']?[ \t]*(?:#.*)?$/gm

export function readLambdaRuntimes(text: string): Dependency[] {
  if (!/runtime/i.test(text)) return []
  const lines = new SourceLines(text)
  const out: Dependency[] = []
  for (let m = RUNTIME.exec(text); m !== null; m = RUNTIME.exec(text)) {
    const line = lines.lineAt(m.index + m[0].length - m[0].trimStart().length)
    out.push({ ecosystem: 'runtime', name: 'aws-lambda', version: m[1]!, scope: 'runtime', direct: true, line, evidence: lines.lineText(line) })
  }
  return out
}
