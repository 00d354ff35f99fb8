/**
 * `npm run e2e`: builds the H5 app, starts a fresh local cloud serving it (temporary data
 * folder, demo bureau), runs every journey in e2e/journeys with Debian's Chromium, stops.
 * Screenshots of each journey land in e2e/screenshots/.
 *
 * The run happens at TEST_NOW (scripts/test-now.ts; `real` for today): the cloud's clock starts
 * there, the demo bureau is built from it, and every browser's clock follows the cloud's.
 */
import { spawn, spawnSync } from 'node:child_process'
import { existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join, resolve } from 'node:path'
import { buildFunctions } from '../scripts/build-functions'
import { configFromEnv } from '../localcloud/config'
import project from '../localcloud.config'
import { seedDemo } from '../demo'
import { startLocalCloud } from '../localcloud/server'
import { describeInstant, resolveTestNow } from '../scripts/test-now'
import { CHROMIUM } from './browser'

const root = resolve(__dirname, '..')

async function main(): Promise<number> {
  if (!existsSync(CHROMIUM)) {
    console.error(`没有找到 ${CHROMIUM}：先运行 apt-get update && apt-get install -y chromium fonts-wqy-microhei`)
    return 1
  }
  if (process.env.E2E_SKIP_BUILD !== '1') {
    console.log('building H5…')
    const build = spawnSync('npx', ['taro', 'build', '--type', 'h5'], {
      cwd: root,
      stdio: 'inherit',
      env: { ...process.env, NODE_ENV: 'production' },
    })
    if (build.status !== 0) return build.status ?? 1
  }
  await buildFunctions({ quiet: true })
  const now = resolveTestNow()
  const nowIso = new Date(now.instant).toISOString()
  console.log(`测试时间 TEST_NOW=${nowIso}（${now.source}）：${describeInstant(now.instant)}`)
  const dataDir = mkdtempSync(join(tmpdir(), 'e2e-cloud-'))
  const cloud = await startLocalCloud({
    ...configFromEnv(project, {}),
    port: 0,
    dataDir,
    staticDir: join(root, 'dist-h5'),
    realTimers: false,
    startAt: now.instant,
  })
  await seedDemo(cloud.database, cloud.clock.now(), cloud.platform)
  // `npm run e2e -- study quiz` runs the journeys whose names contain either; `-- --except elder-tour` all but.
  const args = process.argv.slice(2)
  const exceptAt = args.indexOf('--except')
  const except = exceptAt === -1 ? [] : args.slice(exceptAt + 1)
  const only = exceptAt === -1 ? args : args.slice(0, exceptAt)
  const journeys = readdirSync(join(__dirname, 'journeys'))
    .filter((f) => f.endsWith('.test.ts'))
    .filter((f) => only.length === 0 || only.some((o) => f.includes(o)))
    .filter((f) => !except.some((o) => f.includes(o)))
    .map((f) => join(__dirname, 'journeys', f))
  try {
    return await new Promise<number>((done) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=1', ...journeys], {
        cwd: root,
        stdio: 'inherit',
        env: { ...process.env, E2E_BASE_URL: cloud.url, TEST_NOW: nowIso },
      })
      child.on('exit', (code) => done(code ?? 1))
    })
  } finally {
    await cloud.close()
    rmSync(dataDir, { recursive: true, force: true })
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
