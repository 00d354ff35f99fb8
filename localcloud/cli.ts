/**
 * `npm run cloud`: the local cloud alone (LOCAL_CLOUD_PORT, default 8787; LOCAL_CLOUD_DATA,
 * default .devcloud/; LOCAL_CLOUD_NOW to start at another instant), seeded with the demo bureau
 * on first start, and again (the old data set aside) when it was seeded in an earlier month.
 * `npm run cloud:exec -- <command>`: a fresh cloud on a free port with its own temporary
 * data folder, the command run with LOCAL_CLOUD_URL set, then everything stopped; exits
 * with the command's code.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { chinaDate, chinaMonth } from '../core/dates'
import { buildFunctions } from '../scripts/build-functions'
import { configFromEnv } from './config'
import { seedDemo } from '../demo'
import { markSeeded, seededAt } from './seed-mark'
import { startLocalCloud, type LocalCloud } from './server'

async function seedIfEmpty(cloud: LocalCloud): Promise<boolean> {
  const members = await cloud.database.find('members', {})
  if (members.length > 0) return false
  await seedDemo(cloud.database, cloud.clock.now())
  markSeeded(cloud.config.dataDir, cloud.clock.now())
  return true
}

/**
 * Demo data built in an earlier month reads wrong today (last month's activities never closed,
 * this month's study blank): it is moved aside, whole, and the demo built again from today.
 */
function setAsideStaleDemo(dataDir: string | null, now: number): string | null {
  const seeded = seededAt(dataDir)
  if (!dataDir || seeded === null || chinaMonth(seeded) >= chinaMonth(now)) return null
  const aside = `${dataDir}.${chinaDate(seeded)}`
  rmSync(aside, { recursive: true, force: true })
  renameSync(dataDir, aside)
  return aside
}

async function serve(): Promise<void> {
  await buildFunctions({ quiet: true })
  const config = configFromEnv()
  const aside = setAsideStaleDemo(config.dataDir, config.startAt ?? Date.now())
  if (aside) console.log(`上次的演示数据是往月载入的，已移到 ${aside}，按今天重新载入。`)
  const cloud = await startLocalCloud(config)
  const seeded = await seedIfEmpty(cloud)
  const hasApp = cloud.config.staticDir !== null && existsSync(join(cloud.config.staticDir, 'index.html'))
  console.log(`本地云已启动：${cloud.url}`)
  console.log(`  数据目录：${cloud.config.dataDir ?? '（仅内存）'}${seeded ? '（已载入演示数据）' : ''}`)
  console.log(`  云函数：${[...cloud.pools.keys()].join(', ')}`)
  console.log(`  管理页：${cloud.url}/_admin/`)
  if (hasApp) console.log(`  小程序 H5：${cloud.url}/`)
  const since = Number(process.env.DEV_STARTED_AT)
  if (since > 0) console.log(`  （npm run dev 共用 ${Math.round((Date.now() - since) / 1000)} 秒）`)
  const stop = async (): Promise<void> => {
    await cloud.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

async function exec(command: string[]): Promise<void> {
  if (command.length === 0) throw new Error('usage: cloud:exec -- <command> [args...]')
  await buildFunctions({ quiet: true })
  const dataDir = process.env.LOCAL_CLOUD_DATA ?? mkdtempSync(join(tmpdir(), 'localcloud-'))
  const cloud = await startLocalCloud({ ...configFromEnv(), port: 0, dataDir, realTimers: false })
  await seedDemo(cloud.database, cloud.clock.now())
  const child = spawn(command[0], command.slice(1), {
    stdio: 'inherit',
    env: { ...process.env, LOCAL_CLOUD_URL: cloud.url },
  })
  const code = await new Promise<number>((resolve) => child.on('exit', (c, signal) => resolve(c ?? (signal ? 1 : 0))))
  await cloud.close()
  if (!process.env.LOCAL_CLOUD_DATA) rmSync(dataDir, { recursive: true, force: true })
  process.exit(code)
}

const [mode, ...rest] = process.argv.slice(2)
const run = mode === 'exec' ? exec(rest[0] === '--' ? rest.slice(1) : rest) : serve()
run.catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
