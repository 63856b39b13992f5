/**
 * Cloud firewall and flag details: UDP-only rules reach no database, CloudFormation reads YAML 1.1 booleans, RDS
 * DB security groups and MSK public access, and a wide port range names the databases it covers.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanFiles } from '../helpers/scan.js'

const exposure = (findings: Finding[]): string[] => findings.filter((f) => f.ruleId.startsWith('public-exposure/')).map((f) => `${f.ruleId.replace('public-exposure/', '')} ${f.severity}`)
const scan = async (path: string, text: string): Promise<Finding[]> => scanFiles({ [path]: text }, { analyzers: exposureAnalyzers })

const awsRule = (protocol: string): string => `resource "aws_security_group" "dns" {
  name   = "dns"
  vpc_id = var.vpc_id

  ingress {
    description = "statsd and friends"
    from_port   = 8125
    to_port     = 8125
    protocol    = "${protocol}"
    cidr_blocks = ["0.0.0.0/0"]
  }

  ingress {
    from_port   = 6379
    to_port     = 6379
    protocol    = "${protocol}"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

const gcpRule = (protocol: string): string => `resource "google_compute_firewall" "cache" {
  name    = "allow-cache"
  network = google_compute_network.main.name

  allow {
    protocol = "${protocol}"
    ports    = ["11211"]
  }

  source_ranges = ["0.0.0.0/0"]
}
`

const azureRule = (protocol: string): string => `resource "azurerm_network_security_rule" "postgres" {
  name                        = "allow-postgres"
  priority                    = 100
  direction                   = "Inbound"
  access                      = "Allow"
  protocol                    = "${protocol}"
  source_port_range           = "*"
  destination_port_range      = "5432"
  source_address_prefix       = "*"
  destination_address_prefix  = "*"
  resource_group_name         = azurerm_resource_group.main.name
  network_security_group_name = azurerm_network_security_group.db.name
}
`

describe('UDP-only rules are not database exposure', () => {
  it.each([
    ['AWS', 'infra/aws/security.tf', awsRule],
    ['GCP', 'infra/gcp/firewall.tf', gcpRule],
    ['Azure', 'infra/azure/nsg.tf', azureRule]
  ] as const)('%s', async (_cloud, path, rule) => {
    const udp = _cloud === 'Azure' ? 'Udp' : 'udp'
    const tcp = _cloud === 'Azure' ? 'Tcp' : 'tcp'
    expect(exposure(await scan(path, rule(udp)))).toEqual([])
    expect(exposure(await scan(path, rule(tcp)))).toEqual(['firewall-open-to-database-port block'])
  })
})

const cfn = (value: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  OrdersDb:
    Type: AWS::RDS::DBInstance
    DeletionPolicy: Snapshot
    Properties:
      Engine: postgres
      DBInstanceClass: db.t4g.medium
      PubliclyAccessible: ${value}
`

describe('CloudFormation booleans are YAML 1.1', () => {
  it.each(['true', 'True', 'Yes', 'yes', 'on', 'ON', 'y', '"true"', '1'])('PubliclyAccessible: %s is public', async (value) => {
    expect(exposure(await scan('cloudformation/orders-db.yaml', cfn(value)))).toEqual(['managed-database-public block'])
  })
  it.each(['false', 'No', 'off', 'n', '"Yes"', "'on'", '0'])('PubliclyAccessible: %s is not', async (value) => {
    expect(exposure(await scan('cloudformation/orders-db.yaml', cfn(value)))).toEqual([])
  })
})

describe('DB security groups and MSK', () => {
  it('aws_db_security_group open to 0.0.0.0/0', async () => {
    const tf = `resource "aws_db_security_group" "legacy" {
  name = "legacy-rds"

  ingress {
    cidr = "0.0.0.0/0"
  }
}

resource "aws_db_security_group" "office" {
  name = "office-rds"

  ingress {
    cidr = "203.0.113.0/24"
  }
}
`
    expect(exposure(await scan('infra/rds/security.tf', tf))).toEqual(['managed-database-public block'])
  })

  it('AWS::RDS::DBSecurityGroup open to 0.0.0.0/0', async () => {
    const template = `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  LegacyDbSecurityGroup:
    Type: AWS::RDS::DBSecurityGroup
    Properties:
      GroupDescription: legacy access
      DBSecurityGroupIngress:
        - CIDRIP: 0.0.0.0/0
        - CIDRIP: 10.0.0.0/8
`
    expect(exposure(await scan('cloudformation/legacy-db.yaml', template))).toEqual(['managed-database-public block'])
  })

  it('a list property written as one map (AWS\'s own example) is a list of one', async () => {
    const template = (cidr: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  DbSecurityByCIDRIPGroup:
    Type: AWS::RDS::DBSecurityGroup
    Properties:
      GroupDescription: Ingress for CIDRIP
      DBSecurityGroupIngress:
        CIDRIP: "${cidr}"
  CacheSecurityGroup:
    Type: AWS::EC2::SecurityGroup
    Properties:
      GroupDescription: redis
      SecurityGroupIngress:
        IpProtocol: tcp
        FromPort: 6379
        ToPort: 6379
        CidrIp: ${cidr}
`
    expect(exposure(await scan('cloudformation/legacy-db.yaml', template('0.0.0.0/0')))).toEqual(['managed-database-public block', 'firewall-open-to-database-port block'])
    expect(exposure(await scan('cloudformation/legacy-db.yaml', template('192.168.0.0/32')))).toEqual([])
  })

  it('MSK public access', async () => {
    const tf = `resource "aws_msk_cluster" "events" {
  cluster_name           = "events"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.public_subnets
    security_groups = [aws_security_group.msk.id]

    connectivity_info {
      public_access {
        type = "SERVICE_PROVIDED_EIPS"
      }
    }
  }
}

resource "aws_msk_cluster" "internal" {
  cluster_name           = "internal"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 3

  broker_node_group_info {
    instance_type   = "kafka.m5.large"
    client_subnets  = var.private_subnets
    security_groups = [aws_security_group.msk.id]

    connectivity_info {
      public_access {
        type = "DISABLED"
      }
    }
  }
}
`
    expect(exposure(await scan('infra/msk/main.tf', tf))).toEqual(['managed-database-public block'])
  })

  it('AWS::MSK::Cluster public access', async () => {
    const template = (type: string): string => `AWSTemplateFormatVersion: "2010-09-09"
Resources:
  Events:
    Type: AWS::MSK::Cluster
    Properties:
      ClusterName: events
      KafkaVersion: 3.6.0
      NumberOfBrokerNodes: 3
      BrokerNodeGroupInfo:
        InstanceType: kafka.m5.large
        ClientSubnets: [subnet-1, subnet-2, subnet-3]
        ConnectivityInfo:
          PublicAccess:
            Type: ${type}
`
    expect(exposure(await scan('cloudformation/msk.yaml', template('SERVICE_PROVIDED_EIPS')))).toEqual(['managed-database-public block'])
    expect(exposure(await scan('cloudformation/msk.yaml', template('DISABLED')))).toEqual([])
  })
})

describe('a wide port range names the databases it covers', () => {
  it('8080-8090 covers InfluxDB', async () => {
    const tf = `resource "aws_security_group" "apps" {
  name   = "apps"
  vpc_id = var.vpc_id

  ingress {
    from_port   = 8080
    to_port     = 8090
    protocol    = "tcp"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`
    const findings = (await scan('infra/apps/security.tf', tf)).filter((f) => f.ruleId.startsWith('public-exposure/'))
    expect(findings.map((f) => f.ruleId)).toEqual(['public-exposure/firewall-open-to-database-port'])
    expect(findings[0]!.message).toMatch(/8086 InfluxDB/)
  })
})
