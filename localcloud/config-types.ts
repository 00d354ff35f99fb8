/**
 * What the local cloud must know of a project, in one file at the project's root
 * (`localcloud.config.ts`, in the spirit of firebase.json's emulators block):
 *
 * ```ts
 * import { defineConfig } from './localcloud/config-types'
 * export default defineConfig({ root: __dirname, functionsDir: 'cloudfunctions', collections: ['todos'] })
 * ```
 *
 * Everything else (port, data folder, clock, timers) comes from the environment at start
 * (localcloud/config.ts). The emulator imports nothing of the project but this file.
 */
import type { Database } from './db'

/** A subscribe-message template as the mini-program's console lists it (订阅消息 → 我的模板). */
export interface SubscribeTemplate {
  id: string
  /**
   * Its keyword keys, kind plus number (`thing1`, `time2`): data with any other key gets 47003.
   * Absent: any well-formed keyword key.
   */
  keywords?: string[]
  /** Its title, and each keyword's name (`thing1` → `活动名称`): the hub shows messages in these words. */
  title?: string
  keywordNames?: Record<string, string>
}

/**
 * Words for the project's own names in the hub's answers, so that a person reads 党员名册 where
 * the store says `members`; a name without words is shown as it is.
 */
export interface HubWords {
  /** Collection → what it holds (导出全部集合). */
  collections?: Record<string, string>
  /** A timer's job (a key of its result) → what it does. */
  jobs?: Record<string, string>
  /** The figures a timer's jobs and the demo's seed answer with → what they count. */
  figures?: Record<string, string>
  /** A demo identity's `role` → its name, in the order the hub lists them. */
  roles?: Record<string, string>
  /** The button that moves the clock to the demo's next moment (`DemoData.nextMoment`). */
  nextMoment?: string
}

/** Someone the hub offers to act as (`GET /_admin/identities`); any further fields are the project's. */
export interface DemoIdentity {
  openid: string
  name: string
}

/**
 * What WeChat's side holds for the demo's people, as the demo's seed may set it. Only the local
 * cloud hands this to `seed`: in WeChat an authorization comes from nobody but the user, who taps
 * 允许 in the sheet that `wx.requestSubscribeMessage` shows.
 */
export interface DemoPlatform {
  /** As if the user had tapped 允许 for this template `count` times: that many one-time authorizations. */
  grantSubscription(openid: string, templateId: string, count: number): void
  /** As if the user had ticked 总是保持以上选择 with these answers. */
  keepSubscriptionChoices(openid: string, answers: Record<string, 'accept' | 'reject'>): void
}

/** A project's demo data: built on a first start and by `POST /_admin/seed`. */
export interface DemoData {
  /**
   * Fills the (empty) database, and WeChat's side for its people (an emptied platform), as of
   * `now`; the returned figures are part of the hub's answer.
   */
  seed(db: Database, now: number, platform: DemoPlatform): Promise<Record<string, unknown>>
  /** The people to offer, read from the database and the functions' environment. */
  identities(db: Database, functionEnv: Record<string, string>): Promise<DemoIdentity[]>
  /**
   * Whether demo data built at `seededAt` reads wrong at `now`; a stale data folder is moved
   * aside, whole, and the demo built again. Absent: never stale.
   */
  isStale?(seededAt: number, now: number): boolean
  /**
   * The demo's version (e.g. a fingerprint of its source): data built by another version is
   * stale too. Absent: only `isStale` decides.
   */
  version?: string
  /**
   * The next moment worth showing (say, ten minutes into the next meeting), and what happens
   * then in words: the hub's one-tap preset moves the clock there. Absent: no such button.
   */
  nextMoment?(db: Database, now: number): Promise<{ at: number; what: string } | null>
}

export interface LocalCloudProject {
  /** Shown on the admin hub's page. */
  title?: string
  /** The hub's words for the project's collections, timer jobs, figures and roles. */
  hubWords?: HubWords
  /** The folder the relative paths below start from; default: the working directory. */
  root?: string
  /** One folder per cloud function (index.js, package.json, config.json), as deployed. */
  functionsDir: string
  /** Builds the function folders; `npm run cloud` and `cloud:exec` run it before starting. */
  buildFunctions?: () => Promise<unknown>
  /** A built web app to serve at `/`, when present. */
  staticDir?: string
  /** Where `npm run cloud` keeps data by default (LOCAL_CLOUD_DATA overrides); default `.devcloud`. */
  dataDir?: string
  /** Collections to create at start and after a reset, as deployed in the console. */
  collections: string[]
  /** The mini-program's templates; absent: any well-formed template id is accepted. */
  subscribeTemplates?: SubscribeTemplate[]
  /**
   * The mini-program's pages as its app.json lists them (main package first, the home page
   * first of all): wxacode.getUnlimited with `check_path` refuses any other with 41030.
   * Absent: any well-formed page.
   */
  pages?: string[]
  /** msgSecCheck's stand-in word lists; absent: the emulator's small defaults. */
  contentSecurity?: { riskyWords?: string[]; reviewWords?: string[] }
  /** The functions' configured environment variables, from the environment the cloud starts in. */
  functionEnv?: (env: NodeJS.ProcessEnv) => Record<string, string>
  /** Default `wxlocal0000000000`. */
  appId?: string
  /** Default `local`. */
  envId?: string
  demo?: DemoData
}

/** Types a project's `localcloud.config.ts`; returns it unchanged. */
export function defineConfig(project: LocalCloudProject): LocalCloudProject {
  return project
}
