/**
 * Terraform: managed databases with a public endpoint, firewalls opening database ports to the internet, database
 * firewall rules and access lists, `docker_container` resources. Realistic files at realistic paths.
 */
import { describe, expect, it } from '@jest/globals'
import { exposureAnalyzers } from '../../src/analyzers/exposure/index.js'
import { infraAnalyzers } from '../../src/analyzers/infra/index.js'
import type { Finding } from '../../src/findings/finding.js'
import { scanFiles } from '../helpers/scan.js'

const analyzers = [...exposureAnalyzers, ...infraAnalyzers]
const exposure = (findings: Finding[]): string[] => findings.filter((f) => /^(public-exposure|unanalyzable)\//.test(f.ruleId)).map((f) => `${f.ruleId} ${f.severity}`)

const PUBLIC = 'public-exposure/managed-database-public'
const FIREWALL = 'public-exposure/firewall-open-to-database-port'
const PUBLISHED = 'public-exposure/database-port-published'

const rds = (extra: string): string => `resource "aws_db_instance" "orders" {
  identifier              = "orders-prod"
  engine                  = "postgres"
  engine_version          = "16.3"
  instance_class          = "db.r6g.large"
  allocated_storage       = 100
  username                = "orders"
  manage_master_user_password = true
  db_subnet_group_name    = aws_db_subnet_group.orders.name
  vpc_security_group_ids  = [aws_security_group.orders_db.id]
  backup_retention_period = 14
  deletion_protection     = true
${extra}
  tags = {
    Environment = "production"
  }
}
`

const sg = (ingress: string): string => `resource "aws_security_group" "orders_db" {
  name        = "orders-db"
  description = "Orders database"
  vpc_id      = var.vpc_id

  ingress {
${ingress.replace(/^/gm, '    ')}
  }

  egress {
    from_port   = 0
    to_port     = 0
    protocol    = "-1"
    cidr_blocks = ["0.0.0.0/0"]
  }
}
`

interface Case {
  name: string
  path?: string
  text: string
  expect: string[]
}

const cases: Case[] = [
  // Managed databases.
  { name: 'RDS publicly_accessible = true', text: rds('  publicly_accessible     = true'), expect: [`${PUBLIC} block`] },
  { name: 'RDS publicly_accessible = false', text: rds('  publicly_accessible     = false'), expect: [] },
  { name: 'RDS without publicly_accessible (private by default)', text: rds(''), expect: [] },
  {
    name: 'RDS publicly_accessible from a variable whose default is true',
    text: `variable "public" {\n  type    = bool\n  default = true\n}\n\n${rds('  publicly_accessible     = var.public')}`,
    expect: [`${PUBLIC} block`]
  },
  {
    name: 'RDS publicly_accessible from a variable defined elsewhere (unresolved: warning)',
    text: rds('  publicly_accessible     = var.db_public'),
    expect: [`${PUBLIC} warn`]
  },
  {
    name: 'RDS publicly_accessible from a conditional that can be true',
    text: rds('  publicly_accessible     = var.environment == "dev" ? true : false'),
    expect: [`${PUBLIC} warn`]
  },
  {
    name: 'RDS publicly_accessible from a local',
    text: `locals {\n  db = { public = true }\n}\n${rds('  publicly_accessible     = local.db.public')}`,
    expect: [`${PUBLIC} block`]
  },
  {
    name: 'Aurora cluster instance public',
    text: 'resource "aws_rds_cluster_instance" "writer" {\n  cluster_identifier  = aws_rds_cluster.main.id\n  instance_class      = "db.r6g.large"\n  engine              = aws_rds_cluster.main.engine\n  publicly_accessible = true\n}\n',
    expect: [`${PUBLIC} block`]
  },
  { name: 'Multi-AZ RDS cluster public', text: 'resource "aws_rds_cluster" "maz" {\n  cluster_identifier        = "maz"\n  engine                    = "postgres"\n  db_cluster_instance_class = "db.r6gd.large"\n  publicly_accessible       = true\n  deletion_protection       = true\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'DMS replication instance public', text: 'resource "aws_dms_replication_instance" "migrate" {\n  replication_instance_class = "dms.t3.medium"\n  replication_instance_id    = "migrate"\n  publicly_accessible        = true\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'Neptune instance public', text: 'resource "aws_neptune_cluster_instance" "graph" {\n  cluster_identifier  = aws_neptune_cluster.graph.id\n  instance_class      = "db.r5.large"\n  publicly_accessible = true\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'Amazon MQ broker public', text: 'resource "aws_mq_broker" "events" {\n  broker_name        = "events"\n  engine_type        = "RabbitMQ"\n  engine_version     = "3.11.20"\n  host_instance_type = "mq.t3.micro"\n  publicly_accessible = true\n  user {\n    username = "app"\n    password = var.mq_password\n  }\n}\n', expect: [`${PUBLIC} block`] },
  {
    name: 'Redshift without publicly_accessible under AWS provider 5 (public by default)',
    text: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = "~> 5.40"\n    }\n  }\n}\n\nresource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n  master_username    = "dwadmin"\n  manage_master_password = true\n}\n',
    expect: [`${PUBLIC} block`]
  },
  {
    name: 'Redshift without publicly_accessible under AWS provider 6 (private by default)',
    text: 'terraform {\n  required_providers {\n    aws = {\n      source  = "hashicorp/aws"\n      version = ">= 6.0"\n    }\n  }\n}\n\nresource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n}\n',
    expect: []
  },
  { name: 'Redshift without publicly_accessible, provider version not in this file', text: 'resource "aws_redshift_cluster" "dw" {\n  cluster_identifier = "dw"\n  node_type          = "ra3.xlplus"\n}\n', expect: [`${PUBLIC} warn`] },
  {
    name: 'Cloud SQL with a public IP and 0.0.0.0/0 authorized',
    path: 'gcp/sql.tf',
    text: 'resource "google_sql_database_instance" "main" {\n  name             = "main-pg"\n  database_version = "POSTGRES_15"\n  region           = "europe-west1"\n\n  settings {\n    tier = "db-custom-2-7680"\n    ip_configuration {\n      ipv4_enabled = true\n      authorized_networks {\n        name  = "everyone"\n        value = "0.0.0.0/0"\n      }\n    }\n  }\n}\n',
    expect: [`${PUBLIC} block`]
  },
  {
    name: 'Cloud SQL default public IP with a dynamic authorized network (unresolved)',
    path: 'gcp/sql.tf',
    text: 'resource "google_sql_database_instance" "main" {\n  name             = "main-pg"\n  database_version = "POSTGRES_15"\n  settings {\n    tier = "db-f1-micro"\n    ip_configuration {\n      dynamic "authorized_networks" {\n        for_each = var.allowed\n        content {\n          value = authorized_networks.value\n        }\n      }\n    }\n  }\n}\n',
    expect: [`${PUBLIC} warn`]
  },
  {
    name: 'Cloud SQL with a private IP only (near miss)',
    path: 'gcp/sql.tf',
    text: 'resource "google_sql_database_instance" "main" {\n  name             = "main-pg"\n  database_version = "POSTGRES_15"\n  settings {\n    tier = "db-f1-micro"\n    ip_configuration {\n      ipv4_enabled    = false\n      private_network = google_compute_network.vpc.id\n      authorized_networks {\n        value = "0.0.0.0/0"\n      }\n    }\n  }\n}\n',
    expect: []
  },
  {
    name: 'Cloud SQL public IP with an office /32 (near miss)',
    path: 'gcp/sql.tf',
    text: 'resource "google_sql_database_instance" "main" {\n  database_version = "MYSQL_8_0"\n  settings {\n    tier = "db-f1-micro"\n    ip_configuration {\n      authorized_networks {\n        name  = "office"\n        value = "198.51.100.7/32"\n      }\n    }\n  }\n}\n',
    expect: []
  },
  { name: 'Azure PostgreSQL firewall rule covering the internet', path: 'azure/db.tf', text: 'resource "azurerm_postgresql_flexible_server_firewall_rule" "all" {\n  name             = "allow-all"\n  server_id        = azurerm_postgresql_flexible_server.main.id\n  start_ip_address = "0.0.0.0"\n  end_ip_address   = "255.255.255.255"\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'Azure SQL firewall rule 0.0.0.1-255.255.255.254 (exact-match tools miss it)', path: 'azure/db.tf', text: 'resource "azurerm_mssql_firewall_rule" "wide" {\n  name             = "wide"\n  server_id        = azurerm_mssql_server.main.id\n  start_ip_address = "0.0.0.1"\n  end_ip_address   = "255.255.255.254"\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'Azure "Allow Azure services" (0.0.0.0-0.0.0.0)', path: 'azure/db.tf', text: 'resource "azurerm_mssql_firewall_rule" "azure" {\n  name             = "AllowAzureServices"\n  server_id        = azurerm_mssql_server.main.id\n  start_ip_address = "0.0.0.0"\n  end_ip_address   = "0.0.0.0"\n}\n', expect: [`${PUBLIC} warn`] },
  { name: 'Azure firewall rule for one office address (near miss)', path: 'azure/db.tf', text: 'resource "azurerm_mysql_flexible_server_firewall_rule" "office" {\n  name                = "office"\n  resource_group_name = azurerm_resource_group.main.name\n  server_name         = azurerm_mysql_flexible_server.main.name\n  start_ip_address    = "198.51.100.7"\n  end_ip_address      = "198.51.100.7"\n}\n', expect: [] },
  { name: 'Azure flexible server without public network access (near miss)', path: 'azure/db.tf', text: 'resource "azurerm_mysql_flexible_server" "main" {\n  name                          = "main-mysql"\n  resource_group_name           = "rg"\n  public_network_access_enabled = false\n  delegated_subnet_id           = azurerm_subnet.db.id\n}\n', expect: [] },
  { name: 'Azure flexible server with public network access', path: 'azure/db.tf', text: 'resource "azurerm_postgresql_flexible_server" "main" {\n  name                          = "main-pg"\n  resource_group_name           = azurerm_resource_group.main.name\n  location                      = "westeurope"\n  version                       = "16"\n  public_network_access_enabled = true\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'MongoDB Atlas access list open to the world', path: 'atlas/main.tf', text: 'resource "mongodbatlas_project_ip_access_list" "anywhere" {\n  project_id = mongodbatlas_project.prod.id\n  cidr_block = "0.0.0.0/0"\n  comment    = "temporary"\n}\n', expect: [`${PUBLIC} block`] },
  { name: 'OpenSearch domain without a VPC', text: 'resource "aws_opensearch_domain" "logs" {\n  domain_name    = "logs"\n  engine_version = "OpenSearch_2.11"\n  cluster_config {\n    instance_type = "r6g.large.search"\n  }\n}\n', expect: [`${PUBLIC} block`] },
  {
    name: 'OpenSearch domain without a VPC and an open access policy',
    text: 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n  access_policies = <<POLICY\n{\n  "Version": "2012-10-17",\n  "Statement": [{ "Effect": "Allow", "Principal": { "AWS": "*" }, "Action": "es:*", "Resource": "*" }]\n}\nPOLICY\n}\n',
    expect: [`${PUBLIC} block`]
  },
  { name: 'OpenSearch domain inside a VPC (near miss)', text: 'resource "aws_opensearch_domain" "logs" {\n  domain_name = "logs"\n  vpc_options {\n    subnet_ids         = var.private_subnets\n    security_group_ids = [aws_security_group.search.id]\n  }\n}\n', expect: [] },
  { name: 'module input publicly_accessible = true (terraform-aws-modules/rds)', path: 'envs/prod/db.tf', text: 'module "db" {\n  source  = "terraform-aws-modules/rds/aws"\n  version = "~> 6.5"\n\n  identifier          = "orders"\n  engine              = "postgres"\n  publicly_accessible = true\n  deletion_protection = true\n}\n', expect: [`${PUBLIC} block`] },
  {
    name: 'module input ip_configuration with 0.0.0.0/0 (terraform-google-modules/sql-db)',
    path: 'envs/prod/sql.tf',
    text: 'module "pg" {\n  source           = "GoogleCloudPlatform/sql-db/google//modules/postgresql"\n  name             = "orders"\n  database_version = "POSTGRES_15"\n  ip_configuration = {\n    ipv4_enabled        = true\n    authorized_networks = [{ name = "all", value = "0.0.0.0/0" }]\n  }\n}\n',
    expect: [`${PUBLIC} block`]
  },

  // Firewalls.
  { name: 'security group: 5432 from 0.0.0.0/0', text: sg('description = "Postgres"\nfrom_port   = 5432\nto_port     = 5432\nprotocol    = "tcp"\ncidr_blocks = ["0.0.0.0/0"]'), expect: [`${FIREWALL} block`] },
  { name: 'security group: 27017 from ::/0', text: sg('from_port        = 27017\nto_port          = 27017\nprotocol         = "tcp"\nipv6_cidr_blocks = ["::/0"]'), expect: [`${FIREWALL} block`] },
  { name: 'security group: all ports (-1) from 0.0.0.0/0', text: sg('from_port   = 0\nto_port     = 0\nprotocol    = "-1"\ncidr_blocks = ["0.0.0.0/0"]'), expect: [`${FIREWALL} block`] },
  { name: 'security group: a range 6000-7000 containing Redis', text: sg('from_port   = 6000\nto_port     = 7000\nprotocol    = "tcp"\ncidr_blocks = ["0.0.0.0/0"]'), expect: [`${FIREWALL} block`] },
  { name: 'security group: a public /6 is the internet too', text: sg('from_port   = 3306\nto_port     = 3306\nprotocol    = "tcp"\ncidr_blocks = ["0.0.0.0/1", "128.0.0.0/1"]'), expect: [`${FIREWALL} block`, `${FIREWALL} block`] },
  { name: 'security group: 5432 from the VPC (near miss)', text: sg('from_port   = 5432\nto_port     = 5432\nprotocol    = "tcp"\ncidr_blocks = ["10.0.0.0/16"]'), expect: [] },
  { name: 'security group: 5432 from one /32 (near miss)', text: sg('from_port   = 5432\nto_port     = 5432\nprotocol    = "tcp"\ncidr_blocks = ["203.0.113.4/32"]'), expect: [] },
  { name: 'security group: 443 from 0.0.0.0/0 (near miss)', text: sg('from_port   = 443\nto_port     = 443\nprotocol    = "tcp"\ncidr_blocks = ["0.0.0.0/0"]'), expect: [] },
  { name: 'security group: 5432 from the app security group (near miss)', text: sg('from_port       = 5432\nto_port         = 5432\nprotocol        = "tcp"\nsecurity_groups = [aws_security_group.app.id]'), expect: [] },
  { name: 'security group: 5432 from a CIDR variable (unresolved: warning)', text: sg('from_port   = 5432\nto_port     = 5432\nprotocol    = "tcp"\ncidr_blocks = var.allowed_cidrs'), expect: [`${FIREWALL} warn`] },
  { name: 'aws_security_group_rule ingress 6379', text: 'resource "aws_security_group_rule" "redis_in" {\n  type              = "ingress"\n  from_port         = 6379\n  to_port           = 6379\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.cache.id\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'aws_security_group_rule egress (near miss)', text: 'resource "aws_security_group_rule" "out" {\n  type              = "egress"\n  from_port         = 5432\n  to_port           = 5432\n  protocol          = "tcp"\n  cidr_blocks       = ["0.0.0.0/0"]\n  security_group_id = aws_security_group.app.id\n}\n', expect: [] },
  { name: 'aws_vpc_security_group_ingress_rule with ip_protocol -1', text: 'resource "aws_vpc_security_group_ingress_rule" "all" {\n  security_group_id = aws_security_group.db.id\n  cidr_ipv4         = "0.0.0.0/0"\n  ip_protocol       = "-1"\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'aws_vpc_security_group_ingress_rule 9200', text: 'resource "aws_vpc_security_group_ingress_rule" "es" {\n  security_group_id = aws_security_group.search.id\n  cidr_ipv4         = "0.0.0.0/0"\n  from_port         = 9200\n  to_port           = 9200\n  ip_protocol       = "tcp"\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'network ACL rule allowing 1433 from anywhere', text: 'resource "aws_network_acl_rule" "mssql" {\n  network_acl_id = aws_network_acl.data.id\n  rule_number    = 100\n  egress         = false\n  protocol       = "tcp"\n  rule_action    = "allow"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 1433\n  to_port        = 1433\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'network ACL deny rule (near miss)', text: 'resource "aws_network_acl_rule" "deny" {\n  network_acl_id = aws_network_acl.data.id\n  rule_number    = 90\n  protocol       = "tcp"\n  rule_action    = "deny"\n  cidr_block     = "0.0.0.0/0"\n  from_port      = 27017\n  to_port        = 27017\n}\n', expect: [] },
  { name: 'GCP firewall opening 27017 to the internet (tagged)', path: 'gcp/firewall.tf', text: 'resource "google_compute_firewall" "mongo" {\n  name    = "allow-mongo"\n  network = google_compute_network.vpc.name\n  allow {\n    protocol = "tcp"\n    ports    = ["27017"]\n  }\n  source_ranges = ["0.0.0.0/0"]\n  target_tags   = ["mongo"]\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'GCP firewall with a port range', path: 'gcp/firewall.tf', text: 'resource "google_compute_firewall" "db" {\n  name    = "allow-db"\n  network = "default"\n  allow {\n    protocol = "tcp"\n    ports    = ["5000-5500", "22"]\n  }\n  source_ranges = ["0.0.0.0/0"]\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'GCP firewall without any source (GCP applies it to 0.0.0.0/0)', path: 'gcp/firewall.tf', text: 'resource "google_compute_firewall" "redis" {\n  name    = "allow-redis"\n  network = "default"\n  allow {\n    protocol = "tcp"\n    ports    = ["6379"]\n  }\n  target_tags = ["redis"]\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'GCP firewall from source tags only (near miss)', path: 'gcp/firewall.tf', text: 'resource "google_compute_firewall" "redis" {\n  name        = "allow-redis"\n  network     = "default"\n  allow {\n    protocol = "tcp"\n    ports    = ["6379"]\n  }\n  source_tags = ["app"]\n}\n', expect: [] },
  { name: 'GCP firewall from the VPC range (near miss)', path: 'gcp/firewall.tf', text: 'resource "google_compute_firewall" "mongo" {\n  name    = "allow-mongo"\n  network = google_compute_network.vpc.name\n  allow {\n    protocol = "tcp"\n    ports    = ["27017"]\n  }\n  source_ranges = ["10.128.0.0/9"]\n}\n', expect: [] },
  { name: 'Azure NSG rule opening 3306 to Internet', path: 'azure/nsg.tf', text: 'resource "azurerm_network_security_rule" "mysql" {\n  name                        = "mysql"\n  priority                    = 100\n  direction                   = "Inbound"\n  access                      = "Allow"\n  protocol                    = "Tcp"\n  source_port_range           = "*"\n  destination_port_range      = "3306"\n  source_address_prefix       = "Internet"\n  destination_address_prefix  = "*"\n  resource_group_name         = azurerm_resource_group.main.name\n  network_security_group_name = azurerm_network_security_group.db.name\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'Azure NSG inline rule with any source and all ports', path: 'azure/nsg.tf', text: 'resource "azurerm_network_security_group" "db" {\n  name                = "db"\n  location            = "westeurope"\n  resource_group_name = "rg"\n  security_rule {\n    name                       = "any"\n    priority                   = 100\n    direction                  = "Inbound"\n    access                     = "Allow"\n    protocol                   = "*"\n    source_port_range          = "*"\n    destination_port_range     = "*"\n    source_address_prefix      = "*"\n    destination_address_prefix = "*"\n  }\n}\n', expect: [`${FIREWALL} block`] },
  { name: 'Azure NSG rule from the virtual network (near miss)', path: 'azure/nsg.tf', text: 'resource "azurerm_network_security_rule" "pg" {\n  name                       = "pg"\n  priority                   = 100\n  direction                  = "Inbound"\n  access                     = "Allow"\n  protocol                   = "Tcp"\n  source_port_range          = "*"\n  destination_port_range     = "5432"\n  source_address_prefix      = "VirtualNetwork"\n  destination_address_prefix = "*"\n}\n', expect: [] },
  {
    name: 'security-group module with named database rules open to the world',
    path: 'envs/prod/sg.tf',
    text: 'module "db_sg" {\n  source  = "terraform-aws-modules/security-group/aws"\n  version = "~> 5.1"\n  name    = "db"\n  vpc_id  = module.vpc.vpc_id\n\n  ingress_cidr_blocks = ["0.0.0.0/0"]\n  ingress_rules       = ["https-443-tcp", "postgresql-tcp"]\n}\n',
    expect: [`${FIREWALL} block`]
  },
  {
    name: 'security-group module with an ingress_with_cidr_blocks entry',
    path: 'envs/prod/sg.tf',
    text: 'module "cache_sg" {\n  source = "terraform-aws-modules/security-group/aws"\n  name   = "cache"\n  ingress_with_cidr_blocks = [\n    {\n      from_port   = 6379\n      to_port     = 6379\n      protocol    = "tcp"\n      cidr_blocks = "0.0.0.0/0"\n    },\n  ]\n}\n',
    expect: [`${FIREWALL} block`]
  },

  // docker_container (kreuzwerker/docker).
  {
    name: 'docker_container publishing mongo on 0.0.0.0 (default ip)',
    path: 'docker/main.tf',
    text: 'resource "docker_image" "mongo" {\n  name = "mongo:4.4"\n}\n\nresource "docker_container" "mongo" {\n  name  = "mongo"\n  image = docker_image.mongo.image_id\n  ports {\n    internal = 27017\n    external = 27017\n  }\n}\n',
    expect: [`${PUBLISHED} block`]
  },
  {
    name: 'docker_container bound to 127.0.0.1 (near miss)',
    path: 'docker/main.tf',
    text: 'resource "docker_container" "redis" {\n  name  = "redis"\n  image = "redis:7"\n  ports {\n    internal = 6379\n    external = 6379\n    ip       = "127.0.0.1"\n  }\n}\n',
    expect: []
  },
  {
    name: 'docker_container postgres with a password from a variable',
    path: 'docker/main.tf',
    text: 'resource "docker_container" "pg" {\n  name  = "pg"\n  image = "postgres:16"\n  env   = ["POSTGRES_PASSWORD=${var.pg_password}"]\n  ports {\n    internal = 5432\n    external = 5432\n  }\n}\n',
    expect: [`${PUBLISHED} warn`]
  },

  // helm_release of database charts.
  {
    name: 'helm_release of bitnami/redis with auth off and a LoadBalancer',
    path: 'k8s/releases.tf',
    text: 'resource "helm_release" "cache" {\n  name       = "cache"\n  repository = "oci://registry-1.docker.io/bitnamicharts"\n  chart      = "redis"\n  version    = "19.0.2"\n\n  set {\n    name  = "auth.enabled"\n    value = "false"\n  }\n  set {\n    name  = "master.service.type"\n    value = "LoadBalancer"\n  }\n}\n',
    expect: ['public-exposure/kubernetes-service-exposes-database block']
  },
  {
    name: 'helm_release of a postgresql chart with the default values (near miss)',
    path: 'k8s/releases.tf',
    text: 'resource "helm_release" "db" {\n  name       = "db"\n  repository = "https://charts.bitnami.com/bitnami"\n  chart      = "postgresql"\n  set {\n    name  = "primary.persistence.size"\n    value = "50Gi"\n  }\n}\n',
    expect: []
  },

  // Fail closed, once.
  { name: 'a .tf file that does not parse', text: 'resource "aws_db_instance" "x" {\n  publicly_accessible = = true\n}\n', expect: ['unanalyzable/parse-error block'] }
]

describe('Terraform exposure', () => {
  it.each(cases.map((c) => [c.name, c] as const))('%s', async (_name, c) => {
    expect(exposure(await scanFiles({ [c.path ?? 'infra/main.tf']: c.text }, { analyzers }))).toEqual(c.expect)
  })

  it('points at the attribute, names the resource, and says what is unresolved', async () => {
    const [explicit] = await scanFiles({ 'infra/rds.tf': rds('  publicly_accessible     = true') }, { analyzers })
    expect(explicit).toMatchObject({ ruleId: PUBLIC, line: 13, evidence: 'publicly_accessible     = true' })
    expect(explicit!.message).toContain('aws_db_instance.orders')
    const [unresolved] = (await scanFiles({ 'infra/rds.tf': rds('  publicly_accessible     = var.db_public') }, { analyzers })).filter((f) => f.ruleId === PUBLIC)
    expect(unresolved!.message).toContain('`var.db_public` is declared in another file')
  })

  it('fingerprints by resource address, not line: an edit above does not make it new', async () => {
    const a = (await scanFiles({ 'infra/rds.tf': rds('  publicly_accessible     = true') }, { analyzers })).find((f) => f.ruleId === PUBLIC)!
    const b = (await scanFiles({ 'infra/rds.tf': `# comment\n\n${rds('  publicly_accessible     = true')}` }, { analyzers })).find((f) => f.ruleId === PUBLIC)!
    expect(b.line).toBe(a.line + 2)
    expect(b.fingerprint).toBe(a.fingerprint)
  })
})
