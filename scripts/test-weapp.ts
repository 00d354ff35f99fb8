/**
 * `npm run test:weapp`: the weapp build (dist/, from `npm run build:weapp`) run in a WeChat logic
 * layer in Node (tests/weapp/host.ts) against a fresh local cloud (temporary data folder, demo
 * bureau, the clock at TEST_NOW): every page of app.json as its user, then the journeys in
 * tests/weapp/*.journey.ts with node --test.
 *
 *   npm run test:weapp                 every journey
 *   npm run test:weapp -- signin       only the journey files whose name contains "signin"
 */
import { spawn } from 'node:child_process'
import { existsSync, readdirSync, statSync } from 'node:fs'
import { join, resolve } from 'node:path'
import { buildFunctions } from './build-functions'
import { describeInstant, resolveTestNow } from './test-now'
import { startTestCloud } from '../tests/weapp/cloud'

const root = resolve(__dirname, '..')
const dist = join(root, 'dist')
const journeysDir = join(root, 'tests', 'weapp')

async function main(): Promise<number> {
  if (!existsSync(join(dist, 'app.json')) || !existsSync(join(dist, 'app.js'))) {
    console.error('没有找到小程序构建 dist/：先运行 npm run build:weapp')
    return 1
  }
  const started = Date.now()
  console.log(`dist/ built ${new Date(statSync(join(dist, 'app.js')).mtimeMs).toISOString()}`)
  await buildFunctions({ quiet: true })
  const now = resolveTestNow()
  const nowIso = new Date(now.instant).toISOString()
  console.log(`测试时间 TEST_NOW=${nowIso}（${now.source}）：${describeInstant(now.instant)}`)
  const cloud = await startTestCloud(now.instant)
  // Outside office hours the clock has moved to the live 主题党日 (tests/weapp/cloud.ts): the
  // journeys and the phone read that instant.
  if (Math.abs(cloud.now - now.instant) > 60_000)
    console.log(`活动在办公时间：云端时间调到 ${describeInstant(cloud.now)}`)
  const runNow = new Date(cloud.now).toISOString()
  const only = process.argv.slice(2)
  const journeys = readdirSync(journeysDir)
    .filter((f) => f.endsWith('.journey.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .sort()
    .map((f) => join(journeysDir, f))
  try {
    return await new Promise<number>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...journeys], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, WEAPP_CLOUD_URL: cloud.url, TEST_NOW: runNow },
      })
      child.on('exit', (code) => done(code ?? 1))
    })
  } finally {
    await cloud.close()
    console.log(`test:weapp took ${((Date.now() - started) / 1000).toFixed(1)} s`)
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
