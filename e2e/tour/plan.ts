/**
 * The elder tour's plan: for every page of src/app.config.ts, who opens it and with which query
 * (ids found in the demo bureau by asking the cloud as that person). A page the plan does not
 * know fails the tour, so a new screen cannot go unchecked.
 */
import type { ActivityListItem, MakeupItem, ScheduleOverview } from '../../core/contract/activity-views'
import type { BranchHistory } from '../../core/contract/activity-officer-views'
import type { MinutesPage, MinutesReading } from '../../core/contract/minutes'
import type { NoticeInbox, NoticeList } from '../../core/contract/notify-views'
import type { VotePage } from '../../core/contract/vote'
import type { ProxyMemberPage } from '../../core/contract/proxy'
import { inChina } from '../../core/china-dayjs'
import { takesMinutes } from '../../core/minutes/types'
import { DEMO_ADMIN_OPENID, DEMO_STRANGER_OPENID, demoOpenid } from '../../demo/identities'
import { DEMO_PROXY } from '../../demo/proxy'
import { BASE_URL, TEST_NOW } from '../browser'

export interface Visit {
  /** Who opens it (a demo openid). */
  as: string
  /** Whose screen this is, for the contact sheet. */
  who: string
  query: string
}

async function ask<T>(openid: string, fn: string, action: string, input: unknown): Promise<T> {
  const res = await fetch(`${BASE_URL}/fn/${fn}`, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'X-WX-OPENID': openid },
    body: JSON.stringify({ action, input }),
  })
  const body = (await res.json()) as { ok: boolean; data: T; error?: unknown }
  if (!body.ok) throw new Error(`${action}: ${JSON.stringify(body.error)}`)
  return body.data
}

const q = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

export interface Plan {
  visits: Record<string, Visit>
}

/** The people and ids of the demo bureau the tour needs, then the plan itself. */
export async function buildPlan(): Promise<Plan> {
  const branchId = 'org-b1'
  const secretary = demoOpenid('m-b1-01')
  const proxy = demoOpenid(DEMO_PROXY.proxyId)
  const year = inChina(TEST_NOW).year()
  // A member of the first branch with a 补学 task still open (most absentees have one).
  let memberId = ''
  let makeup: MakeupItem | undefined
  for (let i = 4; i <= 16 && !makeup; i++) {
    const id = `m-b1-${String(i).padStart(2, '0')}`
    const mine = await ask<{ open: MakeupItem[] }>(demoOpenid(id), 'member', 'makeup.mine', {}).catch(() => null)
    if (mine) memberId ||= id
    if (mine?.open[0]) {
      memberId = id
      makeup = mine.open[0]
    }
  }
  const member = demoOpenid(memberId)
  const upcoming = await ask<{ items: ActivityListItem[] }>(member, 'member', 'activity.list', {})
  const past = await ask<{ items: ActivityListItem[] }>(member, 'member', 'activity.list', { scope: 'past' })
  const activity = upcoming.items[0] ?? past.items[0]
  const inbox = await ask<NoticeInbox>(member, 'member', 'notice.inbox', {})
  const elderPage = await ask<ProxyMemberPage>(proxy, 'member', 'proxy.member', { elderId: DEMO_PROXY.elderId })
  const schedule = await ask<ScheduleOverview>(secretary, 'secretary', 'schedule.get', {})
  const live = schedule.activities.find((a) => a.status === 'published') ?? schedule.activities[0] ?? activity
  // Nothing still to come for the elder at this instant: one of their branch's this month instead.
  const elderSchedule = await ask<ScheduleOverview>(demoOpenid('m-b5-01'), 'secretary', 'schedule.get', {})
  const elderActivity =
    elderPage.activities[0]?.id ??
    elderSchedule.activities.find((a) => a.status === 'published' || a.status === 'closed')?.id ??
    ''
  const notices = await ask<NoticeList>(secretary, 'secretary', 'notice.list', {})
  // A held activity with someone missing: this year's, or last year's in the first days of January.
  const absentIn = async (y: number) =>
    (await ask<BranchHistory>(secretary, 'secretary', 'activity.branchHistory', { year: y })).months
      .flatMap((m) => m.activities)
      .find((a) => a.absent > 0)
  const absent = (await absentIn(year)) ?? (await absentIn(year - 1))
  // 会议记录: the secretary's draft (the form) and minutes the member reads (confirmed), newest first.
  const held = [
    ...(await ask<BranchHistory>(secretary, 'secretary', 'activity.branchHistory', { year })).months,
    ...(await ask<BranchHistory>(secretary, 'secretary', 'activity.branchHistory', { year: year - 1 })).months,
  ]
    .flatMap((m) => m.activities)
    .filter((a) => a.status === 'closed' && takesMinutes(a.type))
    .sort((x, y) => y.startAt - x.startAt)
  let draftMeeting = ''
  let readMeeting = ''
  for (const a of held) {
    if (draftMeeting && readMeeting) break
    const own = await ask<MinutesPage>(secretary, 'secretary', 'minutes.get', { activityId: a.id })
    if (!draftMeeting && own.minutes?.status === 'draft') draftMeeting = a.id
    if (readMeeting || own.minutes?.status !== 'confirmed') continue
    const read = await ask<MinutesReading>(member, 'member', 'minutes.read', { activityId: a.id }).catch(() => null)
    if (read?.minutes) readMeeting = a.id
  }

  // 表决: the 党员大会 with most motions (a motion passed and one not).
  let voteMeeting = ''
  let mostMotions = 0
  for (const a of held.filter((x) => x.type === 'generalMeeting')) {
    const page = await ask<VotePage>(secretary, 'secretary', 'vote.get', { activityId: a.id })
    if (page.motions.length > mostMotions) [voteMeeting, mostMotions] = [a.id, page.motions.length]
  }

  const m = (query = ''): Visit => ({ as: member, who: '党员', query })
  const e = (query = ''): Visit => ({ as: proxy, who: '支委（代为记录）', query })
  const s = (query = ''): Visit => ({ as: secretary, who: '支部书记', query })
  const a = (query = ''): Visit => ({ as: DEMO_ADMIN_OPENID, who: '机关党委', query })
  const elder = { e: DEMO_PROXY.elderId }
  const visits: Record<string, Visit> = {
    'pages/home/index': m(),
    'pages/study/index': m(),
    'pages/activities/index': m(),
    'pages/me/index': e(),
    'pages/bind/index': { as: DEMO_STRANGER_OPENID, who: '未绑定的微信用户', query: '' },
    'packageMember/pages/privacy/index': m(),
    'packageMember/pages/talks/index': m(),
    'packageMember/pages/orglife/index': m(),
    'packageMember/pages/quiz/index': m(),
    // The demo's paper of this month (qp-demo-0), open from the 1st to the month's end.
    'packageMember/pages/quiz-take/index': m(q({ id: 'qp-demo-0' })),
    'packageMember/pages/quiz-wrong/index': m(),
    'pages/study-checkin/index': m(),
    'pages/activity/index': m(q({ id: activity.id })),
    'pages/signin/index': m(q({ a: activity.id })),
    'packageMember/pages/makeup/index': m(q({ a: makeup?.activityId ?? activity.id })),
    'packageMember/pages/minutes/index': m(q({ id: readMeeting })),
    'packageMember/pages/appraisal/index': m(),
    'pages/dues/index': m(),
    'packageMember/pages/notices/index': m(),
    'packageMember/pages/notice/index': m(q({ id: inbox.items[0]?.noticeId ?? '' })),
    'packageMember/pages/reminders/index': m(),
    'packageMember/pages/proxy/index': e(),
    'packageMember/pages/proxy-member/index': e(q(elder)),
    'packageMember/pages/proxy-signin/index': e(q({ ...elder, a: elderActivity })),
    'packageMember/pages/proxy-study/index': e(q(elder)),
    'packageMember/pages/proxy-makeup/index': e(q({ ...elder, a: elderPage.makeup[0]?.activityId ?? elderActivity })),
    'packageSecretary/pages/overview/index': s(),
    'packageSecretary/pages/members/index': s(),
    'packageSecretary/pages/study/index': s(),
    'packageSecretary/pages/schedule/index': s(),
    'packageSecretary/pages/publish/index': s(),
    'packageSecretary/pages/live/index': s(q({ id: live.id })),
    'packageSecretary/pages/leave/index': s(),
    'packageSecretary/pages/review/index': s(),
    'packageSecretary/pages/history/index': s(),
    'packageSecretary/pages/dues/index': s(),
    'packageSecretary/pages/dues-amounts/index': s(),
    'packageSecretary/pages/dues-member/index': s(q({ memberId })),
    'packageSecretary/pages/dues-ledger/index': s(),
    'packageSecretary/pages/notices/index': s(),
    'packageSecretary/pages/notice-new/index': s(),
    'packageSecretary/pages/notice-detail/index': s(q({ id: notices.items[0]?.id ?? '' })),
    'packageSecretary/pages/proxy/index': s(),
    'packageSecretary/pages/proxy-grant/index': s(),
    'packageSecretary/pages/minutes/index': s(q({ id: draftMeeting })),
    'packageSecretary/pages/appraisal/index': s(),
    'packageSecretary/pages/vote/index': s(q({ id: voteMeeting })),
    'packageSecretary/pages/talks/index': s(),
    'packageSecretary/pages/orglife/index': s(),
    'packageSecretary/pages/develop/index': s(),
    // 蒋欣然, a 发展对象 of 机关第一党支部 in the demo (demo/develop.ts).
    'packageSecretary/pages/develop-person/index': s(q({ id: 'dev-demo-10' })),
    'packageSecretary/pages/transfer/index': s(),
    'packageSecretary/pages/touch/index': s(),
    // The demo's 转出 issued and waiting for its 回执 (demo/transfer.ts).
    'packageSecretary/pages/letter/index': s(q({ id: 'tr-demo-out' })),
    'packageSecretary/pages/quiz/index': s(),
    'packageAdmin/pages/overview/index': a(),
    'packageAdmin/pages/org/index': a(),
    'packageAdmin/pages/branch/index': a(q({ branchId })),
    'packageAdmin/pages/member/index': a(q({ branchId, memberId })),
    'packageAdmin/pages/import/index': a(),
    'packageAdmin/pages/audit/index': a(),
    'packageAdmin/pages/study/index': a(),
    'packageAdmin/pages/dues/index': a(),
    'packageAdmin/pages/attendance/index': a(),
    'packageAdmin/pages/attendance-branch/index': a(q({ branchId })),
    'packageAdmin/pages/attendance-absentees/index': a(q({ activityId: absent?.id ?? live.id })),
    'packageAdmin/pages/attendance-member/index': a(q({ memberId, year })),
    'packageAdmin/pages/compliance/index': a(),
    'packageAdmin/pages/export/index': a(),
    'packageAdmin/pages/appraisal/index': a(q({ year: String(year - 1) })),
    'packageAdmin/pages/talks/index': a(),
    'packageAdmin/pages/orglife/index': a(),
    'packageAdmin/pages/develop/index': a(),
    'packageAdmin/pages/transfers/index': a(),
    'packageAdmin/pages/stats/index': a(),
    'packageAdmin/pages/quiz/index': a(),
    'packageAdmin/pages/quiz-import/index': a(),
    'packageAdmin/pages/quiz-figures/index': a(),
  }
  return { visits }
}
