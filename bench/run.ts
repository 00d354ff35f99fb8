/**
 * `npm run bench`: every suite in bench/suites, in name order; each prints figures beside a
 * baseline measured in the same run. Nothing here passes or fails.
 *
 *   npm run bench -- roster              only the suites whose file name contains "roster"
 *   npm run bench -- --json              also write every figure to bench/results.json
 *   npm run bench -- --json=run-a.json   … or to another file
 *   npm run bench -- --compare A.json B.json   two recorded runs side by side, B ÷ A per figure
 */
import { readdirSync, writeFileSync } from 'node:fs'
import { join, relative, resolve } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { compare } from './compare'
import { machine, results, setSuite } from './figures'

async function main(): Promise<void> {
  const args = process.argv.slice(2)
  if (args[0] === '--compare') {
    if (args.length !== 3) throw new Error('usage: npm run bench -- --compare A.json B.json')
    compare(args[1], args[2])
    return
  }
  const json = args.find((a) => a === '--json' || a.startsWith('--json='))
  const jsonPath =
    json === undefined ? null : resolve(json === '--json' ? join(__dirname, 'results.json') : json.slice(7))
  const only = args.filter((a) => !a.startsWith('--'))

  const startedAt = new Date()
  const atStart = machine()
  console.log(`党建助手 benchmarks — ${startedAt.toISOString()}, Node ${process.version}`)
  console.log(`  ${atStart.cores} × ${atStart.cpu}, ${atStart.memoryGiB} GiB, load ${atStart.loadAtStart.join(' ')}`)
  await buildFunctions({ quiet: true })
  const suites = readdirSync(join(__dirname, 'suites'))
    .filter((f) => f.endsWith('.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
  for (const file of suites) {
    setSuite(file.replace(/^\d+-/, '').replace(/\.ts$/, ''))
    const suite = (await import(join(__dirname, 'suites', file))) as { default: () => Promise<void> }
    await suite.default()
  }
  if (jsonPath) {
    writeFileSync(jsonPath, JSON.stringify(results(startedAt, atStart), null, 2) + '\n')
    const shown = relative(process.cwd(), jsonPath)
    console.log(`\nEvery figure written to ${shown.startsWith('..') ? jsonPath : shown}`)
  }
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
