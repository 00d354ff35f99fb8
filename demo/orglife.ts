/**
 * Demo 组织生活会 (issue 24 part 4): each branch's last held 组织生活会 (January's, on the year
 * before) carries its checklist ticked and a 整改清单 in realistic states — most done with their
 * notes, some under way, one withdrawn as a duplicate, and in 机关第二党支部 and 大气环境处党支部 one
 * item each past its due day (逾期; the first already reminded). 机关第一党支部 and 大气环境处党支部
 * have this year's 组织生活会 ahead, 20 days on: the first published in good time with 征求意见
 * done and 对照检查材料 not yet; the second still a draft with nothing ticked. Deterministic,
 * relative to the clock.
 */
import { addDays } from '../core/appraisal/rules'
import { chinaDate, chinaInstant } from '../core/dates'
import { workdayOnOrAfter } from '../core/workdays'
import { isOpen } from '../core/orglife/rules'
import type { RectifyState } from '../core/orglife/types'
import type { ActivityDoc } from '../server/actions/activity/model'
import type { OrglifeChecklistDoc, RectifyItemDoc } from '../server/actions/orglife/model'
import type { Database } from '../localcloud/db'
import type { DemoWorld } from './world'

const DAY = 24 * 3600_000

interface ItemPlan {
  text: string
  /** Days after the meeting it is due; negative = that many days before today (overdue). */
  due: number | { overdueDays: number }
  state: RectifyState
  note?: string
}

const ITEMS: ItemPlan[] = [
  {
    text: '理论学习不够系统，学用结合不紧，制定支部年度学习计划并按月落实',
    due: 60,
    state: 'done',
    note: '已制定年度学习计划，每月固定学习日结合业务专题研讨，全年开展12次',
  },
  {
    text: '联系服务群众不够主动，建立支委联系党员和群众制度',
    due: 90,
    state: 'done',
    note: '支委每人联系3至5名党员，每季度走访一次，已形成记录',
  },
  { text: '执法检查中发现问题整改跟踪不到位，建立问题台账逐项销号', due: { overdueDays: 0 }, state: 'inProgress' },
  { text: '党员教育管理存在薄弱环节，流动党员联系不够经常', due: 330, state: 'inProgress' },
  {
    text: '会议记录不够规范',
    due: 60,
    state: 'withdrawn',
    note: '与第一条学习制度落实问题重复，合并整改',
  },
]

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const today = chinaDate(now)
  const year = Number(today.slice(0, 4))
  // The January meeting held most recently: this year's if 15 January has passed, else last year's.
  const heldMonth = `${today >= `${year}-01-16` ? year : year - 1}-01`
  const activities = (await db.find('activities')) as unknown as ActivityDoc[]
  const items: RectifyItemDoc[] = []
  const checklists: OrglifeChecklistDoc[] = []
  const upcoming: ActivityDoc[] = []
  for (const branch of world.orgs.filter((o) => o.kind === 'branch' && o.status === 'active')) {
    const held = activities.find((a) => a._id === `${branch._id}_lifeMeeting_${heldMonth}`)
    if (!held) continue
    const members = world.members.filter((m) => m.branchId === branch._id && m.status === 'active')
    const secretary = members.find((m) => m.role === 'secretary') ?? members[0]!
    checklists.push({
      _id: held._id,
      activityId: held._id,
      branchId: branch._id,
      opinions: {
        done: true,
        date: addDays(held.date, -14),
        note: `发放征求意见表${members.length + 6}份，收回${members.length + 2}份`,
      },
      materials: { done: true },
      updatedAt: held.startAt - 3 * DAY,
      updatedById: secretary._id,
      updatedByName: secretary.name,
    })
    const overdueHere = branch._id === 'org-b2' || branch._id === 'org-b4'
    ITEMS.forEach((plan, i) => {
      // Owners are bound members, so that each can open 我的 → 整改事项.
      const bound = members.filter((m) => m.openid)
      const owner = bound[(i * 3 + 1) % bound.length]!
      let dueOn: string
      let state = plan.state
      if (typeof plan.due === 'number') dueOn = addDays(held.date, plan.due)
      else if (overdueHere) dueOn = addDays(today, branch._id === 'org-b2' ? -12 : -2)
      else {
        dueOn = addDays(held.date, 45)
        state = 'done'
      }
      if (dueOn < held.date) dueOn = held.date
      // A long-term item whose day has come is done by now (the demo shows overdue only where meant).
      if (isOpen(state) && typeof plan.due === 'number' && dueOn < today) state = 'done'
      const closed = !isOpen(state)
      const closedAt = closed ? Math.min(now - DAY, chinaInstant(`${dueOn} 16:00`) - 5 * DAY) : null
      items.push({
        _id: `rect-${branch._id.slice(4)}-${i + 1}`,
        activityId: held._id,
        branchId: branch._id,
        text: plan.text,
        ownerId: owner._id,
        ownerName: owner.name,
        dueOn,
        state,
        note: closed ? (plan.note ?? '已按期完成整改') : '',
        contentVerdict: 'pass',
        createdAt: held.endAt + DAY,
        createdById: secretary._id,
        updatedAt: closedAt ?? held.endAt + DAY,
        closedAt,
        closedById: closed ? secretary._id : null,
        closedByName: closed ? secretary.name : '',
        overdueRemindedAt: branch._id === 'org-b2' && isOpen(state) && dueOn < today ? now - 11 * DAY : null,
      })
    })
    // Early in January the year's meeting ahead is the one the calendar already holds (15 January):
    // 机关第一党支部's checklist goes on it, and no second meeting is made.
    const ahead = activities.find(
      (a) => a.branchId === branch._id && a.type === 'lifeMeeting' && a.endAt >= now && a.status === 'published',
    )
    if (ahead && branch._id === 'org-b1')
      checklists.push({
        _id: ahead._id,
        activityId: ahead._id,
        branchId: branch._id,
        opinions: { done: true, date: addDays(today, -1), note: '召开党员群众座谈会，收集意见9条' },
        materials: { done: false },
        updatedAt: now - DAY,
        updatedById: secretary._id,
        updatedByName: secretary.name,
      })
    if (!ahead && (branch._id === 'org-b1' || branch._id === 'org-b4')) {
      // On a working day (the first on or after the nominal one).
      const date = workdayOnOrAfter(addDays(today, 20) > `${year}-12-30` ? addDays(today, 1) : addDays(today, 20))
      const published = branch._id === 'org-b1'
      const startAt = chinaInstant(`${date} 09:00`)
      // Told in good time (≥ 10 days ahead) even when the year's end brings the meeting close.
      const publishedAt = Math.min(now - 2 * DAY, startAt - 12 * DAY)
      const createdAt = Math.min(now - 3 * DAY, publishedAt - DAY)
      upcoming.push({
        ...held,
        _id: `${branch._id}_lifeMeeting_${year}-annual`,
        title: `${year}年度组织生活会`,
        status: published ? 'published' : 'planned',
        date,
        month: date.slice(0, 7),
        startAt,
        endAt: chinaInstant(`${date} 12:00`),
        agenda:
          '一、通报年度工作和上次整改落实情况\n二、书记代表支委会作对照检查\n三、党员逐一发言、开展批评和自我批评\n四、明确整改事项',
        createdAt,
        updatedAt: createdAt,
        publishedAt: published ? publishedAt : null,
        publishedById: published ? secretary._id : null,
        closedAt: null,
        closedById: null,
        expectedIds: published ? held.expectedIds : [],
      })
      if (published)
        checklists.push({
          _id: `${branch._id}_lifeMeeting_${year}-annual`,
          activityId: `${branch._id}_lifeMeeting_${year}-annual`,
          branchId: branch._id,
          opinions: { done: true, date: addDays(today, -1), note: '召开党员群众座谈会，收集意见9条' },
          materials: { done: false },
          updatedAt: now - DAY,
          updatedById: secretary._id,
          updatedByName: secretary.name,
        })
    }
  }
  const write = (name: string, docs: object[]) => db.insertRaw(name, docs as Record<string, unknown>[])
  await write('activities', upcoming)
  await write('orglifeChecklists', checklists)
  await write('rectifyItems', items)
}
