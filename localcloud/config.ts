/**
 * The local cloud's settings: what the project's localcloud.config.ts says (config-types.ts),
 * plus what the environment says at start, with documented defaults (localcloud/README.md).
 */
import { dirname, isAbsolute, resolve } from 'node:path'
import type { DemoData, HubWords, LocalCloudProject, SubscribeTemplate } from './config-types'

export interface LocalCloudConfig {
  /** Shown on the admin hub's page. */
  title: string
  /** The hub's words for the project's own names (none: names as they are). */
  hubWords: HubWords
  host: string
  /** 0 = any free port. */
  port: number
  /** null = keep everything in memory. */
  dataDir: string | null
  functionsDir: string
  /** The built H5 app to serve at `/`, when present. */
  staticDir: string | null
  /** Collections created at start and after a reset. */
  collections: string[]
  /** Templates subscribeMessage.send accepts; null = any well-formed id. */
  subscribeTemplates: SubscribeTemplate[] | null
  /** The mini-program's pages (app.json); null = any well-formed page. */
  pages: string[] | null
  /** msgSecCheck's word lists; undefined = the emulator's defaults. */
  riskyWords?: string[]
  reviewWords?: string[]
  /** Environment variables every function instance gets, as configured in WeChat's console. */
  functionEnv: Record<string, string>
  /** The project's demo data for a first start and the hub; null = none. */
  demo: DemoData | null
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
  /**
   * Hold every request until `cloud.open()` (the start-up demo load): one that arrives meanwhile
   * waits and is then served. Unset, requests are held only until the cloud has started.
   */
  holdRequests?: boolean
}

/** LOCAL_CLOUD_NOW: an ISO instant such as `2026-12-01T09:00:00+08:00`, or unset for the real clock. */
export function parseStartAt(value: string | undefined): number | null {
  if (!value) return null
  const instant = Date.parse(value)
  if (Number.isNaN(instant))
    throw new Error(`LOCAL_CLOUD_NOW=${value} 不是有效的时间（例如 2026-12-01T09:00:00+08:00）`)
  return instant
}

/**
 * A project's settings with the environment's: LOCAL_CLOUD_PORT (8787), LOCAL_CLOUD_DATA
 * (the project's dataDir), LOCAL_CLOUD_INSTANCES (4), LOCAL_CLOUD_TIMERS (`off` stops timers on
 * the real clock), LOCAL_CLOUD_NOW (the real clock); the functions' env from the project.
 */
export function configFromEnv(project: LocalCloudProject, env: NodeJS.ProcessEnv = process.env): LocalCloudConfig {
  const root = project.root ?? process.cwd()
  const path = (p: string) => (isAbsolute(p) ? p : resolve(root, p))
  return {
    title: project.title ?? '本地云',
    hubWords: project.hubWords ?? {},
    host: '127.0.0.1',
    port: Number(env.LOCAL_CLOUD_PORT ?? 8787),
    dataDir: env.LOCAL_CLOUD_DATA ?? path(project.dataDir ?? '.devcloud'),
    functionsDir: path(project.functionsDir),
    staticDir: project.staticDir ? path(project.staticDir) : null,
    collections: [...project.collections],
    subscribeTemplates: project.subscribeTemplates ?? null,
    pages: project.pages ? [...project.pages] : null,
    riskyWords: project.contentSecurity?.riskyWords,
    reviewWords: project.contentSecurity?.reviewWords,
    functionEnv: project.functionEnv?.(env) ?? {},
    demo: project.demo ?? null,
    maxInstances: Number(env.LOCAL_CLOUD_INSTANCES ?? 4),
    realTimers: env.LOCAL_CLOUD_TIMERS !== 'off',
    appId: project.appId ?? 'wxlocal0000000000',
    envId: project.envId ?? 'local',
    startAt: parseStartAt(env.LOCAL_CLOUD_NOW),
  }
}

/** Loads a project's config file (`localcloud.config.ts` by default), its root being the file's folder. */
export function loadProject(file = 'localcloud.config.ts'): LocalCloudProject {
  const full = resolve(file)
  // eslint-disable-next-line @typescript-eslint/no-require-imports -- the file is named at run time
  const loaded = require(full) as { default?: LocalCloudProject } & LocalCloudProject
  const project = loaded.default ?? loaded
  return { ...project, root: project.root ?? dirname(full) }
}
