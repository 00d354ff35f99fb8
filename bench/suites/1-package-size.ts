/**
 * Size of the weapp build: the main package (what every member downloads) and each subpackage,
 * beside a Taro hello-world built with the same toolchain (bench/hello-world.ts) and WeChat's
 * 2 MB cap per package. dist/ is rebuilt first when it is missing, a development build or older
 * than the sources, so that the figure is of this tree.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { record } from '../figures'
import { helloWorld, taroBuildWeapp } from '../hello-world'
import { table } from '../stats'
import { PACKAGE_CAP, hasWeappBuild, weappSize } from '../weapp-size'

const root = resolve(__dirname, '../..')
const SOURCES = ['src', 'core', 'config', 'package.json', 'package-lock.json', 'babel.config.js', 'tsconfig.json']

function newest(path: string): number {
  if (!existsSync(path)) return 0
  const stat = statSync(path)
  if (!stat.isDirectory()) return stat.mtimeMs
  return Math.max(stat.mtimeMs, ...readdirSync(path).map((name) => newest(join(path, name))))
}

function hasSourceMaps(dir: string): boolean {
  return readdirSync(dir, { withFileTypes: true }).some((e) =>
    e.isDirectory() ? hasSourceMaps(join(dir, e.name)) : e.name.endsWith('.map'),
  )
}

/** Why dist/ cannot be measured as it is, or null when it is a production build of these sources. */
function staleness(dist: string): string | null {
  if (!hasWeappBuild(dist)) return 'is missing'
  if (hasSourceMaps(dist)) return 'is a development build'
  const built = statSync(join(dist, 'app.json')).mtimeMs
  const changed = Math.max(...SOURCES.map((s) => newest(join(root, s))))
  return changed > built ? 'is older than the sources' : null
}

const bytes = (n: number) => `${n.toLocaleString('en-US')} B`
const kib = (n: number) => `${(n / 1024).toFixed(1)} KiB`
const ofCap = (n: number) => `${((n / PACKAGE_CAP) * 100).toFixed(1)}%`

export default async function packageSizes(): Promise<void> {
  console.log('\n小程序包体积（weapp；基准：同一工具链当场构建的 Taro hello-world；上限每包 2 MB）')
  const dist = join(root, 'dist')
  const stale = staleness(dist)
  if (stale) {
    console.log(`  dist/ ${stale}: building it (taro build --type weapp)…`)
    taroBuildWeapp(root)
  }
  const hello = helloWorld()
  const app = weappSize(dist)
  console.log(
    `  hello-world: ${hello.cached ? 'cached, ' : ''}built ${hello.builtAt} in ${hello.buildSeconds} s with toolchain ${hello.toolchain}`,
  )
  record('hello-world main package', hello.main, 'B')
  record('main package', app.main, 'B', 'hello-world main package')
  for (const sub of app.subpackages) record(sub.root, sub.bytes, 'B')
  table([
    ['package', 'bytes', 'KiB', '÷ hello-world', 'beyond hello-world', 'of 2 MB cap'],
    ['hello-world (baseline)', bytes(hello.main), kib(hello.main), '1.00×', '', ofCap(hello.main)],
    [
      'main',
      bytes(app.main),
      kib(app.main),
      `${(app.main / hello.main).toFixed(2)}×`,
      `+${kib(app.main - hello.main)}`,
      ofCap(app.main),
    ],
    ...app.subpackages.map((s) => [s.root, bytes(s.bytes), kib(s.bytes), '', '', ofCap(s.bytes)]),
  ])
}
