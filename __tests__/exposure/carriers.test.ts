/**
 * The other places a database gets published: Ansible `docker_container` tasks (NewsBlur's own shape), `docker run`
 * in scripts and Makefiles, database configuration files, and CloudFormation templates.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanChange, scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const ours = (findings: Finding[]): string[] =>
  findings.filter((f) => /^(public-exposure|destructive-infra|unanalyzable)\//.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`)

const PUBLISHED = 'public-exposure/database-port-published'
const HOST = 'public-exposure/database-host-network'
const CONFIG = 'public-exposure/database-config-open'
const PUBLIC = 'public-exposure/managed-database-public'
const FIREWALL = 'public-exposure/firewall-open-to-database-port'

interface Case {
  name: string
  path: string
  text: string
  expect: string[]
}

const task = (body: string, module = 'docker_container'): string => `---
- name: Start db-mongo docker container
  become: yes
  ${module}:
${body.replace(/^/gm, '    ')}
  when: (inventory_hostname | regex_replace('[0-9]+', '')) in ['db-mongo-analytics']
`

const ansible: Case[] = [
  { name: 'docker_container publishing mongo without auth (NewsBlur 2021)', path: 'ansible/roles/mongo/tasks/main.yml', text: task('name: mongo\nimage: mongo:3.6\nstate: started\nrestart_policy: unless-stopped\nports:\n  - "27017:27017"\nvolumes:\n  - /mnt/mongo:/data/db'), expect: [`${PUBLISHED} block`] },
  { name: 'community.docker.docker_container with published_ports', path: 'roles/redis/tasks/main.yml', text: task('name: redis\nimage: redis:6.2\npublished_ports:\n  - "6379:6379"', 'community.docker.docker_container'), expect: [`${PUBLISHED} block`] },
  { name: 'host network without auth', path: 'ansible/roles/mongo/tasks/main.yml', text: task('name: mongo\nimage: mongo:4.0\nnetwork_mode: host'), expect: [`${HOST} block`] },
  { name: 'the NewsBlur fix: host network, config and keyfile mounted (auth not visible: warning)', path: 'ansible/roles/mongo/tasks/main.yml', text: task('name: mongo\nimage: mongo:4.0\nnetwork_mode: host\ncommand: --config /etc/mongod.conf\nvolumes:\n  - /srv/newsblur/ansible/roles/mongo/templates/mongo.conf:/etc/mongod.conf'), expect: [`${HOST} warn`] },
  { name: 'a Jinja host IP with a loopback default (near miss)', path: 'ansible/roles/mongo/tasks/main.yml', text: task(`name: mongo\nimage: mongo:6\nports:\n  - "{{ mongo_bind | default('127.0.0.1') }}:27017:27017"`), expect: [] },
  { name: 'a Jinja host IP without default (treated as public)', path: 'ansible/roles/mongo/tasks/main.yml', text: task('name: mongo\nimage: mongo:6\nports:\n  - "{{ mongo_bind }}:27017:27017"'), expect: [`${PUBLISHED} block`] },
  { name: 'credentials in env (warning)', path: 'playbooks/db.yml', text: task('name: pg\nimage: postgres:15\nenv:\n  POSTGRES_PASSWORD: "{{ vault_pg_password }}"\nports:\n  - "5432:5432"'), expect: [`${PUBLISHED} warn`] },
  { name: 'state absent (near miss)', path: 'ansible/roles/mongo/tasks/main.yml', text: task('name: mongo\nimage: mongo:3.6\nstate: absent\nports:\n  - "27017:27017"'), expect: [] },
  { name: 'a playbook at the repository root', path: 'deploy.yml', text: `- hosts: db\n  become: true\n  tasks:\n${task('name: redis\nimage: redis:5\nports:\n  - "6379:6379"').replace(/^---\n/, '').replace(/^/gm, '    ')}`, expect: [`${PUBLISHED} block`] },
  { name: 'a YAML file that merely mentions docker_container (near miss)', path: 'docs/notes.yaml', text: 'notes:\n  - we used to run mongo with docker_container and 27017:27017\n', expect: [] },
  {
    name: 'tasks inside a block',
    path: 'ansible/site.yml',
    text: '- hosts: db\n  tasks:\n    - name: Databases\n      block:\n        - name: Start elasticsearch\n          docker_container:\n            name: es\n            image: elasticsearch:7.10.1\n            env:\n              discovery.type: single-node\n            ports:\n              - "9200:9200"\n',
    expect: [`${PUBLISHED} block`]
  }
]

const scripts: Case[] = [
  { name: 'docker run -p with trust', path: 'scripts/dev-db.sh', text: '#!/usr/bin/env bash\nset -euo pipefail\ndocker run -d --name pg \\\n  -e POSTGRES_HOST_AUTH_METHOD=trust \\\n  -p 5432:5432 \\\n  postgres:15\n', expect: [`${PUBLISHED} block`] },
  { name: 'docker run --publish= form', path: 'bin/start-cache.sh', text: 'docker run --detach --publish=6379:6379 --name cache redis:7\n', expect: [`${PUBLISHED} block`] },
  { name: 'docker run -P (publish all)', path: 'scripts/mongo.sh', text: 'sudo docker run -d -P mongo:4.4\n', expect: [`${PUBLISHED} block`] },
  { name: 'docker run --network host', path: 'scripts/mongo.sh', text: 'docker run -d --network host --name mongo mongo:5\n', expect: [`${HOST} block`] },
  { name: 'podman run', path: 'deploy/run.sh', text: 'podman run -dt -p 27017:27017 docker.io/library/mongo:7\n', expect: [`${PUBLISHED} block`] },
  { name: 'docker service create --publish (routing mesh)', path: 'deploy/swarm.sh', text: 'docker service create --name redis --publish published=6379,target=6379 redis:7\n', expect: [`${PUBLISHED} block`] },
  { name: 'Makefile target', path: 'Makefile', text: '.PHONY: db\ndb:\n\tdocker run -d --rm -p $(DB_PORT):3306 -e MYSQL_ALLOW_EMPTY_PASSWORD=1 mysql:8.0\n', expect: [`${PUBLISHED} block`] },
  { name: 'systemd unit', path: 'deploy/mongo.service', text: '[Unit]\nDescription=MongoDB\n[Service]\nExecStart=/usr/bin/docker run --rm --name mongo -p 27017:27017 -v /srv/mongo:/data/db mongo:6\n[Install]\nWantedBy=multi-user.target\n', expect: [`${PUBLISHED} block`] },
  { name: 'loopback publish (near miss)', path: 'scripts/dev-db.sh', text: 'docker run -d -p 127.0.0.1:5432:5432 -e POSTGRES_PASSWORD=dev postgres:16\n', expect: [] },
  { name: 'a web app (near miss)', path: 'scripts/web.sh', text: 'docker run -d -p 80:8080 ghcr.io/acme/web:1.2\n', expect: [] },
  { name: 'a commented-out command (near miss)', path: 'scripts/mongo.sh', text: '# docker run -d -p 27017:27017 mongo:6\necho done\n', expect: [] },
  { name: 'published with a password (warning)', path: 'scripts/pg.sh', text: 'docker run -d -p 5432:5432 -e POSTGRES_PASSWORD="$PG_PASSWORD" postgres:16\n', expect: [`${PUBLISHED} warn`] }
]

const configs: Case[] = [
  { name: 'mongod.conf bindIp 0.0.0.0, authorization disabled', path: 'config/mongod.conf', text: 'storage:\n  dbPath: /var/lib/mongodb\nnet:\n  port: 27017\n  bindIp: 0.0.0.0\nsecurity:\n  authorization: disabled\n', expect: [`${CONFIG} block`] },
  { name: 'mongod.conf bindIpAll without security', path: 'ansible/roles/mongo/templates/mongod.conf.j2', text: 'net:\n  port: {{ mongo_port }}\n  bindIpAll: true\n', expect: [`${CONFIG} block`] },
  { name: 'mongod.conf bindIp 0.0.0.0 with a keyFile (near miss)', path: 'config/mongod.conf', text: 'net:\n  bindIp: 0.0.0.0\nsecurity:\n  keyFile: /etc/mongo/keyfile\n', expect: [] },
  { name: 'mongod.conf on localhost (near miss)', path: 'config/mongod.conf', text: 'net:\n  bindIp: 127.0.0.1,10.0.0.5\n', expect: [] },
  { name: 'redis.conf protected-mode no, no password', path: 'deploy/redis/redis.conf', text: 'bind 0.0.0.0\nprotected-mode no\nport 6379\nappendonly yes\n', expect: [`${CONFIG} block`] },
  { name: 'redis.conf protected-mode no with requirepass (near miss)', path: 'deploy/redis/redis.conf', text: 'bind 0.0.0.0\nprotected-mode no\nrequirepass s3cr3t-from-vault\n', expect: [] },
  { name: 'redis.conf protected-mode no on loopback (near miss)', path: 'deploy/redis/redis.conf', text: 'bind 127.0.0.1 -::1\nprotected-mode no\n', expect: [] },
  { name: 'elasticsearch.yml with security off', path: 'config/elasticsearch.yml', text: 'cluster.name: logs\nnetwork.host: 0.0.0.0\ndiscovery.type: single-node\nxpack.security.enabled: false\n', expect: [`${CONFIG} block`] },
  { name: 'elasticsearch.yml nested keys, _site_', path: 'config/elasticsearch.yml', text: 'network:\n  host: _site_\nxpack:\n  security:\n    enabled: false\n', expect: [`${CONFIG} block`] },
  { name: 'elasticsearch.yml security on (near miss)', path: 'config/elasticsearch.yml', text: 'network.host: 0.0.0.0\nxpack.security.enabled: true\n', expect: [] },
  { name: 'pg_hba.conf trust from everywhere', path: 'docker/postgres/pg_hba.conf', text: 'local   all   all                 trust\nhost    all   all   127.0.0.1/32  trust\nhost    all   all   0.0.0.0/0     trust\n', expect: [`${CONFIG} block`] },
  { name: 'pg_hba.conf trust with address and netmask', path: 'docker/postgres/pg_hba.conf', text: 'host all all 0.0.0.0 0.0.0.0 trust\n', expect: [`${CONFIG} block`] },
  { name: 'pg_hba.conf trust from a private network (warning)', path: 'docker/postgres/pg_hba.conf', text: 'host all all 172.16.0.0/12 trust\n', expect: [`${CONFIG} warn`] },
  { name: 'pg_hba.conf scram from everywhere (near miss)', path: 'docker/postgres/pg_hba.conf', text: 'local all all peer\nhost all all 127.0.0.1/32 trust\nhost all all ::1/128 trust\nhostssl all all 0.0.0.0/0 scram-sha-256\n', expect: [] }
]

const cfnHeader = 'AWSTemplateFormatVersion: "2010-09-09"\nDescription: Orders database\n'
const cloudformation: Case[] = [
  { name: 'RDS PubliclyAccessible: true', path: 'cloudformation/db.yaml', text: `${cfnHeader}Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    DeletionPolicy: Snapshot\n    Properties:\n      Engine: postgres\n      DBInstanceClass: db.t4g.medium\n      PubliclyAccessible: true\n      MasterUsername: !Sub "{{resolve:secretsmanager:\${DbSecret}:SecretString:username}}"\n      Tags:\n        - Key: Name\n          Value: !Sub "\${AWS::StackName}-db"\n`, expect: [`${PUBLIC} block`] },
  { name: 'PubliclyAccessible from a parameter defaulting to "true"', path: 'cloudformation/db.yaml', text: `${cfnHeader}Parameters:\n  Public:\n    Type: String\n    AllowedValues: ["true", "false"]\n    Default: "true"\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      PubliclyAccessible: !Ref Public\n`, expect: [`${PUBLIC} block`] },
  { name: 'PubliclyAccessible from !If (may be public)', path: 'cloudformation/db.yaml', text: `${cfnHeader}Conditions:\n  IsDev: !Equals [!Ref Env, dev]\nResources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: mysql\n      PubliclyAccessible: !If [IsDev, true, false]\n`, expect: [`${PUBLIC} warn`] },
  { name: 'DMS replication instance without PubliclyAccessible (public by default)', path: 'cfn/dms.yml', text: `${cfnHeader}Resources:\n  Replication:\n    Type: AWS::DMS::ReplicationInstance\n    Properties:\n      ReplicationInstanceClass: dms.t3.medium\n`, expect: [`${PUBLIC} block`] },
  { name: 'security group with 5432 open to the world', path: 'cfn/network.yaml', text: `${cfnHeader}Resources:\n  DbSecurityGroup:\n    Type: AWS::EC2::SecurityGroup\n    Properties:\n      GroupDescription: db\n      VpcId: !ImportValue shared-vpc\n      SecurityGroupIngress:\n        - IpProtocol: tcp\n          FromPort: 5432\n          ToPort: 5432\n          CidrIp: 0.0.0.0/0\n        - IpProtocol: tcp\n          FromPort: 443\n          ToPort: 443\n          CidrIp: 0.0.0.0/0\n`, expect: [`${FIREWALL} block`] },
  { name: 'JSON template with a standalone ingress', path: 'templates/db.template.json', text: JSON.stringify({ AWSTemplateFormatVersion: '2010-09-09', Resources: { Ingress: { Type: 'AWS::EC2::SecurityGroupIngress', Properties: { GroupId: { Ref: 'Sg' }, IpProtocol: 'tcp', FromPort: 27017, ToPort: 27017, CidrIpv6: '::/0' } } } }, null, 2), expect: [`${FIREWALL} block`] },
  { name: 'private RDS in private subnets (near miss)', path: 'cloudformation/db.yaml', text: `${cfnHeader}Resources:\n  Db:\n    Type: AWS::RDS::DBInstance\n    Properties:\n      Engine: postgres\n      PubliclyAccessible: false\n      DBSubnetGroupName: !Ref PrivateSubnets\n`, expect: [] },
  { name: 'a YAML file that is not a template (near miss)', path: 'config/app.yaml', text: 'Resources:\n  cpu: 2\nType: worker\n', expect: [] }
]

describe.each([
  ['Ansible', ansible],
  ['docker run in scripts', scripts],
  ['database configuration files', configs],
  ['CloudFormation', cloudformation]
] as const)('%s', (_kind, table) => {
  it.each(table.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(ours(await scanFiles({ [c.path]: c.text }, { analyzers }))).toEqual(c.expect)
  })
})

describe('CloudFormation changes (diff)', () => {
  const template = (policy: string, protection: string): string =>
    `${cfnHeader}Resources:\n  Orders:\n    Type: AWS::RDS::DBInstance\n${policy}    Properties:\n      Engine: postgres\n      PubliclyAccessible: false\n${protection}`
  const safe = template('    DeletionPolicy: Snapshot\n', '      DeletionProtection: true\n')
  it.each([
    ['DeletionPolicy Snapshot -> Delete', safe, template('    DeletionPolicy: Delete\n', '      DeletionProtection: true\n'), ['destructive-infra/deletion-protection-disabled block']],
    ['DeletionProtection removed', safe, template('    DeletionPolicy: Snapshot\n', ''), ['destructive-infra/deletion-protection-disabled block']],
    ['database removed from the template', safe, `${cfnHeader}Resources:\n  Topic:\n    Type: AWS::SNS::Topic\n`, ['destructive-infra/data-resource-removed block']],
    ['an unrelated property change (near miss)', safe, safe.replace('Engine: postgres', 'Engine: postgres\n      EngineVersion: "16.3"'), []]
  ] as const)('%s', async (_name, before, after, expected) => {
    expect(ours(await scanChange({ 'cloudformation/db.yaml': before }, { 'cloudformation/db.yaml': after }, { analyzers }))).toEqual(expected)
  })
})
