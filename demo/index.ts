/**
 * The demo bureau, modelled on the 市生态环境局 of ../shared/seed: a 机关党委, a 党总支 for
 * the directly managed units, 8 branches (one of retirees), ~120 members with a secretary
 * and 支委 in each, some 预备党员, some bound to WeChat and some not.
 */
import type { MemberDoc, OrgDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import type { DemoPlatform } from '../localcloud/config-types'
import * as activity from './activity'
import * as appraisal from './appraisal'
import * as audit from './audit'
import * as dues from './dues'
import * as meetings from './meetings'
import * as minutes from './minutes'
import * as talk from './talk'
import * as orglife from './orglife'
import * as develop from './develop'
import * as grants from './grants'
import * as transfer from './transfer'
import * as quiz from './quiz'
import * as notify from './notify'
import { DEMO_ADMIN_OPENID, demoOpenid } from './identities'
import { nameMaker, seededRandom } from './names'
import * as proxy from './proxy'
import * as study from './study'
import * as votes from './votes'
import { chinaDate } from '../core/dates'

interface BranchPlan {
  id: string
  name: string
  parentId: string
  size: number
  retirees?: boolean
  groups?: string[]
}

const DAY_MS = 24 * 3600_000
const COMMITTEE_ID = 'org-committee'
const GENERAL_ID = 'org-general-1'

export const DEMO_BRANCHES: BranchPlan[] = [
  { id: 'org-b1', name: '机关第一党支部', parentId: COMMITTEE_ID, size: 16, groups: ['第一党小组', '第二党小组'] },
  { id: 'org-b2', name: '机关第二党支部', parentId: COMMITTEE_ID, size: 15 },
  { id: 'org-b3', name: '水环境管理处党支部', parentId: COMMITTEE_ID, size: 14 },
  { id: 'org-b4', name: '大气环境处党支部', parentId: COMMITTEE_ID, size: 15 },
  {
    id: 'org-b5',
    name: '离退休干部党支部',
    parentId: COMMITTEE_ID,
    size: 18,
    retirees: true,
    groups: ['东片党小组', '西片党小组'],
  },
  { id: 'org-b6', name: '大气监测站党支部', parentId: GENERAL_ID, size: 14 },
  { id: 'org-b7', name: '水质监测管理所党支部', parentId: GENERAL_ID, size: 14 },
  { id: 'org-b8', name: '防污办党支部', parentId: GENERAL_ID, size: 13 },
]

const DUTIES: string[] = ['组织委员', '宣传委员', '纪检委员']

function pad(n: number): string {
  return String(n).padStart(2, '0')
}

export function demoOrgs(now: number): OrgDoc[] {
  const orgs: OrgDoc[] = [
    {
      _id: COMMITTEE_ID,
      kind: 'committee',
      name: '市生态环境局机关党委',
      parentId: null,
      status: 'active',
      createdAt: now,
    },
    {
      _id: GENERAL_ID,
      kind: 'generalBranch',
      name: '直属单位党总支',
      parentId: COMMITTEE_ID,
      status: 'active',
      createdAt: now,
    },
  ]
  for (const b of DEMO_BRANCHES) {
    orgs.push({ _id: b.id, kind: 'branch', name: b.name, parentId: b.parentId, status: 'active', createdAt: now })
    b.groups?.forEach((g, i) =>
      orgs.push({ _id: `${b.id}-g${i + 1}`, kind: 'group', name: g, parentId: b.id, status: 'active', createdAt: now }),
    )
  }
  return orgs
}

export function demoMembers(now: number): MemberDoc[] {
  const random = seededRandom(20260301)
  const nextName = nameMaker(random)
  const members: MemberDoc[] = []
  for (const b of DEMO_BRANCHES) {
    for (let i = 1; i <= b.size; i++) {
      const role = i === 1 ? 'secretary' : i <= 3 ? 'committee' : 'member'
      const year = b.retirees ? 1965 + Math.floor(random() * 25) : 1995 + Math.floor(random() * 29)
      const probationary = !b.retirees && i > 3 && random() < 0.1
      // 预备党员 joined within the last year (never after today, as the roster import insists).
      const joinDate = probationary
        ? chinaDate(now - (30 + Math.floor(random() * 6) * 30 + Math.floor(random() * 28)) * 24 * 3600_000)
        : `${year}-${pad(1 + Math.floor(random() * 12))}-${pad(1 + Math.floor(random() * 28))}`
      const bound = role !== 'member' || random() < 0.65
      const id = `m-${b.id.slice(4)}-${pad(i)}`
      const baseYuan = b.retirees ? 3000 + Math.floor(random() * 50) * 100 : 2800 + Math.floor(random() * 120) * 100
      members.push({
        _id: id,
        name: nextName(),
        branchId: b.id,
        groupId: b.groups ? `${b.id}-g${1 + (i % b.groups.length)}` : null,
        role,
        duty: role === 'committee' ? DUTIES[i - 2] : null,
        // A bound member who joined on 29 February: greeted on 28 February in common years.
        joinDate: i === 4 && b.id === 'org-b1' ? '1996-02-29' : joinDate,
        probationary,
        duesCategory: b.retirees ? 'retiree' : 'inService',
        duesBaseFen: baseYuan * 100,
        status: 'active',
        openid: bound ? demoOpenid(id) : null,
        // Bound over two years ago (before any demo activity), a week apart in the order codes were handed out.
        boundAt: bound ? now - (760 + i * 7) * DAY_MS : null,
        createdAt: now,
        updatedAt: now,
      })
    }
  }
  // The party office's own officer: a member of the first branch, admin by configuration.
  members.push({
    _id: 'm-office-01',
    name: nextName(),
    branchId: 'org-b1',
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: '2008-07-01',
    probationary: false,
    duesCategory: 'inService',
    duesBaseFen: 850000,
    status: 'active',
    openid: DEMO_ADMIN_OPENID,
    boundAt: now - 760 * DAY_MS,
    createdAt: now,
    updatedAt: now,
  })
  // A newcomer of 机关第二党支部 bound three days ago: 首页 welcomes them, and the branch's
  // earlier notices are listed under 绑定前的通知 rather than counted as unread.
  const newcomer = members.find((m) => m.branchId === 'org-b2' && m.role === 'member' && m.openid)
  if (newcomer) newcomer.boundAt = now - 3 * DAY_MS
  return members
}

/**
 * The demo bureau as of `now`. `platform`: WeChat's side, which only the local cloud hands over —
 * with it, the reminders a share of members turned on (demo/grants.ts); without, nobody has any.
 */
export async function seedDemo(
  db: Database,
  now: number,
  platform?: DemoPlatform,
): Promise<{ orgs: number; members: number; reminders: number }> {
  const orgs = demoOrgs(now)
  const members = demoMembers(now)
  await db.insertRaw('orgs', orgs as unknown as Record<string, unknown>[])
  await db.insertRaw('members', members as unknown as Record<string, unknown>[])
  for (const domain of [
    activity,
    meetings,
    minutes,
    votes,
    appraisal,
    study,
    dues,
    notify,
    proxy,
    talk,
    orglife,
    develop,
    transfer,
    quiz,
    audit,
  ])
    await domain.seed(db, now, { orgs, members })
  const reminders = platform ? await grants.seed(db, now, { orgs, members }, platform) : 0
  return { orgs: orgs.length, members: members.length, reminders }
}
