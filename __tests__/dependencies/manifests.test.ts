/**
 * Each manifest kind, read from a realistic file at a realistic path, with a pinned "now": the findings it must
 * produce (rule, line) and the near misses it must not.
 */
import { describe, expect, test } from '@jest/globals'
import { dependenciesAnalyzers } from '../../src/analyzers/dependencies/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanFiles } from '../helpers/scan.js'

const now = new Date('2026-11-28T00:00:00Z')

async function scan(files: Record<string, string>): Promise<Finding[]> {
  return (await scanFiles(files, { now, analyzers: dependenciesAnalyzers })).filter((f) => f.ruleId !== 'outdated-dependency/stale-data')
}

/** `rule@line` for every finding in one file, sorted: what the tables below assert. */
function summary(findings: Finding[], file: string): string[] {
  return findings
    .filter((f) => f.file === file)
    .map((f) => `${f.ruleId.replace('outdated-dependency/', '')}@${f.line}:${f.severity}`)
    .sort()
}

interface Case {
  name: string
  file: string
  text: string
  /** Every finding in the file, as `rule@line:severity`. */
  expected: string[]
}

const cases: Case[] = [
  {
    name: 'build.gradle: an end-of-life Spring Boot plugin, dependencies with versions, an expression left alone',
    file: 'backend/build.gradle',
    text: `plugins {
    id 'java'
    id 'org.springframework.boot' version '2.7.18'
    id 'io.spring.dependency-management' version '1.1.4'
}

dependencies {
    implementation 'org.springframework.boot:spring-boot-starter-web'
    implementation "com.google.guava:guava:\${guavaVersion}"
    implementation 'org.postgresql:postgresql:42.7.4'
    testImplementation 'org.junit.jupiter:junit-jupiter:5.11.3'
}
`,
    // JUnit 6 is out: 5 is behind (a test dependency: warn).
    expected: ['end-of-life@3:block', 'majors-behind@11:warn', 'not-checked@1:info']
  },
  {
    name: 'build.gradle.kts and a version catalog: Spring Boot by version.ref',
    file: 'gradle/libs.versions.toml',
    text: `[versions]
spring-boot = "3.1.5"
kotlin = "2.0.21"

[libraries]
spring-web = { module = "org.springframework:spring-web", version = "6.0.13" }
jackson = { group = "com.fasterxml.jackson.core", name = "jackson-databind", version.ref = "kotlin" }
guava = "com.google.guava:guava:33.3.1-jre"

[plugins]
spring-boot = { id = "org.springframework.boot", version.ref = "spring-boot" }
kotlin-jvm = { id = "org.jetbrains.kotlin.jvm", version.ref = "kotlin" }
`,
    // Spring Boot 3.1, Spring Framework 6.0 and Kotlin 2.0 (the org.jetbrains.kotlin.jvm plugin) are past their end of life.
    expected: ['end-of-life@11:block', 'end-of-life@12:block', 'end-of-life@6:block', 'not-checked@1:info']
  },
  {
    name: 'build.gradle.kts: Kotlin DSL plugins and dependencies',
    file: 'app/build.gradle.kts',
    text: `plugins {
    id("org.springframework.boot") version "3.0.13"
    kotlin("jvm") version "2.0.21"
}

dependencies {
    implementation("org.springframework:spring-webmvc:6.0.23")
    runtimeOnly("org.postgresql:postgresql:42.7.4")
}
`,
    // kotlin("jvm") is the Kotlin Gradle plugin, released with Kotlin: 2.0 ended when 2.1 shipped (2024-11-27).
    expected: ['end-of-life@2:block', 'end-of-life@3:block', 'end-of-life@7:block', 'not-checked@1:info']
  },
  {
    name: '.csproj: target frameworks (net6.0 ended, net10.0 supported, netstandard2.0 is no runtime)',
    file: 'src/Api/Api.csproj',
    text: `<Project Sdk="Microsoft.NET.Sdk.Web">
  <PropertyGroup>
    <TargetFrameworks>net6.0;net10.0;netstandard2.0</TargetFrameworks>
    <Nullable>enable</Nullable>
  </PropertyGroup>
  <ItemGroup>
    <PackageReference Include="Serilog" Version="3.1.1" />
  </ItemGroup>
</Project>
`,
    expected: ['end-of-life@3:block', 'not-checked@1:info']
  },
  {
    name: '.csproj: PackageReference versions (ASP.NET Core and EF Core of .NET 6 ended with it; analyzers are dev scope)',
    file: 'src/Orders.Api/Orders.Api.csproj',
    text: `<Project Sdk="Microsoft.NET.Sdk.Web">

  <PropertyGroup>
    <TargetFramework>net10.0</TargetFramework>
    <ImplicitUsings>enable</ImplicitUsings>
    <EfVersion>6.0.36</EfVersion>
  </PropertyGroup>

  <ItemGroup>
    <PackageReference Include="Microsoft.AspNetCore.Authentication.JwtBearer" Version="6.0.36" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.SqlServer" Version="$(EfVersion)" />
    <PackageReference Include="Microsoft.EntityFrameworkCore.Tools" Version="$(EfVersion)">
      <PrivateAssets>all</PrivateAssets>
      <IncludeAssets>runtime; build; native; contentfiles; analyzers; buildtransitive</IncludeAssets>
    </PackageReference>
    <PackageReference Include="Swashbuckle.AspNetCore" Version="6.5.0" />
    <!-- <PackageReference Include="Microsoft.AspNetCore.Mvc" Version="2.2.0" /> -->
    <PackageReference Include="Microsoft.AspNetCore.OpenApi" Version="10.0.0" />
  </ItemGroup>

</Project>
`,
    // One finding for the three packages of .NET 6 ("Same release: ..."); the commented-out reference is not read.
    expected: ['end-of-life@10:block', 'not-checked@1:info']
  },
  {
    name: 'Directory.Packages.props: central package versions, a property, a floating version and a global reference',
    file: 'Directory.Packages.props',
    text: `<Project>
  <PropertyGroup>
    <ManagePackageVersionsCentrally>true</ManagePackageVersionsCentrally>
    <AspNetCoreVersion>7.0.20</AspNetCoreVersion>
  </PropertyGroup>
  <ItemGroup>
    <PackageVersion Include="Microsoft.AspNetCore.Mvc.Testing" Version="$(AspNetCoreVersion)" />
    <PackageVersion Include="Microsoft.EntityFrameworkCore" Version="[10.0.0]" />
    <PackageVersion Include="Newtonsoft.Json" Version="13.0.3" />
    <PackageVersion Include="xunit" Version="2.*" />
  </ItemGroup>
  <ItemGroup>
    <GlobalPackageReference Include="Microsoft.AspNetCore.Analyzers" Version="2.2.0" PrivateAssets="all" />
  </ItemGroup>
</Project>
`,
    expected: ['end-of-life@7:block', 'end-of-life@13:warn', 'not-checked@1:info']
  },
  {
    name: 'packages.config: an ASP.NET MVC 5 application on jQuery 1.10 (ended) and Bootstrap 5',
    file: 'src/Legacy.Web/packages.config',
    text: `<?xml version="1.0" encoding="utf-8"?>
<packages>
  <package id="Antlr" version="3.5.0.2" targetFramework="net48" />
  <package id="bootstrap" version="5.2.3" targetFramework="net48" />
  <package id="jQuery" version="1.10.2" targetFramework="net48" />
  <package id="Microsoft.AspNet.Mvc" version="5.2.9" targetFramework="net48" />
  <package id="Microsoft.CodeDom.Providers.DotNetCompilerPlatform" version="2.0.1" targetFramework="net48" developmentDependency="true" />
</packages>
`,
    expected: ['end-of-life@5:block', 'not-checked@1:info']
  },
  { name: 'packages.config that is not XML is unanalyzable', file: 'packages.config', text: '<packages>\n  <package id="jQuery" version="3.7.1">\n</packages>\n', expected: ['unanalyzable/parse-error@3:block'] },
  {
    name: 'rust-toolchain.toml: a numbered channel is that Rust line (each line ends when the next is released)',
    file: 'rust-toolchain.toml',
    text: `[toolchain]
channel = "1.79.0"
components = ["rustfmt", "clippy"]
targets = ["wasm32-unknown-unknown"]
profile = "minimal"
`,
    expected: ['end-of-life@2:block']
  },
  { name: 'rust-toolchain.toml: the newest line is supported', file: 'rust-toolchain.toml', text: '[toolchain]\nchannel = "1.98"\n', expected: [] },
  { name: 'rust-toolchain.toml: stable and dated nightlies name no line', file: 'crates/wasm/rust-toolchain.toml', text: '[toolchain]\nchannel = "nightly-2026-05-01"\n', expected: [] },
  { name: 'rust-toolchain (legacy, one line)', file: 'rust-toolchain', text: '1.70.0\n', expected: ['end-of-life@1:block'] },
  { name: 'rust-toolchain.toml that is not TOML is unanalyzable', file: 'rust-toolchain.toml', text: '[toolchain\nchannel = 1.80\n', expected: ['unanalyzable/parse-error@1:block'] },
  {
    name: 'gradle-wrapper.properties: the Gradle every build downloads (7 ended; dev scope warns)',
    file: 'gradle/wrapper/gradle-wrapper.properties',
    text: `distributionBase=GRADLE_USER_HOME
distributionPath=wrapper/dists
distributionUrl=https\\://services.gradle.org/distributions/gradle-7.6.4-bin.zip
networkTimeout=10000
validateDistributionUrl=true
zipStoreBase=GRADLE_USER_HOME
zipStorePath=wrapper/dists
`,
    expected: ['end-of-life@3:warn']
  },
  {
    name: 'maven-wrapper.properties: Maven 3.8 ended',
    file: 'backend/.mvn/wrapper/maven-wrapper.properties',
    text: `wrapperVersion=3.3.2
distributionType=only-script
distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.8.8/apache-maven-3.8.8-bin.zip
`,
    expected: ['end-of-life@3:warn']
  },
  { name: 'maven-wrapper.properties: Maven 3.9 is supported', file: '.mvn/wrapper/maven-wrapper.properties', text: 'distributionUrl=https://repo.maven.apache.org/maven2/org/apache/maven/apache-maven/3.9.9/apache-maven-3.9.9-bin.zip\n', expected: [] },
  {
    name: 'package.json packageManager (Corepack): pnpm 8 ended; the integrity suffix is not part of the version',
    file: 'web/package.json',
    text: `{
  "name": "web",
  "private": true,
  "packageManager": "pnpm@8.15.9+sha512.499434c9d8fdd1a2794ebf4552b3b25c0a633abcee5bb15e7b5de90f32f47b513aca98cd5cfd001c31f0db454bc3804edccd578501e4ca293a6816166bbd9f81",
  "scripts": { "build": "vite build" }
}
`,
    expected: ['end-of-life@4:warn']
  },
  { name: 'package.json packageManager: Yarn 4 is supported', file: 'package.json', text: '{\n  "name": "app",\n  "packageManager": "yarn@4.5.3"\n}\n', expected: [] },
  { name: 'global.json: the SDK line', file: 'global.json', text: '{\n  "sdk": {\n    "version": "7.0.410",\n    "rollForward": "latestFeature"\n  }\n}\n', expected: ['end-of-life@3:block'] },
  {
    name: 'uv.lock: direct dependencies of the project, transitive ones only for downgrades',
    file: 'uv.lock',
    text: `version = 1
requires-python = ">=3.12"

[[package]]
name = "shop"
version = "0.1.0"
source = { editable = "." }
dependencies = [
    { name = "django" },
]

[package.dev-dependencies]
dev = [
    { name = "pytest" },
]

[[package]]
name = "django"
version = "4.1.13"
source = { registry = "https://pypi.org/simple" }
dependencies = [
    { name = "asgiref" },
]

[[package]]
name = "asgiref"
version = "3.8.1"
source = { registry = "https://pypi.org/simple" }

[[package]]
name = "pytest"
version = "8.3.4"
source = { registry = "https://pypi.org/simple" }
`,
    expected: ['end-of-life@18:block', 'majors-behind@31:warn']
  },
  {
    name: 'Terraform required_version: a pinned ended line blocks, a minimum warns at most',
    file: 'infra/versions.tf',
    text: `terraform {
  required_version = "~> 1.3.0"

  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}
`,
    expected: ['end-of-life@2:block']
  },
  { name: 'Terraform required_version >= a minimum', file: 'modules/vpc/versions.tf', text: 'terraform {\n  required_version = ">= 1.5.0"\n}\n', expected: ['end-of-life@2:warn'] },
  {
    name: 'serverless.yml: the provider runtime and a function\'s own (AWS Lambda Node.js 14 and Python 3.8 are deprecated)',
    file: 'services/billing/serverless.yml',
    text: `service: billing
frameworkVersion: "3"

provider:
  name: aws
  runtime: nodejs14.x
  region: eu-west-1

functions:
  invoice:
    handler: src/invoice.handler
  export:
    handler: export.main
    runtime: python3.8
  report:
    handler: report.main
    runtime: nodejs22.x
`,
    expected: ['end-of-life@14:block', 'end-of-life@6:block']
  },
  {
    name: 'SAM template: Globals and a function Runtime',
    file: 'infra/template.yaml',
    text: `AWSTemplateFormatVersion: "2010-09-09"
Transform: AWS::Serverless-2016-10-31
Globals:
  Function:
    Runtime: python3.7
    Timeout: 10
Resources:
  Ingest:
    Type: AWS::Serverless::Function
    Properties:
      Handler: app.handler
      Runtime: python3.13
`,
    expected: ['end-of-life@5:block']
  },
  { name: 'compose runtime: nvidia is no Lambda runtime', file: 'docker-compose.gpu.yml', text: 'services:\n  trainer:\n    runtime: nvidia\n', expected: [] },
  {
    name: 'Pipfile: [requires] python_version, pinned and open packages, dev-packages',
    file: 'api/Pipfile',
    text: `[[source]]
url = "https://pypi.org/simple"
verify_ssl = true
name = "pypi"

[packages]
django = "==2.2.28"
requests = "*"
celery = {version = ">=5.3", extras = ["redis"]}

[dev-packages]
pytest = "==8.3.3"

[requires]
python_version = "3.7"
`,
    // Django 2.2 and Python 3.7 have ended; pytest 8 is a major behind (dev scope); requests (any version) is not judged.
    expected: ['end-of-life@15:block', 'end-of-life@7:block', 'majors-behind@12:warn']
  },
  {
    name: 'Pipfile.lock: _meta.requires and the locked packages',
    file: 'worker/Pipfile.lock',
    text: `{
    "_meta": {
        "hash": { "sha256": "7f3c1f1d7b4b3e3c9a4c1c6d1e6b2f0f6a4f8e7d6c5b4a3f2e1d0c9b8a7f6e5d" },
        "pipfile-spec": 6,
        "requires": { "python_version": "3.8" },
        "sources": [{ "name": "pypi", "url": "https://pypi.org/simple", "verify_ssl": true }]
    },
    "default": {
        "flask": { "hashes": ["sha256:aaaa"], "index": "pypi", "markers": "python_version >= '3.8'", "version": "==2.3.3" }
    },
    "develop": {}
}
`,
    expected: ['end-of-life@5:block', 'majors-behind@9:warn']
  },
  { name: 'runtime.txt (Heroku): Python 3.7', file: 'runtime.txt', text: 'python-3.7.12\n', expected: ['end-of-life@1:block'] },
  { name: 'runtime.txt of another runtime is not read', file: 'binder/runtime.txt', text: 'r-4.3-2024-01-10\n', expected: [] },
  // The data lists Terraform from 1.0: 0.14 is older than every listed line, all of whose oldest have ended.
  { name: 'Terraform required_version pinned to 0.14, older than the data', file: 'legacy/versions.tf', text: 'terraform {\n  required_version = "~> 0.14.0"\n}\n', expected: ['end-of-life@2:block'] },
  { name: 'Terraform required_version >= 0.12 also admits supported lines', file: 'legacy/min.tf', text: 'terraform {\n  required_version = ">= 0.12"\n}\n', expected: ['end-of-life@2:warn'] },
  {
    name: 'package.json: EOL framework, majors behind, deprecated, open range, engines',
    file: 'services/api/package.json',
    text: `{
  "name": "@acme/api",
  "private": true,
  "engines": { "node": "14.x" },
  "dependencies": {
    "express": "^3.21.2",
    "lodash": "^4.17.21",
    "react": "^17.0.2",
    "request": "^2.88.2",
    "left-pad": "*",
    "internal-lib": "workspace:*",
    "local-thing": "file:../thing"
  },
  "devDependencies": {
    "typescript": "~4.9.5",
    "@types/node": "^14.18.0",
    "jest": "^29.7.0"
  }
}
`,
    // react 17 is behind on a line the snapshot has no dates for: it warns; request and left-pad are deprecated packages.
    expected: ['end-of-life@4:block', 'end-of-life@6:block', 'majors-behind@8:warn', 'deprecated@9:block', 'moving-tag@10:warn', 'deprecated@10:block', 'majors-behind@15:warn', 'majors-behind@17:warn', 'not-checked@1:info']
  },
  {
    name: 'package.json: current dependencies and a range that admits the latest major are clean',
    file: 'web/package.json',
    text: `{
  "engines": { "node": ">=22" },
  "dependencies": { "express": "^5.1.0", "lodash": ">=3", "react": "^19.0.0", "@types/node": "^20.0.0" }
}
`,
    expected: []
  },
  {
    name: 'requirements.txt with extras, markers, hashes and includes',
    file: 'backend/requirements.txt',
    text: `# Production requirements
-r base.txt
--index-url https://pypi.org/simple
Django[argon2]==3.2.25 ; python_version >= "3.8"
requests>=2.31,<3
urllib3==1.26.18 \\
    --hash=sha256:34b97092d7e0a3a8cf7cd10e386f401b3737364026c45e622aa02903dffe0f07
numpy==1.26.4
-e git+https://github.com/acme/tool.git#egg=tool
celery @ https://example.invalid/celery.tar.gz
`,
    expected: ['end-of-life@4:block', 'majors-behind@6:warn', 'end-of-life@8:block']
  },
  {
    name: 'pyproject.toml (PEP 621) with requires-python and a dev group',
    file: 'pyproject.toml',
    text: `[project]
name = "acme-worker"
requires-python = ">=3.7,<3.9"
dependencies = [
  "django>=4.2,<4.3",
  "requests>=2.31",
]

[project.optional-dependencies]
dev = ["pytest<7"]
`,
    expected: ['end-of-life@3:block', 'end-of-life@5:block', 'majors-behind@10:warn']
  },
  {
    name: 'pyproject.toml (Poetry) with caret constraints',
    file: 'apps/billing/pyproject.toml',
    text: `[tool.poetry]
name = "billing"
version = "0.1.0"

[tool.poetry.dependencies]
python = "^3.12"
Django = "^5.2"
boto3 = "^1.34"

[tool.poetry.group.dev.dependencies]
pytest = "^8.0"
`,
    // One major behind warns (Django 6 is out); dev scope caps pytest at warn anyway.
    expected: ['majors-behind@7:warn', 'majors-behind@11:warn']
  },
  {
    name: 'go.mod: the go directive is a minimum: it warns while newer supported Go admits the module',
    file: 'go.mod',
    text: `module github.com/acme/payments

go 1.19

require (
	github.com/gin-gonic/gin v1.9.1
	github.com/stretchr/testify v1.8.4 // indirect
)
`,
    expected: ['end-of-life@3:warn']
  },
  {
    name: 'go.mod: the toolchain is what runs; tool, replace, exclude, retract and godebug blocks are read past',
    file: 'services/notify/go.mod',
    text: `module github.com/gotify/server/v2

require (
	github.com/gin-gonic/gin v1.12.0
	golang.org/x/sys v0.46.0 // indirect
)

replace (
	github.com/old/dep => github.com/new/dep v1.2.3
	example.com/local => ../local
)

exclude github.com/broken/thing v1.0.1

retract (
	v2.0.1 // published by mistake
	[v2.1.0, v2.1.3]
)

godebug (
	default=go1.21
	panicnil=1
)

tool (
	golang.org/x/tools/cmd/stringer
	github.com/sqlc-dev/sqlc/cmd/sqlc
)

ignore ./node_modules

go 1.25.0

toolchain go1.26.0
`,
    // Go 1.25 ended on 2026-08-19, but the toolchain line says Go 1.26 builds it (supported).
    expected: []
  },
  {
    name: 'go.mod: an end-of-life toolchain blocks',
    file: 'cmd/go.mod',
    text: 'module example.com/cmd\n\ngo 1.21\n\ntoolchain go1.22.4\n',
    expected: ['end-of-life@5:block']
  },
  {
    name: 'go.mod: a block that is never closed is a parse error',
    file: 'tools/go.mod',
    text: 'module example.com/tools\n\ngo 1.26\n\ntool (\n\tgolang.org/x/tools/cmd/stringer\n',
    expected: ['unanalyzable/parse-error@7:block']
  },
  {
    name: 'Gemfile.lock: end-of-life Rails and Ruby',
    file: 'Gemfile.lock',
    text: `GEM
  remote: https://rubygems.org/
  specs:
    actionpack (6.1.7.6)
    nokogiri (1.15.4-x86_64-linux)
    rails (6.1.7.6)
      actionpack (= 6.1.7.6)

PLATFORMS
  x86_64-linux

DEPENDENCIES
  rails (~> 6.1.7)

RUBY VERSION
   ruby 2.7.8p225

BUNDLED WITH
   2.4.19
`,
    expected: ['end-of-life@16:block', 'end-of-life@6:block', 'not-checked@1:info']
  },
  {
    name: 'pom.xml: Spring Boot parent and a property-versioned dependency',
    file: 'service/pom.xml',
    text: `<?xml version="1.0" encoding="UTF-8"?>
<project xmlns="http://maven.apache.org/POM/4.0.0">
  <modelVersion>4.0.0</modelVersion>
  <parent>
    <groupId>org.springframework.boot</groupId>
    <artifactId>spring-boot-starter-parent</artifactId>
    <version>2.7.18</version>
  </parent>
  <properties>
    <log4j.version>2.14.1</log4j.version>
  </properties>
  <dependencies>
    <dependency>
      <groupId>org.apache.logging.log4j</groupId>
      <artifactId>log4j-core</artifactId>
      <version>\${log4j.version}</version>
    </dependency>
    <dependency>
      <groupId>junit</groupId>
      <artifactId>junit</artifactId>
      <version>4.13.2</version>
      <scope>test</scope>
    </dependency>
  </dependencies>
</project>
`,
    // log4j 2.x is a supported line (vulnerable releases are another tool's job); junit is current.
    expected: ['end-of-life@6:block']
  },
  {
    name: 'multi-stage Dockerfile with ARG defaults and a stage reference',
    file: 'docker/api/Dockerfile',
    text: `ARG NODE_VERSION=16
ARG BASE=debian:bookworm-slim
FROM --platform=linux/amd64 node:\${NODE_VERSION}-alpine3.15 AS build
WORKDIR /src
RUN npm ci && npm run build

FROM build AS test
RUN npm test

FROM \${BASE}
COPY --from=build /src/dist /app
FROM python:3.8-slim-buster
FROM postgres:16.4
FROM nginx@sha256:0d17b565c37bcbd895e9d92315a05c1c3c9a29f762b011a10c54a66cd53c9b31
`,
    // One image, one finding: node:16-alpine3.15 is Node.js 16 on Alpine 3.15, both ended.
    // Debian 12's regular security support ended on 2026-07-11, but its free LTS runs to 2028-06-30: supported.
    expected: ['end-of-life@3:block', 'end-of-life@12:block']
  },
  {
    name: 'docker-compose: EOL database images, an interpolated default and a tagless image',
    file: 'deploy/docker-compose.prod.yml',
    text: `services:
  db:
    image: postgres:9.6-alpine
  mongo:
    image: mongo:3.6
  cache:
    image: "redis:\${REDIS_TAG:-7.4}"
  search:
    image: docker.elastic.co/elasticsearch/elasticsearch:6.8.23
  proxy:
    image: traefik
`,
    expected: ['end-of-life@3:block', 'end-of-life@5:block', 'end-of-life@9:block', 'moving-tag@11:warn']
  },
  {
    name: 'Kubernetes Deployment and Helm values',
    file: 'k8s/base/deployment.yaml',
    text: `apiVersion: apps/v1
kind: Deployment
metadata:
  name: api
spec:
  template:
    spec:
      initContainers:
        - name: migrate
          image: mysql:5.7
      containers:
        - name: api
          image: ghcr.io/acme/api:2026.11.3
        - name: sidecar
          image: public.ecr.aws/docker/library/redis:latest
`,
    expected: ['end-of-life@10:block', 'moving-tag@15:warn']
  },
  {
    name: 'Helm values: image.repository and image.tag',
    file: 'charts/db/values-prod.yaml',
    text: `image:
  registry: docker.io
  repository: bitnami/postgresql
  tag: 11.14.0-debian-10-r22
auth:
  enablePostgresUser: true
`,
    expected: ['end-of-life@3:block']
  },
  {
    name: 'workflow: old action majors, a retired action, a branch pin, a SHA pin with its version comment, an EOL runner',
    file: '.github/workflows/ci.yml',
    text: `name: CI
on: [push]
jobs:
  build:
    runs-on: ubuntu-20.04
    container:
      image: node:18
    steps:
      - uses: actions/checkout@v2
      - uses: actions/setup-node@692973e3d937129bcbf40652eb9f2f61becf3332 # v4.1.0
      - uses: actions/upload-artifact@v3
      - uses: acme/deploy-action@main
      - uses: ./.github/actions/local
      - uses: actions/cache@v6
`,
    // checkout v2 got a release on 2026-07-16 (maintained: warns); setup-node v4's last was 2025-04-02, v5 came 2025-09-03.
    expected: ['end-of-life@5:block', 'end-of-life@7:block', 'majors-behind@9:warn', 'unmaintained@10:block', 'end-of-life@11:block', 'moving-tag@12:warn']
  },
  { name: '.nvmrc with an LTS codename', file: '.nvmrc', text: 'lts/gallium\n', expected: ['end-of-life@1:block'] },
  { name: '.nvmrc on a supported line', file: 'frontend/.nvmrc', text: 'v24.11.0\n', expected: [] },
  { name: '.python-version', file: '.python-version', text: '3.7.17\n', expected: ['end-of-life@1:block'] },
  {
    name: '.tool-versions: several runtimes and a database',
    file: '.tool-versions',
    text: `nodejs 22.11.0
python 3.9.18
ruby 3.4.1
postgres 12.17
terraform 1.9.8
`,
    expected: ['end-of-life@2:block', 'end-of-life@4:block', 'end-of-life@5:block']
  },
  {
    name: 'Terraform: RDS, ElastiCache, OpenSearch engine versions and a Lambda runtime',
    file: 'infra/prod/main.tf',
    text: `resource "aws_db_instance" "main" {
  identifier     = "acme-prod"
  engine         = "postgres"
  engine_version = "11.22"
  instance_class = "db.r6g.large"
}

resource "aws_elasticache_replication_group" "cache" {
  engine         = "redis"
  engine_version = "7.1"
}

resource "aws_opensearch_domain" "search" {
  domain_name    = "acme"
  engine_version = "OpenSearch_1.3"
}

resource "aws_lambda_function" "thumbs" {
  function_name = "thumbs"
  runtime       = "python3.8"
}

resource "aws_db_instance" "replica" {
  engine         = "postgres"
  engine_version = var.engine_version
}
`,
    // Redis 7 and OpenSearch 1.3 are still supported on AWS.
    expected: ['end-of-life@4:block', 'end-of-life@20:block']
  },
  {
    name: 'Cargo.lock: direct crates of the workspace package',
    file: 'Cargo.lock',
    text: `# This file is automatically @generated by Cargo.
version = 3

[[package]]
name = "acme"
version = "0.1.0"
dependencies = [
 "serde",
]

[[package]]
name = "serde"
version = "1.0.195"
source = "registry+https://github.com/rust-lang/crates.io-index"
`,
    expected: ['not-checked@1:info']
  },
  {
    name: 'composer.lock: an end-of-life Laravel',
    file: 'composer.lock',
    text: `{
    "packages": [
        { "name": "laravel/framework", "version": "v8.83.27", "require": { "symfony/console": "^5.4" } },
        { "name": "symfony/console", "version": "v5.4.35" }
    ],
    "packages-dev": [
        { "name": "phpunit/phpunit", "version": "9.6.16" }
    ]
}
`,
    expected: ['end-of-life@3:block', 'not-checked@1:info']
  }
]

describe('manifests', () => {
  test.each(cases)('$name', async ({ file, text, expected }) => {
    const findings = await scan({ [file]: text })
    const got = summary(findings, file)
    if (process.env.DEBUG_DEPS) for (const f of findings) console.log(file, f.line, f.severity, f.ruleId, f.message)
    expect(got).toEqual([...expected].sort())
  })
})

describe('a bare major tag', () => {
  test('is judged by the best-supported line under it: mongo:7 is 7.0, not the ended 7.3 rapid release', async () => {
    const compose = 'services:\n  db:\n    image: mongo:7\n  cache:\n    image: redis:7\n  old:\n    image: mongo:4\n'
    expect(summary(await scan({ 'docker-compose.yml': compose }), 'docker-compose.yml')).toEqual(['end-of-life@7:block'])
  })
})

describe('image names and tags', () => {
  test.each([
    // A year tag is a release: SQL Server 2019 is 15.0 (supported); 2017 on Ubuntu 18.04 runs an ended Ubuntu.
    ['mcr.microsoft.com/mssql/server:2019-latest', []],
    ['mcr.microsoft.com/mssql/server:2017-CU31-ubuntu-18.04', ['end-of-life block Ubuntu 18.04']],
    // The extension's own version is not PostgreSQL's: -pg13 is.
    ['timescale/timescaledb:2.11.2-pg13', ['end-of-life block PostgreSQL 13']],
    ['timescale/timescaledb:2.17.2-pg17', []],
    // The name carries the lines; no tag moves only within them.
    ['gcr.io/distroless/nodejs18-debian11', ['end-of-life block Node.js 18']],
    ['gcr.io/distroless/nodejs24-debian13', []],
    ['node:lts-alpine', ['moving-tag warn']],
    ['node:current-alpine', ['moving-tag warn']],
    ['nginx:stable-alpine', ['moving-tag warn']],
    ['node:lts-buster-slim', ['end-of-life block Debian 10', 'moving-tag warn']],
    ['keycloak/keycloak:21.1', ['end-of-life block Keycloak 21.1']],
    ['bitnami/postgresql:16.4.0-debian-11-r4', ['end-of-life block Debian 11']],
    ['bitnami/postgresql:17.2.0-debian-12-r8', []],
    ['couchbase/server:6.6.0', ['end-of-life block Couchbase Server 6.6']],
    ['bitnami/golang:1.19', ['end-of-life block Go 1.19']],
    ['bitnami/mariadb-galera:10.4', ['end-of-life block MariaDB 10.4']],
    // Products of endoflife.date's own image identifiers and the projects' published images.
    ['quay.io/coreos/etcd:v3.4.30', ['end-of-life block etcd 3.4']],
    ['registry.k8s.io/etcd:3.6.4-0', []],
    ['couchdb:3.2.2', ['end-of-life block Apache CouchDB 3.2']],
    ['jenkins/jenkins:2.516.3-lts-jdk17', ['end-of-life block Jenkins 2.516']],
    ['gitlab/gitlab-ce:17.2.1-ce.0', ['end-of-life block GitLab 17.2']],
    ['prom/prometheus:v2.45.0', ['end-of-life block Prometheus 2.45']],
    ['envoyproxy/envoy:v1.28.0', ['end-of-life block Envoy 1.28']],
    ['istio/proxyv2:1.30.0', []],
    ['mcr.microsoft.com/windows/servercore:ltsc2019', []],
    ['mcr.microsoft.com/windows/servercore:20H2', ['end-of-life block Microsoft Windows Server 20H2 SAC']],
    ['docker:24.0-dind', ['end-of-life block Docker Engine 24.0']],
    ['oraclelinux:7-slim', ['end-of-life block Oracle Linux 7']],
    ['opensuse/leap:15.5', ['end-of-life block openSUSE 15.5']],
    ['rust:1.80-slim-bookworm', ['end-of-life block Rust 1.80']],
    ['wordpress:6.1-php8.1-apache', ['end-of-life block WordPress 6.1']],
    ['drupal:9.5-apache', ['end-of-life block Drupal 9.5']],
    ['nextcloud:28-apache', ['end-of-life block Nextcloud 28']],
    ['argoproj/argocd:v2.8.4', ['end-of-life block Argo CD 2.8']],
    ['quay.io/jetstack/cert-manager-controller:v1.12.0', ['end-of-life block cert-manager 1.12']],
    ['apache/airflow:2.5.3', ['end-of-life block Apache Airflow 2']],
    ['gvenzl/oracle-xe:18-slim', ['end-of-life block Oracle Database 18c']],
    ['mcr.microsoft.com/openjdk/jdk:21-ubuntu', []],
    ['clickhouse:25.9', ['end-of-life block ClickHouse 25.9']]
  ])('%s', async (image, expected) => {
    const findings = await scan({ 'deploy/compose.yaml': `services:\n  app:\n    image: ${image}\n` })
    const got = findings
      .filter((f) => ['outdated-dependency/end-of-life', 'outdated-dependency/moving-tag'].includes(f.ruleId))
      // The first product line the message names: `... runs Node.js 18, which ...` -> `Node.js 18`.
      .map((f) => `${f.ruleId.replace('outdated-dependency/', '')} ${f.severity}${f.ruleId.endsWith('end-of-life') ? ` ${/ runs (.+?)(?: \(.*?\))?, which/.exec(f.message)?.[1] ?? f.message}` : ''}`)
    expect(got).toEqual(expected)
  })
})
