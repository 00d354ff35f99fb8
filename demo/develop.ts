/**
 * Demo 党员发展 (issue 25): the report's 7 入党积极分子 and, across the branches, applicants, 发展对象
 * and 预备党员 at every stage — one waiting on the office's 审批, one whose 预备期 ends within the
 * month, one 转正 and archived, one who stopped. Each person's steps are walked in the 细则's order
 * from their application day with realistic spacing and stop where the plan says (never after
 * today). Deterministic, relative to the clock. Their 支部大会 steps carry no 表决 here.
 *
 * The records and the roster tell one story (issue 23, 党内统计 adds up): every 预备党员 the roster
 * lists has the record whose 支部大会 admitted them on their 入党日期, and everyone these plans
 * admitted is on the roster as the app would have put them there (预备, or 正式 from their 转正).
 */
import { addDays, addMonths } from '../core/appraisal/rules'
import { chinaDate, chinaDaysBetween } from '../core/dates'
import { fullSince } from '../core/develop/rules'
import { DEVELOP_STEP_KEYS, type DevelopStep } from '../core/develop/types'
import type { Database } from '../localcloud/db'
import { recordOf, type DevelopCandidateDoc, type StepEntry } from '../server/actions/develop/model'
import type { MemberDoc } from '../server/model'
import { aDoc } from './appraisal'
import { billAsTheTimerDid } from './transfer'
import type { DemoWorld } from './world'

interface Plan {
  name: string
  branch: number
  /** Days before today the 入党申请书 came in. */
  applied: number
  /** Record every step before this one (null: all 25). */
  until: DevelopStep | null
  archived?: string
  /** A roster 预备党员's own record: admitted on their 入党日期, in their branch. */
  member?: MemberDoc
}

const PLANS: Plan[] = [
  { name: '陈思远', branch: 0, applied: 12, until: 'talk' },
  { name: '刘晓燕', branch: 1, applied: 40, until: 'activist' },
  // The report's 7 入党积极分子.
  { name: '赵一鸣', branch: 0, applied: 150, until: 'candidate' },
  { name: '孙佳怡', branch: 0, applied: 300, until: 'candidate' },
  { name: '周文博', branch: 1, applied: 220, until: 'candidate' },
  { name: '吴梦琪', branch: 1, applied: 420, until: 'candidate' },
  { name: '郑浩然', branch: 2, applied: 100, until: 'training' },
  { name: '王雨桐', branch: 2, applied: 380, until: 'candidate' },
  { name: '冯子涵', branch: 3, applied: 260, until: 'candidate' },
  // 发展对象.
  { name: '蒋欣然', branch: 0, applied: 470, until: 'politicalReview' },
  { name: '韩明轩', branch: 1, applied: 500, until: 'committeeReview' },
  // 预备党员的接收: one waiting on the office's 审批.
  { name: '杨静怡', branch: 5, applied: 520, until: 'approval' },
  // 预备党员: the roster's own (below), one ending soon, one 转正 waiting on 审批, one done.
  { name: '秦雅琪', branch: 3, applied: 832, until: 'fullApplication' },
  { name: '许博文', branch: 1, applied: 900, until: 'fullApproval' },
  { name: '何晓东', branch: 6, applied: 1000, until: null },
  { name: '吕思彤', branch: 3, applied: 200, until: 'contacts', archived: '本人申请暂缓，调往外单位工作' },
]

/**
 * The day of each step from the application, spaced as a branch would do them (rules.ts satisfied);
 * `admitted`: the 支部大会's day, the rest counted back from it.
 */
function daysOf(applied: string, admitted?: string): Record<DevelopStep, string> {
  const act = addDays(applied, 40)
  const cand = admitted ? addDays(admitted, -80) : addMonths(act, 12)
  const vote = admitted ?? addDays(cand, 80)
  const end = addMonths(vote, 12)
  return {
    apply: applied,
    talk: addDays(applied, 14),
    activist: act,
    activistFiling: addDays(act, 5),
    contacts: addDays(act, 7),
    training: addMonths(act, 6),
    candidate: cand,
    candidateFiling: addDays(cand, 5),
    sponsors: addDays(cand, 7),
    politicalReview: addDays(cand, 30),
    course: addDays(cand, 40),
    committeeReview: addDays(cand, 60),
    preReview: addDays(cand, 65),
    form: addDays(cand, 70),
    admissionVote: vote,
    approvalTalk: addDays(vote, 10),
    approval: addDays(vote, 40),
    upperFiling: addDays(vote, 42),
    placed: addDays(vote, 45),
    oath: addDays(vote, 46),
    probationReview: addMonths(vote, 6),
    fullApplication: addMonths(end, -1),
    fullVote: end,
    fullApproval: addDays(end, 30),
    archive: addDays(end, 40),
  }
}

/** The application day that puts a roster 预备党员's 支部大会 on their 入党日期. */
function appliedFor(joinDate: string): string {
  return addDays(addMonths(addDays(joinDate, -80), -12), -40)
}

/** Put on the roster as 党员发展's admissionVote does (and its 转正 makes full), with a dues base set since. */
function admitted(doc: DevelopCandidateDoc): MemberDoc {
  const since = fullSince(recordOf(doc))
  const vote = doc.steps.admissionVote!
  return {
    _id: `m-dev-${doc._id.slice(4)}`,
    name: doc.name,
    branchId: doc.branchId,
    groupId: null,
    role: 'member',
    duty: null,
    joinDate: vote.day,
    probationary: !since,
    ...(since ? { fullSince: since } : {}),
    developId: doc._id,
    duesCategory: 'inService',
    duesBaseFen: 560000,
    status: 'active',
    openid: null,
    boundAt: null,
    createdAt: vote.at,
    updatedAt: doc.steps.fullVote?.at ?? vote.at,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const today = chinaDate(now)
  const branches = world.orgs.filter((o) => o.kind === 'branch' && o.status === 'active')
  // The roster's 预备党员 (not those who arrived so): each admitted by their branch on their 入党日期.
  const own: Plan[] = world.members
    .filter((m) => m.status === 'active' && m.probationary && !m.arrived)
    .map((m) => ({
      name: m.name,
      branch: branches.findIndex((b) => b._id === m.branchId),
      applied: chinaDaysBetween(appliedFor(m.joinDate), today),
      until: null,
      member: m,
    }))
  const docs: DevelopCandidateDoc[] = [...PLANS, ...own].map((plan, i) => {
    const branch = branches[plan.branch % branches.length]!
    const officer = world.members.find((m) => m.branchId === branch._id && m.role === 'secretary')
    const full = world.members.filter((m) => m.branchId === branch._id && m.status === 'active' && !m.probationary)
    const days = plan.member
      ? daysOf(appliedFor(plan.member.joinDate), plan.member.joinDate)
      : daysOf(addDays(today, -plan.applied))
    const entry = (day: string, n: number): StepEntry => ({
      day,
      at: now - (plan.applied - n) * 86_400_000,
      byId: officer?._id ?? null,
      byName: officer?.name ?? '支部书记',
      key: `demo-${i}-${n}`,
    })
    const steps: DevelopCandidateDoc['steps'] = {}
    const reviews: StepEntry[] = []
    for (const [n, key] of DEVELOP_STEP_KEYS.entries()) {
      if (key === plan.until || days[key] > today) break
      const e = entry(days[key], n)
      if (key === 'contacts') Object.assign(e, { memberIds: [full[0]!._id], memberNames: [full[0]!.name] })
      if (key === 'sponsors') {
        const two = full.slice(0, 2)
        Object.assign(e, { memberIds: two.map((m) => m._id), memberNames: two.map((m) => m.name) })
      }
      if (key === 'course') Object.assign(e, { days: 3, hours: 24 })
      if (key === 'admissionVote') Object.assign(e, { voteWords: '支部党员大会表决通过' })
      if (key === 'fullVote') Object.assign(e, { voteWords: '支部党员大会表决通过' })
      if (key === 'training') {
        reviews.push(e)
        const second = addMonths(days.activist, 12)
        if (second <= today && plan.until !== 'training') reviews.push(entry(addDays(second, -7), n))
      }
      steps[key] = e
    }
    const done = !!steps.archive
    return {
      _id: `dev-demo-${String(i + 1).padStart(2, '0')}`,
      name: plan.name,
      branchId: branch._id,
      status: plan.archived ? 'archived' : done ? 'done' : 'active',
      steps,
      reviews,
      extension: null,
      docs: steps.talk
        ? {
            application: { at: now, byName: officer?.name ?? '' },
            talkRecord: { at: now, byName: officer?.name ?? '' },
          }
        : steps.apply
          ? { application: { at: now, byName: officer?.name ?? '' } }
          : {},
      memberId: plan.member?._id ?? null,
      reminded: [],
      archived: plan.archived
        ? { reason: plan.archived, at: now - 30 * 86_400_000, byName: officer?.name ?? '' }
        : null,
      createdAt: now - plan.applied * 86_400_000,
      updatedAt: now - 86_400_000,
    }
  })
  // Everyone else these plans admitted, on the roster as the app would have put them.
  const roster = docs.filter((d) => d.memberId === null && d.steps.admissionVote).map(admitted)
  for (const m of roster) docs.find((d) => d._id === m.developId)!.memberId = m._id
  await db.insertRaw('developCandidates', docs as unknown as Record<string, unknown>[])
  if (roster.length > 0) await db.insertRaw('members', roster as unknown as Record<string, unknown>[])
  for (const m of roster) await billAsTheTimerDid(db, m, now)
  // Those full now were on last year's 民主评议 (as 预备党员), graded 合格 with their branch.
  const lastYear = Number(today.slice(0, 4)) - 1
  const graded = roster
    .filter((m) => !m.probationary)
    .map((m) => {
      const secretary = world.members.find((o) => o.branchId === m.branchId && o.role === 'secretary')
      return aDoc(m, secretary, lastYear, 'qualified', '', `${lastYear}-12-20`)
    })
  if (graded.length > 0) await db.insertRaw('appraisals', graded as unknown as Record<string, unknown>[])
}
