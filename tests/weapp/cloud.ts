/**
 * The local cloud the weapp journeys talk to: started in-process like e2e/run.ts (temporary data
 * folder, no real timers, the clock at TEST_NOW, the demo bureau), and what the journeys read
 * from it: the demo people (`/_admin/identities`) and the whole store (`/_admin/export`).
 */
import { mkdtempSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import { configFromEnv, type LocalCloudConfig } from '../../localcloud/config'
import project from '../../localcloud.config'
import { seedDemo } from '../../demo'
import { nextMoment } from '../../demo/next-moment'
import { startLocalCloud } from '../../localcloud/server'

export interface TestCloud {
  url: string
  /** The cloud's clock once the demo is built: the run's "now" for the journeys and the phone. */
  now: number
  close(): Promise<void>
}

/**
 * The demo is built at `startAt`; then, as a person would with the hub's 调到下次活动开始后10分钟,
 * the clock moves ten minutes into the live 主题党日 of 机关第一党支部 when it is not under way
 * (a TEST_NOW at night, on a weekend or a holiday: demo/activity.ts places it in office hours),
 * so that the sign-in journeys hold at every instant.
 *
 * `overrides`: a cloud set up otherwise than the project's (`{ pages: ['pages/home/index'] }`: an
 * app.json without the sign-in page, so WeChat refuses its 小程序码 with 41030).
 */
export async function startTestCloud(startAt: number, overrides: Partial<LocalCloudConfig> = {}): Promise<TestCloud> {
  const dataDir = mkdtempSync(join(tmpdir(), 'weapp-cloud-'))
  const cloud = await startLocalCloud({
    ...configFromEnv(project, {}),
    ...overrides,
    port: 0,
    dataDir,
    realTimers: false,
    startAt,
  })
  await seedDemo(cloud.database, cloud.clock.now(), cloud.platform)
  const next = await nextMoment(cloud.database, cloud.clock.now())
  if (next) cloud.clock.set(next.at)
  return {
    url: cloud.url,
    now: cloud.clock.now(),
    close: async () => {
      await cloud.close()
      rmSync(dataDir, { recursive: true, force: true })
    },
  }
}

export interface Identity {
  openid: string
  name: string
  role: 'member' | 'secretary' | 'admin' | 'stranger'
  branchName?: string
  duty?: string
}

export async function identities(url: string): Promise<Identity[]> {
  return (await (await fetch(`${url}/_admin/identities`)).json()) as Identity[]
}

/** The whole store, collection → documents. */
export async function exportStore(url: string): Promise<Record<string, Array<Record<string, unknown>>>> {
  return (await (await fetch(`${url}/_admin/export`)).json()) as Record<string, Array<Record<string, unknown>>>
}

/** Moves the cloud's clock (`null`: back to where it started). */
export async function setCloudClock(url: string, now: string | number | null): Promise<void> {
  const res = await fetch(`${url}/_admin/clock`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ now }),
  })
  if (!res.ok) throw new Error(`clock: ${res.status} ${await res.text()}`)
}
