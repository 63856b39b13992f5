/**
 * Fail closed on broken input: a file an analyzer claims and cannot parse is `unanalyzable/parse-error` (blocking),
 * whatever its name; the cases here were silent passes or caught internal failures (`analyzer-error`) before.
 */
import { decodeBytes, decodeChunks } from '../../src/change/content.js'
import { scanFiles } from '../helpers/scan.js'

const ids = async (files: Record<string, string>): Promise<string[]> => (await scanFiles(files)).filter((f) => f.severity === 'block').map((f) => f.ruleId)

describe('broken input fails closed', () => {
  const broken: Array<[string, string, string]> = [
    ['a truncated plan.json with a delete (known by its content)', 'infra/plan.json', '{"format_version":"1.2","resource_changes":[{"address":"aws_db_instance.main","change":{"actions":["delete"]'],
    ['an unclosed TOML table in netlify.toml', 'netlify.toml', '[context.production\nenvironment = { DEBUG = "true" }\n'],
    ['a broken GitLab CI file', '.gitlab-ci.yml', 'deploy:\n  script: [echo\n  environment: production\n'],
    ['a broken workflow', '.github/workflows/deploy.yml', 'on: push\njobs:\n  a: {runs-on: ubuntu-latest, steps: [\n'],
    ['a broken Kubernetes manifest', 'k8s/db.yaml', 'apiVersion: v1\nkind: Service\nspec:\n  type: LoadBalancer\n  ports: [5432\n'],
    ['broken Helm values', 'charts/db/values-prod.yaml', 'primary:\n  service:\n    type: [LoadBalancer\n'],
    ['a broken CloudFormation template', 'cfn/db.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties: {PubliclyAccessible: [true\n'],
    ['a broken Ansible playbook', 'deploy.yml', '- hosts: db\n  tasks:\n    - docker_container:\n        name: db\n        ports: ["5432:5432"\n'],
    ['truncated config JSON', 'config/appsettings.json', '{"ConnectionStrings": {"Db": "Server=db;'],
    ['a compose merge of a list anchor', 'docker-compose.yml', 'x-ports: &p\n  - "5432:5432"\nservices:\n  db:\n    image: postgres:16\n    <<: *p\n'],
    ['a docker run line the shell cannot read', 'deploy.sh', '#!/bin/sh\ndocker run -p 5432:5432 -e Y="${ " postgres:16\n'],
    ['SQL after a merge-conflict marker', 'db/migrations/001.sql', 'SELECT 1;\n<<<<<<< HEAD\nSELECT 2;\n=======\nDROP TABLE users;\n>>>>>>> feature\n']
  ]
  it.each(broken)('%s is a blocking parse error, never an analyzer error', async (_name, path, text) => {
    const found = await ids({ [path]: text })
    expect(found).toContain('unanalyzable/parse-error')
    expect(found).not.toContain('unanalyzable/analyzer-error')
  })

  it('a Helm template is not a broken manifest', async () => {
    const found = await ids({ 'charts/db/templates/svc.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: {{ .Release.Name }}\nspec:\n  {{- if .Values.x }}\n  type: ClusterIP\n  {{- end }}\n' })
    expect(found).toEqual([])
  })

  it('the valid versions of the same files are read, not refused', async () => {
    const found = await ids({
      'netlify.toml': '[context.production]\nenvironment = { LEVEL = "info" }\n',
      'k8s/db.yaml': 'apiVersion: v1\nkind: Service\nmetadata:\n  name: db\nspec:\n  type: ClusterIP\n  ports: [{port: 5432}]\n',
      'docker-compose.yml': 'x-base: &b\n  restart: always\nservices:\n  web:\n    image: nginx:1.27\n    <<: *b\n'
    })
    expect(found.filter((id) => id.startsWith('unanalyzable/'))).toEqual([])
  })

  it('NUL bytes after the first chunk of a large file are binary content', () => {
    const text = Buffer.from('SELECT 1;\n'.repeat(200_000))
    const tail = Buffer.concat([Buffer.from('DROP TABLE users;\n'), Buffer.from([0, 0, 1, 2])])
    const chunks = [text.subarray(0, 1 << 20), text.subarray(1 << 20), tail]
    expect(() => [...decodeChunks(chunks)]).toThrow(/NUL byte at offset/)
  })

  it('NUL bytes past the sniffed head of a small file are binary content', () => {
    const content = decodeBytes(Buffer.from(`${'SELECT 1;\n'.repeat(2000)}\0\0DROP TABLE users;\n`))
    expect(content).toMatchObject({ kind: 'unreadable', reason: 'binary', detail: 'binary content (a NUL byte at offset 20000)' })
  })
})
