/**
 * The NewsBlur incident as a change in a real git repository, read by the real git source and the whole pipeline
 * (every analyzer family): the commit that publishes MongoDB on 27017 without credentials is blocked; the fix that
 * moves it to the host network behind a config file with a keyfile is not; a Terraform change that replaces the
 * database and drops its protection is blocked too.
 */
import { afterAll, beforeAll, describe, expect, it } from '@jest/globals'
import { resolveSettings } from '../../src/config/settings.js'
import { analyzers } from '../../src/analyzers/registry.js'
import { ruleCatalog } from '../../src/knowledge/catalog.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'
import { checkChangeSet } from '../../src/sources/files.js'
import { diffChangeSet } from '../../src/sources/git.js'
import { scan } from '../../src/pipeline.js'
import type { ChangeSet } from '../../src/change/change-set.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'

const settings = resolveSettings(undefined)
const infra = (findings: Finding[]): string[] =>
  findings.filter((f) => f.category === 'public-exposure' || f.category === 'destructive-infra').map((f) => `${f.file} ${f.ruleId} ${f.severity}`)

async function run(changeSet: ChangeSet): Promise<Finding[]> {
  try {
    return (await scan(changeSet, { settings, knowledge: bundledKnowledge(), catalog: ruleCatalog(), analyzers: analyzers(), now: new Date('2026-11-28T00:00:00Z') })).findings
  } finally {
    changeSet.close?.()
  }
}

const mongoTask = (placement: string): string => `---
- name: Permissions for mongo
  become: yes
  file:
    state: directory
    mode: 0755
    path: /var/log/mongodb

- name: Start db-mongo docker container
  become: yes
  docker_container:
    name: mongo
    image: mongo:3.6
    state: started
    container_default_behavior: no_defaults
    hostname: "{{ inventory_hostname }}"
    restart_policy: unless-stopped
${placement}
    volumes:
      - /mnt/{{ inventory_hostname | regex_replace('db-|-', '') }}:/data/db
      - /var/log/mongodb/:/var/log/mongodb/
`

const compose = (ports: string): string => `version: "3.7"
services:
  db_mongo:
    container_name: db_mongo
    image: mongo:3.6
    restart: unless-stopped
${ports}    volumes:
      - ./docker/volumes/db_mongo:/data/db
  newsblur_web:
    image: newsblur/newsblur_python3
    ports:
      - "8000:8000"
    depends_on:
      - db_mongo
`

const rds = (extra: string): string => `resource "aws_db_instance" "mongo_analytics" {
  identifier          = "analytics"
  engine              = "postgres"
  instance_class      = "db.m6g.large"
  allocated_storage   = 500
  username            = "analytics"
  manage_master_user_password = true
${extra}}
`

describe('NewsBlur, June 2021, in a real repository', () => {
  let repo: TempRepo
  let base: string
  let exposed: string
  let fixed: string

  beforeAll(() => {
    repo = new TempRepo('prodguard-newsblur-')
    repo.write({
      'ansible/roles/mongo/tasks/main.yml': mongoTask('    networks:\n      - name: newsblurnet\n    expose:\n      - "27017"'),
      'docker-compose.yml': compose('    expose:\n      - "27017"\n'),
      'terraform/db.tf': rds('  deletion_protection = true\n  skip_final_snapshot = false\n'),
      'README.md': '# NewsBlur\n'
    })
    base = repo.commit('Containers on a private network')
    repo.write({
      'ansible/roles/mongo/tasks/main.yml': mongoTask('    ports:\n      - "27017:27017"'),
      'docker-compose.yml': compose('    ports:\n      - "27017:27017"\n'),
      'terraform/db.tf': rds('  deletion_protection = false\n  skip_final_snapshot = true\n')
    })
    exposed = repo.commit('Move MongoDB to Docker')
    repo.write({
      'ansible/roles/mongo/tasks/main.yml': mongoTask(
        '    network_mode: host\n    command: --config /etc/mongod.conf\n    volumes_from: []\n'
      ).replace('    volumes:\n', '    volumes:\n      - /srv/newsblur/ansible/roles/mongo/templates/mongo.conf:/etc/mongod.conf\n'),
      'ansible/roles/mongo/templates/mongod.conf': 'net:\n  bindIp: 0.0.0.0\n  port: 27017\nsecurity:\n  keyFile: /srv/newsblur/config/mongodb_keyfile.key\n',
      'docker-compose.yml': compose('    ports:\n      - "127.0.0.1:27017:27017"\n'),
      'terraform/db.tf': rds('  deletion_protection = true\n  skip_final_snapshot = false\n')
    })
    fixed = repo.commit('Fix: MongoDB on the host network, auth on, loopback in dev')
  })

  afterAll(() => repo.cleanup())

  it('blocks the change that published MongoDB and dropped the database protections', async () => {
    const findings = await run(diffChangeSet(repo.dir, { base, head: exposed, maxFileBytes: settings.limits.maxFileBytes }))
    expect(infra(findings).sort()).toEqual(
      [
        'ansible/roles/mongo/tasks/main.yml public-exposure/database-port-published block',
        'docker-compose.yml public-exposure/database-port-published block',
        'terraform/db.tf destructive-infra/deletion-protection-disabled block',
        'terraform/db.tf destructive-infra/final-snapshot-skipped block'
      ].sort()
    )
    const ansible = findings.find((f) => f.file.startsWith('ansible/'))!
    expect(ansible.line).toBe(19)
    expect(ansible.message).toMatch(/bypass host firewalls such as ufw/)
  })

  it('does not block the fix (host network with a keyfile shows as a warning)', async () => {
    const findings = await run(diffChangeSet(repo.dir, { base: exposed, head: fixed, maxFileBytes: settings.limits.maxFileBytes }))
    expect(infra(findings).filter((f) => f.endsWith(' block'))).toEqual([])
    expect(infra(findings)).toEqual(['ansible/roles/mongo/tasks/main.yml public-exposure/database-host-network warn'])
  })

  it('check of the exposed commit reports the exposures as they stand', async () => {
    repo.git('checkout', '-q', exposed)
    try {
      const findings = await run(checkChangeSet(repo.dir, repo.dir, [], { inGit: true, maxFileBytes: settings.limits.maxFileBytes }))
      expect(infra(findings).sort()).toEqual(
        [
          'ansible/roles/mongo/tasks/main.yml public-exposure/database-port-published block',
          'docker-compose.yml public-exposure/database-port-published block',
          'terraform/db.tf destructive-infra/unprotected-data-resource warn'
        ].sort()
      )
    } finally {
      repo.git('checkout', '-q', fixed)
    }
  })
})
