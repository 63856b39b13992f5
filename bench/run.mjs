// Runs every bench/*.bench.mjs in turn (or only those whose name contains an argument: `npm run bench -- sql`).
// A benchmark module exports `run()`; it prints its own figures and throws when a correctness check fails.
import { readdirSync } from 'node:fs'
import { fileURLToPath, pathToFileURL } from 'node:url'

const dir = fileURLToPath(new URL('.', import.meta.url))
const filters = process.argv.slice(2)
const benches = readdirSync(dir)
  .filter((name) => name.endsWith('.bench.mjs'))
  .filter((name) => filters.length === 0 || filters.some((f) => name.includes(f)))
  .sort()

if (benches.length === 0) {
  console.error(`no benchmark matches ${filters.join(', ')}`)
  process.exit(2)
}

const failed = []
for (const name of benches) {
  console.log(`\n=== ${name} ===`)
  const started = performance.now()
  try {
    const mod = await import(pathToFileURL(`${dir}${name}`).href)
    if (typeof mod.run !== 'function') throw new Error(`${name} exports no run()`)
    await mod.run()
  } catch (error) {
    failed.push(name)
    console.error(`${name} failed: ${error instanceof Error ? error.message : String(error)}`)
  }
  console.log(`--- ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`)
}

if (failed.length > 0) {
  console.error(`\n${failed.length} benchmark(s) failed: ${failed.join(', ')}`)
  process.exit(1)
}
