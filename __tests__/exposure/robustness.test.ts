/**
 * Bad and odd input never crashes an analyzer: every shape below is read or reported, and none produces
 * `unanalyzable/analyzer-error` (the finding a crash turns into).
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]

const odd: [string, string][] = [
  ['docker-compose.yml', ''],
  ['docker-compose.yml', 'services:\n'],
  ['docker-compose.yml', 'services: [a, b]\n'],
  ['docker-compose.yml', 'services:\n  db: mongo\n  x:\n    image: [1, 2]\n    ports: {a: 1}\n    environment: 5\n    command: {a: b}\n'],
  ['docker-compose.yml', 'services:\n  db:\n    image: mongo\n    ports:\n      - {}\n      - null\n      - "abc:def:ghi:jkl"\n      - "[::1"\n      - target: null\n      - 99999999\n'],
  ['docker-compose.yml', '--- \n- just\n- a list\n---\nservices: {db: {image: "redis", ports: ["6379"]}}\n'],
  ['docker-compose.yml', 'a: &a [*a]\n'],
  ['k8s/x.yaml', 'apiVersion: v1\nkind: Service\nspec: 5\n'],
  ['k8s/x.yaml', 'apiVersion: v1\nkind: Service\nmetadata: {name: mongo}\nspec:\n  type: LoadBalancer\n  ports: [null, {port: "x"}, 5]\n  selector: [1]\n'],
  ['k8s/x.yaml', 'apiVersion: apps/v1\nkind: Deployment\nspec:\n  template:\n    spec:\n      containers: [null, 5, {image: null, env: [null, {name: 5}], ports: [{hostPort: "x"}]}]\n'],
  ['k8s/x.yaml', 'apiVersion: v1\nkind: List\nitems: 5\n'],
  ['values.yaml', 'mongodb: 5\nredis:\n  auth: [1]\n  master: {service: 5}\n'],
  ['ansible/roles/db/tasks/main.yml', '- docker_container: 5\n- docker_container:\n    ports: {a: b}\n    env: [1, 2]\n    command: {x: 1}\n- community.docker.docker_container:\n    image: mongo\n    ports: all\n'],
  ['scripts/x.sh', 'docker run\ndocker run -p\ndocker run -p "unterminated\ndocker run -e -p 1:1 --network\ndocker run $(echo mongo) -p 27017:27017 && echo ok\n'],
  ['Makefile', 'x:\n\tdocker run -p $$(PORT):27017 mongo:6 \\\n'],
  ['config/mongod.conf', 'net: [\n'],
  ['config/redis.conf', 'protected-mode no\nbind\n'],
  ['config/elasticsearch.yml', 'network.host: [0.0.0.0\n'],
  ['db/pg_hba.conf', 'host\nhost all\nhost all all 1.2.3.4 255.255.x.0 trust\nhost all all not-an-ip trust\n'],
  ['cloudformation/x.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources: 5\n'],
  ['cloudformation/x.yaml', 'AWSTemplateFormatVersion: "2010-09-09"\nResources:\n  A:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      PubliclyAccessible: !Ref\n  B:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      SecurityGroupIngress: [null, {CidrIp: !Sub "x"}]\n'],
  ['infra/main.tf', ''],
  ['infra/main.tf', 'resource "aws_db_instance" {\n}\n'],
  ['infra/main.tf', 'resource "aws_security_group" "x" {\n  ingress {\n    from_port = "a"\n    to_port = var.x\n    protocol = null\n    cidr_blocks = [null, 5, var.y]\n  }\n}\n'],
  ['infra/main.tf', 'locals {\n  a = local.a\n  b = local.c\n  c = local.b\n}\nresource "aws_db_instance" "x" {\n  publicly_accessible = local.a\n  deletion_protection = local.b\n}\n'],
  ['infra/main.tf', 'resource "docker_container" "x" {\n  image = docker_image.nope.image_id\n  ports {\n    internal = var.p\n  }\n  env = var.env\n}\n'],
  ['infra/main.tf', '\u0000\u0001binaryish = 1\n'],
  ['tfplan.json', '{"format_version": "1.2", "resource_changes": [null, 5, {"type": 5}, {"address": "a", "type": "aws_db_instance", "change": null}, {"address": "b", "type": "aws_db_instance", "change": {"actions": "delete"}}, {"address": "c", "type": "aws_s3_bucket", "change": {"actions": ["delete"], "replace_paths": [5, [], [null]]}}]}'],
  ['tfplan.json', '[]'],
  ['tfplan.json', 'null']
]

describe('odd input', () => {
  it.each(odd.map(([path, text], i) => [`${i + 1}: ${path}`, path, text] as const))('%s', async (_name, path, text) => {
    const check = await scanFiles({ [path]: text }, { analyzers })
    const diff = await scanChange({ [path]: text }, { [path]: `${text}\n# edit\n` }, { analyzers })
    const deleted = await scanChange({ [path]: text }, {}, { analyzers })
    for (const findings of [check, diff, deleted]) expect(findings.filter((f) => f.ruleId === 'unanalyzable/analyzer-error').map((f) => f.message)).toEqual([])
  })
})

describe('files over the size limit', () => {
  const config = { limits: { maxFileBytes: 1024 } }
  const padding = (n: number): string => Array.from({ length: n }, (_, i) => `# padding line ${i} to push the file past the limit\n`).join('')

  it('a large YAML file that is not infrastructure is left alone, not reported as unanalyzable', async () => {
    const openapi = `openapi: 3.0.0\ninfo:\n  title: Orders\n${padding(100)}paths: {}\n`
    expect((await scanFiles({ 'api/openapi.yaml': openapi, 'data/fixtures.json': `[${'1,'.repeat(2000)}1]` }, { analyzers, config })).map((f) => f.ruleId)).toEqual([])
  })

  it('a large compose file is still read whole', async () => {
    const compose = `${padding(60)}services:\n  mongo:\n    image: mongo:4.4\n    ports:\n      - "27017:27017"\n`
    expect((await scanFiles({ 'docker-compose.yml': compose }, { analyzers, config })).map((f) => `${f.ruleId} ${f.line}`)).toEqual(['public-exposure/database-port-published 65'])
  })

  it('a large Terraform file is still read whole', async () => {
    const tf = `${padding(60)}resource "aws_db_instance" "db" {\n  publicly_accessible = true\n}\n`
    expect((await scanFiles({ 'infra/main.tf': tf }, { analyzers, config })).map((f) => f.ruleId)).toEqual(['public-exposure/managed-database-public'])
  })
})
