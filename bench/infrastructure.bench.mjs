// Benchmark of the infrastructure analyzers (public-exposure, destructive-infra) through the real CLI
// (`node dist/cli.js check DIR --format json --offline`):
//  - a corpus of 1,000 files: 300 compose files, 300 Kubernetes manifests and 400 Terraform files, realistic shapes,
//    with exposures planted at known places (a database published without auth, a LoadBalancer in front of one,
//    `publicly_accessible = true`, a security group opening 5432 to 0.0.0.0/0) and near misses everywhere else;
//  - files/s for the whole run, and for a Terraform-only run (the HCL parser is WebAssembly, loaded on first use);
//  - `prodguard plan` on a 2,000-resource plan JSON;
//  - recall: every planted exposure must be reported, with the right rule, and nothing blocking anywhere else.
// The corpus is generated deterministically under bench/.corpus/infrastructure/ (git-ignored), as its own git
// repository. Run alone: `node bench/infrastructure.bench.mjs`. PRODGUARD_CLI=path overrides dist/cli.js; without
// either, a bundle is built into bench/.tools/ (never into dist/).
import { spawnSync } from 'node:child_process'
import { existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, resolve } from 'node:path'
import { fileURLToPath, pathToFileURL } from 'node:url'

const root = fileURLToPath(new URL('..', import.meta.url))
const CORPUS = join(root, 'bench/.corpus/infrastructure')
const TREE = join(CORPUS, 'tree')
const GENERATOR_VERSION = '1'

function prng(seed) {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

const rand = prng(20261128)
const pick = (list) => list[Math.floor(rand() * list.length)]

const ENGINES = [
  { image: 'mongo:6.0', port: 27017, auth: 'MONGO_INITDB_ROOT_USERNAME: root\n      MONGO_INITDB_ROOT_PASSWORD_FILE: /run/secrets/mongo' },
  { image: 'redis:7.2-alpine', port: 6379, auth: 'REDIS_ARGS: "--requirepass ${REDIS_PASSWORD}"' },
  { image: 'postgres:16', port: 5432, auth: 'POSTGRES_PASSWORD_FILE: /run/secrets/pg' },
  { image: 'mysql:8.0', port: 3306, auth: 'MYSQL_ROOT_PASSWORD_FILE: /run/secrets/mysql' },
  { image: 'docker.elastic.co/elasticsearch/elasticsearch:8.13.0', port: 9200, auth: 'ELASTIC_PASSWORD_FILE: /run/secrets/es' }
]
const NO_AUTH = [
  { image: 'mongo:4.4', port: 27017, env: 'TZ: UTC' },
  { image: 'postgres:15', port: 5432, env: 'POSTGRES_HOST_AUTH_METHOD: trust' },
  { image: 'redis:6.2', port: 6379, env: 'TZ: UTC' },
  { image: 'memcached:1.6', port: 11211, env: 'TZ: UTC' },
  { image: 'elasticsearch:7.17.18', port: 9200, env: 'discovery.type: single-node' }
]

function compose(i, planted) {
  const app = `  web:\n    image: ghcr.io/acme/app-${i}:1.${i % 30}.0\n    ports:\n      - "8080:8080"\n    environment:\n      DATABASE_HOST: db\n    depends_on: [db]\n  worker:\n    image: ghcr.io/acme/worker-${i}:1.0.0\n    command: ["bundle", "exec", "sidekiq"]\n`
  if (planted) {
    const db = pick(NO_AUTH)
    return `services:\n${app}  db:\n    image: ${db.image}\n    restart: unless-stopped\n    environment:\n      ${db.env}\n    ports:\n      - "${db.port}:${db.port}"\n    volumes:\n      - db-data:/data\nvolumes:\n  db-data: {}\n`
  }
  const db = pick(ENGINES)
  const ports = pick([`    ports:\n      - "127.0.0.1:${db.port}:${db.port}"\n`, `    expose:\n      - "${db.port}"\n`, ''])
  return `services:\n${app}  db:\n    image: ${db.image}\n    environment:\n      ${db.auth}\n${ports}    volumes:\n      - db-data:/data\nvolumes:\n  db-data: {}\n`
}

function kubernetes(i, planted) {
  const name = `orders-${i}`
  const workload = `apiVersion: apps/v1\nkind: Deployment\nmetadata:\n  name: ${name}\n  labels:\n    app: ${name}\nspec:\n  replicas: 3\n  selector:\n    matchLabels:\n      app: ${name}\n  template:\n    metadata:\n      labels:\n        app: ${name}\n    spec:\n      containers:\n        - name: app\n          image: ghcr.io/acme/${name}:2.${i % 10}.1\n          ports:\n            - containerPort: 8080\n          env:\n            - name: DB_PASSWORD\n              valueFrom:\n                secretKeyRef: { name: ${name}-db, key: password }\n          resources:\n            limits: { cpu: 500m, memory: 512Mi }\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}\nspec:\n  type: LoadBalancer\n  selector:\n    app: ${name}\n  ports:\n    - port: 443\n      targetPort: 8080\n`
  const db = `---\napiVersion: apps/v1\nkind: StatefulSet\nmetadata:\n  name: ${name}-mongo\nspec:\n  serviceName: ${name}-mongo\n  selector:\n    matchLabels:\n      app: ${name}-mongo\n  template:\n    metadata:\n      labels:\n        app: ${name}-mongo\n    spec:\n      containers:\n        - name: mongo\n          image: mongo:6.0.13\n          ports:\n            - containerPort: 27017\n---\napiVersion: v1\nkind: Service\nmetadata:\n  name: ${name}-mongo\nspec:\n  type: ${planted ? 'LoadBalancer' : 'ClusterIP'}\n  selector:\n    app: ${name}-mongo\n  ports:\n    - port: 27017\n`
  return workload + db
}

function terraform(i, planted) {
  const rds = `resource "aws_db_instance" "db_${i}" {\n  identifier              = "svc-${i}"\n  engine                  = "postgres"\n  engine_version          = "16.3"\n  instance_class          = "db.t4g.medium"\n  allocated_storage       = 50\n  username                = "svc"\n  manage_master_user_password = true\n  vpc_security_group_ids  = [aws_security_group.db_${i}.id]\n  backup_retention_period = 7\n  deletion_protection     = true\n  publicly_accessible     = ${planted === 'public'}\n  tags = {\n    Service = "svc-${i}"\n  }\n}\n\n`
  const sg = `resource "aws_security_group" "db_${i}" {\n  name   = "db-${i}"\n  vpc_id = var.vpc_id\n\n  ingress {\n    from_port   = 5432\n    to_port     = 5432\n    protocol    = "tcp"\n    cidr_blocks = ["${planted === 'firewall' ? '0.0.0.0/0' : '10.0.0.0/16'}"]\n  }\n\n  ingress {\n    from_port   = 443\n    to_port     = 443\n    protocol    = "tcp"\n    cidr_blocks = ["0.0.0.0/0"]\n  }\n}\n\n`
  const misc = `variable "vpc_id" {\n  type = string\n}\n\nlocals {\n  tags = { team = "svc-${i}", env = "prod" }\n}\n\nresource "aws_sns_topic" "alerts_${i}" {\n  name = "alerts-${i}"\n  tags = local.tags\n}\n\nresource "aws_iam_role" "svc_${i}" {\n  name               = "svc-${i}"\n  assume_role_policy = jsonencode({ Version = "2012-10-17", Statement = [{ Effect = "Allow", Action = "sts:AssumeRole", Principal = { Service = "ecs-tasks.amazonaws.com" } }] })\n}\n`
  return rds + sg + misc
}

function generate() {
  const stamp = join(CORPUS, 'generator-version')
  if (existsSync(stamp) && readFileSync(stamp, 'utf8') === GENERATOR_VERSION) return JSON.parse(readFileSync(join(CORPUS, 'expected.json'), 'utf8'))
  rmSync(CORPUS, { recursive: true, force: true })
  const expected = { 'public-exposure/database-port-published': 0, 'public-exposure/kubernetes-service-exposes-database': 0, 'public-exposure/managed-database-public': 0, 'public-exposure/firewall-open-to-database-port': 0 }
  const write = (path, text) => {
    const file = join(TREE, path)
    mkdirSync(dirname(file), { recursive: true })
    writeFileSync(file, text)
  }
  for (let i = 0; i < 300; i++) {
    const planted = i % 5 === 0
    if (planted) expected['public-exposure/database-port-published']++
    write(`services/svc-${i}/docker-compose.yml`, compose(i, planted))
  }
  for (let i = 0; i < 300; i++) {
    const planted = i % 6 === 0
    if (planted) expected['public-exposure/kubernetes-service-exposes-database']++
    write(`k8s/apps/orders-${i}.yaml`, kubernetes(i, planted))
  }
  for (let i = 0; i < 400; i++) {
    const planted = i % 8 === 0 ? 'public' : i % 8 === 4 ? 'firewall' : undefined
    if (planted === 'public') expected['public-exposure/managed-database-public']++
    if (planted === 'firewall') expected['public-exposure/firewall-open-to-database-port']++
    write(`terraform/services/svc-${i}/main.tf`, terraform(i, planted))
  }
  spawnSync('git', ['init', '-q'], { cwd: TREE })
  // A plan of 2,000 changes: 1,990 updates and no-ops, 10 replacements of databases.
  const changes = []
  for (let i = 0; i < 2000; i++) {
    const replace = i % 200 === 0
    changes.push({
      address: `module.svc_${i}.aws_db_instance.this`,
      module_address: `module.svc_${i}`,
      mode: 'managed',
      type: replace ? 'aws_db_instance' : pick(['aws_iam_role', 'aws_sns_topic', 'aws_lambda_function']),
      name: 'this',
      provider_name: 'registry.terraform.io/hashicorp/aws',
      change: { actions: replace ? ['delete', 'create'] : pick([['update'], ['no-op']]), before: { identifier: `svc-${i}`, engine_version: '15.6' }, after: { identifier: `svc-${i}`, engine_version: '16.3' }, after_unknown: {}, replace_paths: replace ? [['engine_version']] : undefined },
      ...(replace ? { action_reason: 'replace_because_cannot_update' } : {})
    })
  }
  writeFileSync(join(CORPUS, 'tfplan.json'), JSON.stringify({ format_version: '1.2', terraform_version: '1.9.5', resource_changes: changes }))
  writeFileSync(join(CORPUS, 'expected.json'), JSON.stringify(expected))
  writeFileSync(stamp, GENERATOR_VERSION)
  return expected
}

async function prodguardCli() {
  if (process.env.PRODGUARD_CLI) return resolve(process.env.PRODGUARD_CLI)
  const dist = join(root, 'dist/cli.js')
  if (existsSync(dist)) return dist
  const { build } = await import(pathToFileURL(join(root, 'node_modules/esbuild/lib/main.js')).href)
  const outdir = join(root, 'bench/.tools/prodguard')
  await build({
    absWorkingDir: root,
    entryPoints: { cli: 'src/cli.ts' },
    outdir,
    bundle: true,
    splitting: true,
    format: 'esm',
    platform: 'node',
    target: 'node20',
    logLevel: 'warning',
    alias: { 'jsonc-parser': 'jsonc-parser/lib/esm/main.js' },
    banner: { js: "import { createRequire as __cr } from 'node:module'; const require = __cr(import.meta.url);" }
  })
  return join(outdir, 'cli.js')
}

function timed(args, cwd) {
  const started = performance.now()
  const result = spawnSync(process.execPath, args, { cwd, encoding: 'utf8', maxBuffer: 1 << 30 })
  return { wall: (performance.now() - started) / 1000, result }
}

function runCheck(cli, target) {
  const out = join(CORPUS, 'report.json')
  const { wall, result } = timed([cli, 'check', target, '--format', 'json', '--offline', '--fail-on', 'never', '--output', out], TREE)
  if (result.status !== 0) throw new Error(`prodguard exited ${result.status}: ${result.stderr.slice(0, 500)}`)
  return { wall, report: JSON.parse(readFileSync(out, 'utf8')) }
}

export async function run() {
  const expected = generate()
  const cli = await prodguardCli()
  const walls = []
  let report
  for (let i = 0; i < 3; i++) {
    const r = runCheck(cli, '.')
    walls.push(r.wall)
    report = r.report
  }
  const wall = walls.sort((a, b) => a - b)[1]
  const files = 1000
  console.log(`corpus: ${files} files (300 compose, 300 Kubernetes, 400 Terraform)`)
  console.log(`prodguard check: ${wall.toFixed(2)} s wall (median of 3), ${(files / wall).toFixed(0)} files/s, pipeline ${report.stats.ms} ms for ${report.stats.files} files`)

  const tf = timed([cli, 'check', 'terraform', '--format', 'json', '--offline', '--fail-on', 'never', '--output', join(CORPUS, 'tf.json')], TREE)
  console.log(`Terraform only (400 files, HCL in WebAssembly): ${tf.wall.toFixed(2)} s wall, ${(400 / tf.wall).toFixed(0)} files/s`)

  const plan = timed([cli, 'plan', join(CORPUS, 'tfplan.json'), '--format', 'json', '--offline', '--fail-on', 'never', '--output', join(CORPUS, 'plan.json')], TREE)
  const planReport = JSON.parse(readFileSync(join(CORPUS, 'plan.json'), 'utf8'))
  const replaced = planReport.findings.filter((f) => f.ruleId === 'destructive-infra/plan-destroys-data').length
  console.log(`prodguard plan (2,000 resource changes): ${plan.wall.toFixed(2)} s wall, ${replaced} replacements of data found (expected 10)`)

  const ours = report.findings.filter((f) => f.category === 'public-exposure' || f.category === 'destructive-infra' || f.category === 'unanalyzable')
  const problems = []
  for (const [ruleId, count] of Object.entries(expected)) {
    const found = ours.filter((f) => f.ruleId === ruleId && f.severity === 'block').length
    console.log(`  ${ruleId}: ${found} of ${count} planted`)
    if (found !== count) problems.push(`${ruleId}: ${found} blocking findings for ${count} planted`)
  }
  const stray = ours.filter((f) => f.severity === 'block' && !(f.ruleId in expected))
  if (stray.length > 0) problems.push(`${stray.length} unexpected blocking findings, e.g. ${stray[0].ruleId} in ${stray[0].file}: ${stray[0].message}`)
  if (replaced !== 10) problems.push(`plan: ${replaced} replacements reported, 10 expected`)
  if (problems.length > 0) throw new Error(problems.join('; '))
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) await run()
