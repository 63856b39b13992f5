/** Docker's port syntax, host bindings and CIDR ranges: the small parsers every exposure rule stands on. */
import { describe, expect, it } from '@jest/globals'
import { DatabaseCatalog, parseImage } from '../../src/analyzers/exposure/databases.js'
import { classifyCidr, classifyHostIp, classifyIpRange } from '../../src/analyzers/exposure/network.js'
import { parsePortSpec } from '../../src/analyzers/exposure/published-ports.js'
import { bundledKnowledge } from '../../src/knowledge/knowledge.js'

describe('port specs', () => {
  it.each([
    ['27017', { hostIp: undefined, containerPorts: [27017, 27017], protocol: 'tcp' }],
    ['27017:27017', { hostIp: undefined, containerPorts: [27017, 27017], protocol: 'tcp' }],
    ['0.0.0.0:27017:27017', { hostIp: '0.0.0.0', containerPorts: [27017, 27017], protocol: 'tcp' }],
    ['127.0.0.1:5432:5432/tcp', { hostIp: '127.0.0.1', containerPorts: [5432, 5432], protocol: 'tcp' }],
    ['[::1]:6379:6379', { hostIp: '::1', containerPorts: [6379, 6379], protocol: 'tcp' }],
    ['[::]:6379:6379/udp', { hostIp: '::', containerPorts: [6379, 6379], protocol: 'udp' }],
    ['::1:6379:6379', { hostIp: '::1', containerPorts: [6379, 6379], protocol: 'tcp' }],
    ['9000-9010:9000-9010', { hostIp: undefined, containerPorts: [9000, 9010], protocol: 'tcp' }],
    ['${HOST_IP:-127.0.0.1}:27017:27017', { hostIp: '127.0.0.1', containerPorts: [27017, 27017], protocol: 'tcp' }],
    ['${PORT}:5432', { hostIp: undefined, containerPorts: [5432, 5432], protocol: 'tcp' }],
    ['${PG_PORT:-5432}:${PG_PORT:-5432}', { hostIp: undefined, containerPorts: [5432, 5432], protocol: 'tcp' }]
  ])('%s', (spec, expected) => {
    expect(parsePortSpec(spec)).toEqual(expected)
  })

  it('marks a host IP that comes from a variable without default', () => {
    expect(parsePortSpec('${BIND_ADDRESS}:27017:27017')).toMatchObject({ hostIpVariable: 'BIND_ADDRESS', containerPorts: [27017, 27017] })
  })
})

describe('host bindings', () => {
  it.each([
    [undefined, 'all'],
    ['', 'all'],
    ['0.0.0.0', 'all'],
    ['::', 'all'],
    ['127.0.0.1', 'loopback'],
    ['127.0.1.1', 'loopback'],
    ['::1', 'loopback'],
    ['10.1.2.3', 'private'],
    ['192.168.1.10', 'private'],
    ['fd00::5', 'private'],
    ['203.0.113.10', 'public'],
    ['2001:db8::1', 'public'],
    ['localhost', 'unknown'],
    ['db.internal', 'unknown']
  ])('%s is %s', (ip, kind) => {
    expect(classifyHostIp(ip).kind).toBe(kind)
  })
})

describe('CIDR ranges', () => {
  it.each([
    ['0.0.0.0/0', true],
    ['::/0', true],
    ['*', true],
    ['Internet', true],
    ['0.0.0.0/1', true],
    ['1.0.0.0/8', true],
    ['2000::/3', true],
    ['10.0.0.0/8', false],
    ['172.16.0.0/12', false],
    ['192.168.0.0/16', false],
    ['52.0.0.0/10', false],
    ['203.0.113.4/32', false],
    ['203.0.113.4', false],
    ['fd00::/8', false],
    ['VirtualNetwork', undefined],
    ['not-a-cidr', undefined]
  ])('%s open to the internet: %s', (cidr, open) => {
    expect(classifyCidr(cidr)?.openToInternet).toBe(open)
  })

  it.each([
    ['0.0.0.0', '255.255.255.255', true, false],
    ['0.0.0.1', '255.255.255.254', true, false],
    ['0.0.0.0', '0.0.0.0', false, true],
    ['10.0.0.0', '10.255.255.255', false, false],
    ['198.51.100.7', '198.51.100.7', false, false]
  ])('%s-%s', (start, end, open, azure) => {
    expect(classifyIpRange(start, end)).toMatchObject({ openToInternet: open, azureServices: azure })
  })
})

describe('database images', () => {
  const catalog = new DatabaseCatalog(bundledKnowledge())
  it.each([
    ['mongo:4.0', 'mongodb'],
    ['docker.io/library/mongo:6.0@sha256:0123456789abcdef', 'mongodb'],
    ['public.ecr.aws/docker/library/redis:7-alpine', 'redis'],
    ['bitnami/mongodb:7.0', 'mongodb'],
    ['docker.io/bitnami/postgresql:16', 'postgresql'],
    ['mcr.microsoft.com/mssql/server:2022-latest', 'mssql'],
    ['docker.elastic.co/elasticsearch/elasticsearch:8.13.0', 'elasticsearch'],
    ['quay.io/minio/minio:latest', 'minio'],
    ['cockroachdb/cockroach:v23.1.11', 'cockroachdb'],
    ['${DB_IMAGE:-postgres:16}', 'postgresql'],
    ['nginx:1.25', undefined],
    ['ghcr.io/acme/mongo-exporter:1', undefined],
    ['mongo-express:1.0', undefined]
  ])('%s', (image, engine) => {
    expect(catalog.identify(image)?.engine.id).toBe(engine)
  })

  it('splits registry, repository and tag', () => {
    expect(parseImage('registry.example.com:5000/team/mongo:4.4.29')).toEqual({ repository: 'team/mongo', full: 'registry.example.com:5000/team/mongo', tag: '4.4.29' })
  })
})
