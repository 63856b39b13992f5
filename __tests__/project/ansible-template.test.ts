/**
 * An Ansible task and the template its role installs, the NewsBlur shape: a `docker_container` task publishing
 * MongoDB on 27017 with `--config /etc/mongod.conf`, and the role's `templates/mongod.conf.j2` listening on 0.0.0.0
 * without `security.authorization`: blocked as exposure (the task alone only says authentication cannot be
 * confirmed), in check and when only one half changes.
 */
import { afterEach, describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { TempRepo } from '../helpers/git-repo.js'
import { scanFiles, scanGitDiff } from '../helpers/scan.js'

const RULE = 'public-exposure/database-port-published'

const task = `---
- name: Template mongod.conf
  become: yes
  template:
    src: mongod.conf.j2
    dest: /srv/newsblur/docker/mongo/mongod.conf
    mode: 0644

- name: Start db-mongo docker container
  become: yes
  docker_container:
    name: mongo
    image: mongo:3.6
    state: started
    restart_policy: unless-stopped
    ports:
      - "27017:27017"
    command: --config /etc/mongod.conf
    volumes:
      - /mnt/mongo:/data/db
      - /srv/newsblur/docker/mongo/mongod.conf:/etc/mongod.conf
`

const openTemplate = `# mongod.conf for {{ inventory_hostname }}
storage:
  dbPath: /data/db
  journal:
    enabled: true
net:
  port: 27017
  bindIp: 0.0.0.0
replication:
  replSetName: nbset
`

const authTemplate = `${openTemplate}security:
  authorization: enabled
  keyFile: /srv/newsblur/config/mongodb_keyfile.key
`

const files = (template: string): Record<string, string> => ({
  'ansible/roles/mongo/tasks/main.yml': task,
  'ansible/roles/mongo/templates/mongod.conf.j2': template
})

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
const published = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId === RULE).map((f) => `${f.file}:${f.line} ${f.severity}`)

describe('Ansible: a container task with the template its role installs', () => {
  it('check: blocks at the published port, naming the template line', async () => {
    const findings = await scanFiles(files(openTemplate), { analyzers: exposureAnalyzers })
    expect(published(findings)).toEqual(['ansible/roles/mongo/tasks/main.yml:17 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/ansible\/roles\/mongo\/templates\/mongod\.conf\.j2:8/)
  })

  it('check: a template that turns authorization on leaves a warning', async () => {
    expect(published(await scanFiles(files(authTemplate), { analyzers: exposureAnalyzers }))).toEqual(['ansible/roles/mongo/tasks/main.yml:17 warn'])
  })

  it('check: without the template the task alone only warns (authentication cannot be confirmed)', async () => {
    expect(published(await scanFiles({ 'ansible/roles/mongo/tasks/main.yml': task }, { analyzers: exposureAnalyzers }))).toEqual(['ansible/roles/mongo/tasks/main.yml:17 warn'])
  })

  it('diff: a change to the template alone (authorization removed) blocks, at the template', async () => {
    const r = repo()
    r.write(files(authTemplate))
    const from = r.commit('mongo with auth')
    r.write({ 'ansible/roles/mongo/templates/mongod.conf.j2': openTemplate })
    r.commit('drop auth for the migration')
    const findings = await diff(r, from)
    expect(published(findings)).toEqual(['ansible/roles/mongo/templates/mongod.conf.j2:8 block'])
    expect(findings.find((f) => f.ruleId === RULE)!.message).toMatch(/ansible\/roles\/mongo\/tasks\/main\.yml:17/)
  })

  it('diff: a change to the task alone (port published) blocks, at the task', async () => {
    const r = repo()
    r.write(files(openTemplate))
    r.write({ 'ansible/roles/mongo/tasks/main.yml': task.replace('    ports:\n      - "27017:27017"\n', '') })
    const from = r.commit('mongo unpublished')
    r.write({ 'ansible/roles/mongo/tasks/main.yml': task })
    r.commit('publish mongo')
    expect(published(await diff(r, from))).toEqual(['ansible/roles/mongo/tasks/main.yml:17 block'])
  })

  it('diff: an unrelated template change is not reported again', async () => {
    const r = repo()
    r.write(files(openTemplate))
    const from = r.commit('open mongo')
    r.write({ 'ansible/roles/mongo/templates/mongod.conf.j2': openTemplate.replace('nbset', 'nbset2') })
    r.commit('rename replica set')
    expect(published(await diff(r, from))).toEqual([])
  })
})
