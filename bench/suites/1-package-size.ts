/**
 * Size of the weapp build: the main package (what every member downloads) and each
 * subpackage, beside a Taro 4 React hello-world (~300 KB, TOOLCHAIN.md) and WeChat's 2 MB cap.
 */
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { kb, table } from '../stats'

const HELLO_WORLD = 300 * 1024
const SUBPACKAGES = ['packageSecretary', 'packageAdmin']

function folderSize(dir: string): number {
  let total = 0
  for (const entry of readdirSync(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name)
    total += entry.isDirectory() ? folderSize(path) : statSync(path).size
  }
  return total
}

export default async function packageSizes(): Promise<void> {
  const dist = resolve(__dirname, '../../dist')
  console.log('\n小程序包体积（weapp dist/）')
  if (!existsSync(join(dist, 'app.json'))) {
    console.log('  dist/ 不存在：先运行 npm run build:weapp')
    return
  }
  const total = folderSize(dist)
  const subs = SUBPACKAGES.filter((s) => existsSync(join(dist, s))).map((s) => [s, folderSize(join(dist, s))] as const)
  const projectConfig = existsSync(join(dist, 'project.config.json'))
    ? statSync(join(dist, 'project.config.json')).size
    : 0
  const main = total - subs.reduce((sum, [, size]) => sum + size, 0) - projectConfig
  table([
    ['package', 'size', 'vs hello-world 300 KB', 'vs 2 MB cap'],
    ['main', kb(main), `${(main / HELLO_WORLD).toFixed(2)}×`, `${((main / (2048 * 1024)) * 100).toFixed(0)}%`],
    ...subs.map(([name, size]) => [name, kb(size), '', `${((size / (2048 * 1024)) * 100).toFixed(0)}%`]),
  ])
}
