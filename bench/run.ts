/**
 * `npm run bench`: every suite in bench/suites, in name order; each prints figures beside a
 * baseline measured in the same run. Nothing here passes or fails.
 */
import { readdirSync } from 'node:fs'
import { join } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'

async function main(): Promise<void> {
  console.log(`党建助手 benchmarks — ${new Date().toISOString()}, Node ${process.version}`)
  await buildFunctions({ quiet: true })
  const only = process.argv.slice(2)
  const suites = readdirSync(join(__dirname, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
  for (const file of suites) {
    const suite = (await import(join(__dirname, 'suites', file))) as { default: () => Promise<void> }
    await suite.default()
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
