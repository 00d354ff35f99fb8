/**
 * The local cloud's settings, from the environment with documented defaults
 * (README: 本地云). Everything a WeChat environment would configure in its console.
 */
import { join, resolve } from 'node:path'
import { DEMO_ADMIN_OPENID } from './seed/identities'

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
  }
}
