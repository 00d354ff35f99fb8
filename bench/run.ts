/** `npm run bench`: figures, printed; nothing here passes or fails. */
import { join, resolve } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { packageSizes } from './package-size'
import { requireTimes } from './require-time'
import { rosterBench } from './roster'

const root = resolve(__dirname, '..')

async function main(): Promise<void> {
  console.log(`党建助手 benchmarks — ${new Date().toISOString()}, Node ${process.version}`)
  await buildFunctions({ quiet: true })
  packageSizes(join(root, 'dist'))
  requireTimes(root)
  await rosterBench()
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
