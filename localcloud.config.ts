/**
 * What the local cloud (localcloud/, a WeChat-cloud emulator) needs to know of 党建助手:
 * where the functions and the H5 build are, the collections and subscribe templates deployed
 * in WeChat's console, the functions' environment, and the demo bureau (demo/).
 */
import { join } from 'node:path'
import { SUBSCRIBE_TEMPLATES } from './core/notify/templates'
import { seedDemo } from './demo'
import { DEMO_ADMIN_OPENID } from './demo/identities'
import { listIdentities } from './demo/list-identities'
import { nextMoment } from './demo/next-moment'
import { isStale } from './demo/stale'
import { demoVersion } from './demo/version'
import { defineConfig } from './localcloud/config-types'
import type { Database } from './localcloud/db'
import { appPages } from './scripts/app-pages'
import { COLLECTION_NAMES, COLLECTIONS } from './server/collections'

/** A collection's name on the hub: its purpose's first phrase, asides dropped (`党员名册与微信绑定`). */
const inWords = (purpose: string): string => purpose.replace(/（[^）]*）/g, '').split(/[：，；:]/)[0]

/** What the hub calls the app's own names: collections, the timers' jobs and figures, demo roles. */
const hubWords = {
  collections: Object.fromEntries(COLLECTIONS.map((c) => [c.name, inWords(c.purpose)])),
  jobs: {
    'activity.instances': '生成每月固定活动',
    duesBills: '生成每月应交党费',
    'notify.activity': '安排活动提醒',
    'notify.dues': '安排党费提醒',
    'notify.makeup': '安排补学提醒',
    'notify.birthday': '安排政治生日提醒',
    'appraisal.rectification': '安排限期改正提醒',
    'orglife.overdue': '安排整改逾期提醒',
    'notify.send': '发送订阅消息',
  },
  figures: {
    orgs: '组织',
    members: '党员',
    reminders: '开了微信提醒的党员',
    schedules: '检查的规则',
    activities: '检查的活动',
    branches: '检查的支部',
    created: '新建',
    backfilled: '补建',
    posted: '补记入账',
    released: '解除的认领',
    planned: '新安排的提醒',
    sent: '已发送',
    noQuota: '没有授权未发送',
    failed: '发送失败',
    unknown: '不确定是否送达',
    skipped: '跳过',
    retry: '稍后重试',
    rounds: '发送轮次',
    stale: '中断',
    reclaimed: '收回重发',
  },
  roles: { admin: '机关党委', secretary: '支部书记和支委', member: '党员', stranger: '未绑定' },
  nextMoment: '调到下次活动开始后10分钟',
}

/**
 * The switcher's people, the demo's newcomer marked: bound within 30 days of the latest binding
 * (the rest of the demo bureau bound two years before).
 */
async function withNewcomers(db: Database, env: Record<string, string>) {
  const people = await listIdentities(db, env)
  const bound = (await db.find('members', { status: 'active' })) as Array<{ openid?: string; boundAt?: number | null }>
  const latest = Math.max(0, ...bound.map((m) => m.boundAt ?? 0))
  const recent = new Set(
    bound.filter((m) => m.openid && m.boundAt && m.boundAt > latest - 30 * 86_400_000).map((m) => m.openid),
  )
  return people.map((p) => (recent.has(p.openid) ? { ...p, newlyBound: true } : p))
}

export default defineConfig({
  title: '党建助手',
  hubWords,
  root: __dirname,
  functionsDir: 'cloudfunctions',
  // Loaded only when the cli builds: tests that import this file leave esbuild alone.
  buildFunctions: async () => (await import('./scripts/build-functions')).buildFunctions({ quiet: true }),
  staticDir: 'dist-h5',
  dataDir: '.devcloud',
  collections: COLLECTION_NAMES,
  pages: appPages(),
  subscribeTemplates: Object.values(SUBSCRIBE_TEMPLATES).map((t) => ({
    id: t.id,
    keywords: Object.keys(t.keywords),
    title: t.title,
    keywordNames: t.keywords,
  })),
  functionEnv: (env) => ({ PARTY_ADMIN_OPENIDS: env.PARTY_ADMIN_OPENIDS ?? DEMO_ADMIN_OPENID }),
  demo: {
    seed: seedDemo,
    identities: withNewcomers,
    isStale,
    version: demoVersion(join(__dirname, 'demo')),
    nextMoment,
  },
})
