/**
 * Who opens each page of the weapp build, with which query: every page of dist/app.json, as the
 * person who uses it — members' pages as a member of 机关第一党支部 (who is also a family proxy
 * there), 支部管理 as that branch's 书记, 机关党委 as the admin, 绑定 as a stranger. Ids are real
 * records of the demo bureau, read from the cloud's export.
 */
import { readFileSync } from 'node:fs'
import { join } from 'node:path'
import { inChina } from '../../core/china-dayjs'
import { exportStore, identities, type Identity } from './cloud'
import { DIST } from './host'

export interface Visit {
  route: string
  query: string
  as: Identity
}

/** Every page of the build's app.json, main package first, then each subpackage's. */
export function appJsonPages(dist = DIST): string[] {
  const app = JSON.parse(readFileSync(join(dist, 'app.json'), 'utf8')) as {
    pages: string[]
    subPackages?: Array<{ root: string; pages: string[] }>
  }
  return [...app.pages, ...(app.subPackages ?? []).flatMap((p) => p.pages.map((page) => `${p.root}/${page}`))]
}

type Doc = Record<string, unknown>

const q = (params: Record<string, string | number>) =>
  Object.entries(params)
    .map(([k, v]) => `${k}=${encodeURIComponent(String(v))}`)
    .join('&')

export async function buildPlan(url: string, now: number): Promise<Visit[]> {
  const [people, store] = await Promise.all([identities(url), exportStore(url)])
  const branchId = 'org-b1'
  const members = store.members
  const person = (memberId: string): Identity => {
    const openid = members.find((m) => m._id === memberId)?.openid
    const found = people.find((p) => p.openid === openid)
    if (!found) throw new Error(`plan: ${memberId} is not among the demo identities`)
    return found
  }
  const link = store.proxyLinks.find((l) => l.branchId === branchId && l.status === 'active')
  if (!link) throw new Error('plan: no proxy link in 机关第一党支部')
  const memberId = String(link.proxyId)
  const elderId = String(link.elderId)
  const member = person(memberId)
  const secretaryId = String(members.find((m) => m.branchId === branchId && m.role === 'secretary')?._id)
  const secretary = person(secretaryId)
  const admin = people.find((p) => p.role === 'admin')
  const stranger = people.find((p) => p.role === 'stranger')
  if (!admin || !stranger) throw new Error('plan: the demo has no admin or no stranger')

  const ofBranch = (b: unknown) => store.activities.filter((a) => a.branchId === b)
  const published = (b: unknown) =>
    ofBranch(b).find((a) => String(a._id).endsWith('_demo_today')) ?? ofBranch(b).find((a) => a.status === 'published')
  const activity = published(branchId) ?? ofBranch(branchId)[0]
  const elderBranch = members.find((m) => m._id === elderId)?.branchId
  const elderActivity = published(elderBranch) ?? ofBranch(elderBranch)[0]
  const openTask = (who: string) =>
    store.makeupTasks.find((t) => t.memberId === who && t.status !== 'done') ??
    store.makeupTasks.find((t) => t.memberId === who)
  const makeup = openTask(memberId)
  const elderMakeup = openTask(elderId)
  const inbox = store.noticeInbox.find((n) => n.memberId === memberId)
  const notice = store.notices.find((n) => n.branchId === branchId)
  const absentAt = store.attendance.find((a: Doc) => a.branchId === branchId && a.status === 'absent')
  const id = (d: Doc | undefined, field = '_id') => String(d?.[field] ?? '')
  // 会议记录: the secretary's draft (the form), and confirmed minutes of a meeting the member was expected at.
  const minutesOfBranch = (store.minutes ?? []).filter((d) => d.branchId === branchId)
  const draftMinutes = minutesOfBranch.find((d) => d.status === 'draft')
  const readable = minutesOfBranch.find(
    (d) =>
      d.status === 'confirmed' &&
      (store.activities.find((a) => a._id === d._id)?.expectedIds as string[] | undefined)?.includes(memberId),
  )

  // 表决: the 党员大会 of the branch with most motions.
  const votesOfBranch = (store.votes ?? []).filter((d) => d.branchId === branchId)
  const voteMeeting = [...votesOfBranch].sort(
    (x, y) =>
      votesOfBranch.filter((d) => d.activityId === y.activityId).length -
      votesOfBranch.filter((d) => d.activityId === x.activityId).length,
  )[0]
  const m = (query = '') => ({ as: member, query })
  const s = (query = '') => ({ as: secretary, query })
  const a = (query = '') => ({ as: admin, query })
  const plan: Record<string, { as: Identity; query: string }> = {
    'pages/home/index': m(),
    'pages/study/index': m(),
    'pages/activities/index': m(),
    'pages/me/index': m(),
    'pages/bind/index': { as: stranger, query: '' },
    'pages/study-checkin/index': m(),
    'pages/activity/index': m(q({ id: id(activity) })),
    'pages/signin/index': m(q({ a: id(activity) })),
    'pages/dues/index': m(),
    'packageMember/pages/notices/index': m(),
    'packageMember/pages/notice/index': m(q({ id: id(inbox, 'noticeId') })),
    'packageMember/pages/reminders/index': m(),
    'packageMember/pages/proxy/index': m(),
    'packageMember/pages/proxy-member/index': m(q({ e: elderId })),
    'packageMember/pages/proxy-signin/index': m(q({ e: elderId, a: id(elderActivity) })),
    'packageMember/pages/proxy-study/index': m(q({ e: elderId })),
    'packageMember/pages/proxy-makeup/index': m(
      q({ e: elderId, a: id(elderMakeup, 'activityId') || id(elderActivity) }),
    ),
    'packageMember/pages/makeup/index': m(q({ a: id(makeup, 'activityId') || id(activity) })),
    'packageMember/pages/minutes/index': m(q({ id: id(readable) })),
    'packageMember/pages/appraisal/index': m(),
    'packageMember/pages/privacy/index': m(),
    'packageMember/pages/talks/index': m(),
    'packageMember/pages/orglife/index': m(),
    'packageMember/pages/quiz/index': m(),
    'packageMember/pages/quiz-take/index': m(q({ id: 'qp-demo-0' })),
    'packageMember/pages/quiz-wrong/index': m(),
    'packageSecretary/pages/overview/index': s(),
    'packageSecretary/pages/members/index': s(),
    'packageSecretary/pages/study/index': s(),
    'packageSecretary/pages/schedule/index': s(),
    'packageSecretary/pages/publish/index': s(),
    'packageSecretary/pages/live/index': s(q({ id: id(activity) })),
    'packageSecretary/pages/leave/index': s(),
    'packageSecretary/pages/review/index': s(),
    'packageSecretary/pages/history/index': s(),
    'packageSecretary/pages/dues/index': s(),
    'packageSecretary/pages/dues-amounts/index': s(),
    'packageSecretary/pages/dues-member/index': s(q({ memberId })),
    'packageSecretary/pages/dues-ledger/index': s(),
    'packageSecretary/pages/notices/index': s(),
    'packageSecretary/pages/notice-new/index': s(),
    'packageSecretary/pages/notice-detail/index': s(q({ id: id(notice) })),
    'packageSecretary/pages/proxy/index': s(),
    'packageSecretary/pages/proxy-grant/index': s(),
    'packageSecretary/pages/minutes/index': s(q({ id: id(draftMinutes) })),
    'packageSecretary/pages/appraisal/index': s(),
    'packageSecretary/pages/vote/index': s(q({ id: id(voteMeeting, 'activityId') })),
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
    'packageAdmin/pages/attendance-absentees/index': a(q({ activityId: id(absentAt, 'activityId') || id(activity) })),
    'packageAdmin/pages/attendance-member/index': a(q({ memberId, year: inChina(now).year() })),
    'packageAdmin/pages/compliance/index': a(),
    'packageAdmin/pages/export/index': a(),
    'packageAdmin/pages/appraisal/index': a(),
    'packageAdmin/pages/talks/index': a(),
    'packageAdmin/pages/orglife/index': a(),
    'packageAdmin/pages/develop/index': a(),
    'packageAdmin/pages/transfers/index': a(),
    'packageAdmin/pages/stats/index': a(),
    'packageAdmin/pages/quiz/index': a(),
    'packageAdmin/pages/quiz-import/index': a(),
    'packageAdmin/pages/quiz-figures/index': a(),
  }
  return Object.entries(plan).map(([route, visit]) => ({ route, ...visit }))
}
