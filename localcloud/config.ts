/**
 * The local cloud's settings, from the environment with documented defaults
 * (README: 本地云). Everything a WeChat environment would configure in its console.
 */
import { join, resolve } from 'node:path'
import { DEMO_ADMIN_OPENID } from '../demo/identities'

export const ROOT = resolve(__dirname, '..')

export interface LocalCloudConfig {
  host: string
  /** 0 = any free port. */
  port: number
  /** null = keep everything in memory. */
  dataDir: string | null
  functionsDir: string
  /** The built H5 app to serve at `/`, when present. */
  staticDir: string | null
  /** PARTY_ADMIN_OPENIDS of the cloud functions. */
  adminOpenids: string[]
  /** Instances each function may run at once (WeChat's base plan: plan for 20). */
  maxInstances: number
  /** Run timer triggers from each function's config.json cron on the real clock. */
  realTimers: boolean
  appId: string
  envId: string
  /** The instant the cloud's clock starts at (and a reset returns to); null = the real clock. */
  startAt: number | null
  /** Record the shape of every database query (the index-coverage test); off unless set. */
  recordQueries?: boolean
}

/** LOCAL_CLOUD_NOW: an ISO instant such as `2026-12-01T09:00:00+08:00`, or unset for the real clock. */
export function parseStartAt(value: string | undefined): number | null {
  if (!value) return null
  const instant = Date.parse(value)
  if (Number.isNaN(instant))
    throw new Error(`LOCAL_CLOUD_NOW=${value} 不是有效的时间（例如 2026-12-01T09:00:00+08:00）`)
  return instant
}

export function configFromEnv(env: NodeJS.ProcessEnv = process.env): LocalCloudConfig {
  return {
    host: '127.0.0.1',
    port: Number(env.LOCAL_CLOUD_PORT ?? 8787),
    dataDir: env.LOCAL_CLOUD_DATA ?? join(ROOT, '.devcloud'),
    functionsDir: join(ROOT, 'cloudfunctions'),
    staticDir: join(ROOT, 'dist-h5'),
    adminOpenids: (env.PARTY_ADMIN_OPENIDS ?? DEMO_ADMIN_OPENID).split(',').filter(Boolean),
    maxInstances: Number(env.LOCAL_CLOUD_INSTANCES ?? 4),
    realTimers: env.LOCAL_CLOUD_TIMERS !== 'off',
    appId: 'wxlocal0000000000',
    envId: 'local',
    startAt: parseStartAt(env.LOCAL_CLOUD_NOW),
  }
}
