/**
 * fast-xml-parser, loaded the first time an XML file is read (pom.xml, .csproj, NuGet files, Liquibase XML
 * changelogs, Maven metadata) rather than at start-up. Callers await `loadXml()` before the synchronous accessors.
 */
type FastXml = typeof import('fast-xml-parser')

let xml: FastXml | undefined

export async function loadXml(): Promise<void> {
  if (xml !== undefined) return
  const loaded = (await import('fast-xml-parser')) as FastXml & { default?: FastXml }
  xml = loaded.XMLParser !== undefined ? loaded : loaded.default!
}

function loadedXml(): FastXml {
  if (xml === undefined) throw new Error('the XML parser was not loaded before reading')
  return xml
}

export const XMLParserClass = (): FastXml['XMLParser'] => loadedXml().XMLParser
export const XMLValidator = { validate: (text: string): ReturnType<FastXml['XMLValidator']['validate']> => loadedXml().XMLValidator.validate(text) }
