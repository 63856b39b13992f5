/**
 * One package's versions from its ecosystem's registry: the dispatch both the online version source (during a scan)
 * and `prodguard data refresh` (building the bundled table) go through, so a registry added here serves both.
 */
import type { Lookup } from '../../analyzers/dependencies/version-lookup.js'
import type { NpmConfig } from './npmrc.js'
import { lookupCrates, lookupGo, lookupNpm, lookupPypi, lookupRubygems, type RegistryBases } from './registries.js'
import { lookupMaven, lookupPackagist } from './more-registries.js'
import { lookupNuget } from './nuget.js'
import type { RegistryClient } from './registry-client.js'

/** The ecosystems whose packages live in a package registry (images are looked up by registry host instead). */
export type PackageEcosystem = 'npm' | 'pypi' | 'go' | 'maven' | 'nuget' | 'rubygems' | 'cargo' | 'composer'

export type PackageBases = Pick<RegistryBases, 'pypi' | 'go' | 'rubygems' | 'cargo' | 'maven' | 'mavenSearch' | 'packagist' | 'nuget'>

export function lookupPackage(client: RegistryClient, npm: NpmConfig, bases: PackageBases, ecosystem: PackageEcosystem, name: string): Promise<Lookup> {
  switch (ecosystem) {
    case 'npm':
      return lookupNpm(client, npm, name)
    case 'pypi':
      return lookupPypi(client, bases.pypi, name)
    case 'go':
      return lookupGo(client, bases.go, name)
    case 'rubygems':
      return lookupRubygems(client, bases.rubygems, name)
    case 'cargo':
      return lookupCrates(client, bases.cargo, name)
    case 'maven':
      return lookupMaven(client, bases.maven, bases.mavenSearch, name)
    case 'composer':
      return lookupPackagist(client, bases.packagist, name)
    case 'nuget':
      return lookupNuget(client, bases.nuget, name)
  }
}
