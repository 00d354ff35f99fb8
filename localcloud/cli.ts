/**
 * `npm run cloud`: the local cloud alone for the project of ./localcloud.config.ts
 * (LOCAL_CLOUD_CONFIG names another file; LOCAL_CLOUD_PORT, default 8787; LOCAL_CLOUD_DATA,
 * default the project's dataDir; LOCAL_CLOUD_NOW to start at another instant): the project's
 * functions built first, its demo data seeded into an empty database, and again (the old data
 * set aside) when the project's demo says the data has gone stale.
 * `npm run cloud:exec -- <command>`: a fresh cloud on a free port with its own temporary
 * data folder and the demo data, the command run with LOCAL_CLOUD_URL set, then everything
 * stopped; exits with the command's code.
 */
import { spawn } from 'node:child_process'
import { existsSync, mkdtempSync, renameSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configFromEnv, loadProject, type LocalCloudConfig } from './config'
import type { LocalCloudProject } from './config-types'
import { seedDemoData } from './demo-seed'
import { demoIsStale, markSeeded, seedMarkOf } from './seed-mark'
import { startLocalCloud, type LocalCloud } from './server'

/** The project's demo data, when it has some and every collection is empty. */
async function seedIfEmpty(cloud: LocalCloud): Promise<boolean> {
  const demo = cloud.config.demo
  if (!demo) return false
  for (const name of cloud.config.collections) {
    if ((await cloud.database.find(name, {})).length > 0) return false
  }
  await seedDemoData(cloud, demo)
  markSeeded(cloud.config.dataDir, cloud.clock.now(), demo.version)
  return true
}

/** A day as WeChat's cloud counts it (China time), for naming a folder: `2026-12-01`. */
const chinaDay = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' })

/**
 * Demo data the project calls stale (the app's: built in an earlier month, or by another
 * version of the demo) is moved aside, whole, and the demo built again from now.
 */
function setAsideStaleDemo(config: LocalCloudConfig, now: number): string | null {
  const { dataDir, demo } = config
  const mark = seedMarkOf(dataDir)
  if (!dataDir || mark === null || !demo || !demoIsStale(mark, demo, now)) return null
  const aside = `${dataDir}.${chinaDay.format(mark.seededAt)}`
  rmSync(aside, { recursive: true, force: true })
  renameSync(dataDir, aside)
  return aside
}

async function serve(project: LocalCloudProject): Promise<void> {
  await project.buildFunctions?.()
  const config = configFromEnv(project)
  const aside = setAsideStaleDemo(config, config.startAt ?? Date.now())
  if (aside) console.log(`上次载入的演示数据已过时，已移到 ${aside}，按今天重新载入。`)
  // Requests wait until the demo is loaded: a seed sent meanwhile would mix with it.
  const cloud = await startLocalCloud({ ...config, holdRequests: true })
  const seeded = await seedIfEmpty(cloud).finally(() => cloud.open())
  const hasApp = cloud.config.staticDir !== null && existsSync(join(cloud.config.staticDir, 'index.html'))
  console.log(`本地云已启动：${cloud.url}`)
  console.log(`  数据目录：${cloud.config.dataDir ?? '（仅内存）'}${seeded ? '（已载入演示数据）' : ''}`)
  console.log(`  云函数：${[...cloud.pools.keys()].join(', ')}`)
  console.log(`  管理页：${cloud.url}/_admin/`)
  if (hasApp) console.log(`  小程序 H5：${cloud.url}/`)
  const stop = async (): Promise<void> => {
    await cloud.close()
    process.exit(0)
  }
  process.once('SIGINT', () => void stop())
  process.once('SIGTERM', () => void stop())
}

async function exec(project: LocalCloudProject, command: string[]): Promise<void> {
  if (command.length === 0) throw new Error('usage: cloud:exec -- <command> [args...]')
  await project.buildFunctions?.()
  const dataDir = process.env.LOCAL_CLOUD_DATA ?? mkdtempSync(join(tmpdir(), 'localcloud-'))
  const cloud = await startLocalCloud({ ...configFromEnv(project), port: 0, dataDir, realTimers: false })
  if (cloud.config.demo) await seedDemoData(cloud, cloud.config.demo)
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
const project = loadProject(process.env.LOCAL_CLOUD_CONFIG)
const run = mode === 'exec' ? exec(project, rest[0] === '--' ? rest.slice(1) : rest) : serve(project)
run.catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
