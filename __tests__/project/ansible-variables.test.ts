/**
 * Ansible `{{ var }}` resolved as a play renders it: from the role's `defaults/`, the inventory's `group_vars/` (one
 * deploy per group) and the role's `vars/`, in a container task and in the template it installs. A production group
 * binding MongoDB to 0.0.0.0 with authorization disabled is caught at the task in `check`, and in `diff` when only
 * the variables file changes, at the value's line, naming the task.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { resolveJinja, type AnsibleValue } from '../../src/project/ansible.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/database-port-published'

const task = `---
- name: Render mongod.conf
  become: true
  ansible.builtin.template:
    src: mongod.conf.j2
    dest: /etc/mongo/mongod.conf
    mode: "0644"

- name: Start mongo
  become: true
  community.docker.docker_container:
    name: mongo
    image: "mongo:{{ mongo_version }}"
    state: started
    restart_policy: unless-stopped
    ports:
      - "{{ mongo_bind_address }}:27017:27017"
    command: --config /etc/mongod.conf
    volumes:
      - /srv/mongo:/data/db
      - /etc/mongo/mongod.conf:/etc/mongod.conf
`

const template = `# managed by ansible
storage:
  dbPath: /data/db
net:
  port: 27017
  bindIp: {{ mongo_bind_ip }}
security:
  authorization: {{ mongo_authorization }}
`

const defaults = (bind: string, authorization = 'enabled'): string => `---
mongo_version: "7.0"
mongo_bind_address: ${bind}
mongo_bind_ip: 0.0.0.0
mongo_authorization: ${authorization}
`

const role = (defaultsText: string): Record<string, string> => ({
  'ansible/roles/mongo/tasks/main.yml': task,
  'ansible/roles/mongo/templates/mongod.conf.j2': template,
  'ansible/roles/mongo/defaults/main.yml': defaultsText
})

const production = (authorization: string): string => `---
# production mongo hosts: reachable from the app subnet
mongo_bind_address: 0.0.0.0
mongo_authorization: ${authorization}
`

const found = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line} ${f.severity}`)
const diff = (repo: TempRepo, from: string): Promise<Finding[]> => scanGitDiff(repo.dir, from, { analyzers: exposureAnalyzers })
const repos: TempRepo[] = []
afterEach(() => {
  for (const repo of repos.splice(0)) repo.cleanup()
})
const repo = (): TempRepo => {
  const r = new TempRepo()
  repos.push(r)
  return r
}

describe('Ansible: {{ var }} from the role defaults and group_vars', () => {
  it('check: the role default binding the port to loopback is clean (no "address cannot be told")', async () => {
    expect(found(await scanFiles(role(defaults('127.0.0.1')), { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('check: the default binding all interfaces with authorization enabled in the template warns, naming the default', async () => {
    const findings = await scanFiles(role(defaults('0.0.0.0')), { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual(['ansible/roles/mongo/tasks/main.yml:17 warn'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/`mongo_bind_address: 0\.0\.0\.0` at ansible\/roles\/mongo\/defaults\/main\.yml:3/)
  })

  it('check: a production group turning authorization off in group_vars blocks at the task, naming the group_vars line', async () => {
    const tree = { ...role(defaults('127.0.0.1')), 'ansible/inventories/production/group_vars/mongo.yml': production('disabled') }
    const findings = await scanFiles(tree, { analyzers: exposureAnalyzers })
    expect(found(findings)).toEqual(['ansible/roles/mongo/tasks/main.yml:17 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/ansible\/inventories\/production\/group_vars\/mongo\.yml:3/)
  })

  it('check: role vars/ win over group_vars', async () => {
    const tree = {
      ...role(defaults('127.0.0.1')),
      'ansible/inventories/production/group_vars/mongo.yml': production('disabled'),
      'ansible/roles/mongo/vars/main.yml': '---\nmongo_bind_address: 127.0.0.1\n'
    }
    expect(found(await scanFiles(tree, { analyzers: exposureAnalyzers }))).toEqual([])
  })

  it('diff: the role default alone opening the port blocks at the default\'s line, naming the task', async () => {
    const r = repo()
    r.write(role(defaults('127.0.0.1', 'disabled')))
    const from = r.commit('mongo on loopback')
    r.write({ 'ansible/roles/mongo/defaults/main.yml': defaults('0.0.0.0', 'disabled') })
    r.commit('reach mongo from the reporting box')
    const findings = await diff(r, from)
    expect(found(findings)).toEqual(['ansible/roles/mongo/defaults/main.yml:3 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/The task is ansible\/roles\/mongo\/tasks\/main\.yml:17/)
  })

  it('diff: group_vars alone turning authorization off blocks at that line', async () => {
    const r = repo()
    r.write({ ...role(defaults('127.0.0.1')), 'ansible/inventories/production/group_vars/mongo.yml': production('enabled') })
    const from = r.commit('production mongo')
    r.write({ 'ansible/inventories/production/group_vars/mongo.yml': production('disabled') })
    r.commit('disable auth during the migration')
    expect(found(await diff(r, from))).toEqual(['ansible/inventories/production/group_vars/mongo.yml:4 block'])
  })

  it('diff: an unrelated variable changed is not reported again', async () => {
    const r = repo()
    r.write({ ...role(defaults('127.0.0.1')), 'ansible/inventories/production/group_vars/mongo.yml': production('disabled') })
    const from = r.commit('production mongo')
    r.write({ 'ansible/roles/mongo/defaults/main.yml': defaults('127.0.0.1').replace('"7.0"', '"7.0.14"') })
    r.commit('patch release')
    expect(found(await diff(r, from))).toEqual([])
  })
})

describe('Ansible: {{ }} resolution', () => {
  const values = new Map<string, AnsibleValue>([
    ['bind', { name: 'bind', value: '{{ fallback_bind }}', file: 'roles/db/defaults/main.yml', line: 2 }],
    ['fallback_bind', { name: 'fallback_bind', value: '0.0.0.0', file: 'group_vars/all.yml', line: 1 }]
  ])
  const unknown = (): string => '${UNKNOWN}'
  it('resolves values (through other values), defaults, and leaves the rest to the caller', () => {
    const r = resolveJinja('{{ bind }}:27017 {{ port | default(\'27017\') }} {{ other | upper }}', values, unknown)
    expect(r.text).toBe('0.0.0.0:27017 27017 ${UNKNOWN}')
    expect(r.used.map((v) => v.name)).toEqual(['bind', 'fallback_bind'])
  })

  it('is linear on hostile templates', () => {
    const started = performance.now()
    resolveJinja(`{{${' '.repeat(1_000_000)}`, values, unknown)
    resolveJinja(`{{ a | default('x'${' '.repeat(1_000_000)}}}`, values, unknown)
    resolveJinja('{{ '.repeat(300_000), values, unknown)
    expect(performance.now() - started).toBeLessThan(1500)
  })
})
