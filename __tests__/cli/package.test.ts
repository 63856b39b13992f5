/**
 * The published package as a user installs it: `npm pack`, `npm install <tarball>` into an empty project (nothing
 * else to download: the package has no runtime dependencies), then `npx prodguard`. And the README links only to
 * files the tarball has, or to absolute addresses.
 */
import { afterAll, describe, expect, it } from '@jest/globals'
import { execFileSync, spawnSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { packageRoot } from '../../src/knowledge/package-root.js'

const root = packageRoot()
const work = mkdtempSync(join(tmpdir(), 'prodguard-pack-'))
afterAll(() => rmSync(work, { recursive: true, force: true }))

const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as Record<string, unknown>

describe('the npm package', () => {
  it('declares no runtime dependencies, and the metadata a registry page shows', () => {
    expect(manifest['dependencies']).toBeUndefined()
    expect(manifest['license']).toBe('MIT')
    expect(readFileSync(join(root, 'LICENSE'), 'utf8')).toMatch(/^MIT License/)
    expect(manifest['repository']).toEqual({ type: 'git', url: 'git+https://github.com/prodguard/prodguard.git' })
    expect(manifest['homepage']).toMatch(/^https:\/\/github\.com\/prodguard\/prodguard/)
    expect(manifest['bugs']).toEqual({ url: 'https://github.com/prodguard/prodguard/issues' })
  })

  it('installs from its tarball alone and runs with npx', () => {
    const packed = JSON.parse(execFileSync('npm', ['pack', '--json', '--pack-destination', work], { cwd: root, encoding: 'utf8' })) as Array<{ filename: string; files: Array<{ path: string }> }>
    const files = packed[0]!.files.map((f) => f.path)
    expect(files).toEqual(expect.arrayContaining(['LICENSE', 'README.md', 'package.json', 'dist/cli.js', 'dist/wasm/libpg-query.wasm', 'dist/knowledge.json']))
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('__tests__/'))).toEqual([])

    const project = join(work, 'project')
    mkdirSync(project)
    writeFileSync(join(project, 'package.json'), '{ "name": "user-project", "version": "1.0.0", "private": true }\n')
    const install = spawnSync('npm', ['install', '--offline', '--no-audit', '--no-fund', '--ignore-scripts', join(work, packed[0]!.filename)], { cwd: project, encoding: 'utf8' })
    expect(install.status).toBe(0)
    expect(readdirSync(join(project, 'node_modules')).filter((n) => !n.startsWith('.'))).toEqual(['prodguard'])

    const version = spawnSync('npx', ['--no', '--', 'prodguard', '--version'], { cwd: project, encoding: 'utf8' })
    expect(version.stdout.trim()).toBe(manifest['version'])
    mkdirSync(join(project, 'db/migrations'), { recursive: true })
    writeFileSync(join(project, 'db/migrations/002_drop.sql'), 'DROP TABLE users;\n')
    writeFileSync(join(project, 'main.tf'), 'resource "aws_db_instance" "main" {\n  publicly_accessible = true\n}\n')
    const check = spawnSync('npx', ['--no', '--', 'prodguard', 'check', 'db', 'main.tf', '--offline', '--format', 'compact'], { cwd: project, encoding: 'utf8' })
    expect(check.stderr).toBe('')
    expect(check.status).toBe(1)
    expect(check.stdout).toContain('db/migrations/002_drop.sql:1:1: error destructive-sql/drop-table')
    expect(check.stdout).toContain('main.tf:2:')

    // Every relative link of the README points into the tarball.
    const readme = readFileSync(join(root, 'README.md'), 'utf8')
    const relative = [...readme.matchAll(/\]\(([^)#\s]+)(?:#[^)]*)?\)/g)].map((m) => m[1]!).filter((href) => !/^[a-z]+:/i.test(href))
    expect(relative.length).toBeGreaterThan(0)
    for (const href of relative) {
      const path = href.replace(/^\.\//, '').replace(/\/$/, '')
      expect([path, files.some((f) => f === path || f.startsWith(`${path}/`)) ? 'in the tarball' : 'missing']).toEqual([path, 'in the tarball'])
    }
  }, 180_000)
})
