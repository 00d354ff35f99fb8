/**
 * What the 支部工作手册 ledger of a branch's year holds, read for one branch and year only:
 * each held activity with the names of who came, who was on leave (and why) and who was absent;
 * the year's 补学 with the 心得 state; dues by member and month; the branch's rules row; and
 * the 会议记录 of each held meeting that takes minutes (read by meeting id, a few at a time), with
 * the 表决 of each 支部党员大会; the year's 民主评议 of every member; and the year's 谈心谈话 — who
 * with whom and when, never the notes — with each member's coverage as the secretary's sheet has it.
 */
import { standingOf, type Standing } from '../../../core/attendance/standing'
import type { ComplianceRowView } from '../../../core/contract/attendance'
import { takesMinutes } from '../../../core/minutes/types'
import { chinaInstant, chinaDate } from '../../../core/dates'
import type { KindWords } from '../../../core/contract/talk'
import { kindOf, sideOf } from '../../../core/talk/coverage'
import type { TalkKind, TalkSide } from '../../../core/talk/types'
import { takesVotes } from '../../../core/vote/types'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { MakeupTaskDoc } from '../activity/model'
import type { DuesBillDoc } from '../dues/model'
import type { AppraisalDoc } from '../appraisal/model'
import type { RectifyItemDoc } from '../orglife/model'
import type { MinutesDoc } from '../minutes/model'
import { coverageOf, kindWords } from '../talk/load'
import type { VoteDoc } from '../vote/model'
import { details, type Detail } from './absentees'
import { branchesInOrder, type BranchFacts } from './branches'
import { asRuleActivity, complianceView, confirmedMinutes } from './compliance'
import { activityFacts, type ActivityFact } from './facts'
import { yearMonths } from './period'

/** Activities per detail read: their non-aggregated member lists stay well below 1 MB. */
const DETAIL_CHUNK = 10

export interface LedgerPerson {
  name: string
  status: Standing
  reason: string | null
}

export interface LedgerActivity {
  fact: ActivityFact
  people: LedgerPerson[]
}

/** A held meeting that takes minutes, with them (null: none written) and its host's and recorder's names. */
export interface LedgerMinutes {
  meeting: LedgerActivity
  minutes: MinutesDoc | null
  hostName: string | null
  recorderName: string | null
  /** The motions voted on (a 支部党员大会), in the order entered; empty for other meetings. */
  votes: VoteDoc[]
}

/** A member on the year's 民主评议: everyone on the roll, and anyone graded in the branch since gone. */
export interface LedgerAppraisal {
  name: string
  probationary: boolean
  doc: AppraisalDoc | null
}

/** The year's 谈心谈话: each talk (never its notes) and each member's coverage by kind. */
export interface LedgerTalks {
  kinds: TalkKind[]
  list: Array<{ date: string; recorderName: string; partnerName: string; kind: TalkKind | null }>
  people: Array<{ name: string; side: TalkSide; kinds: KindWords; covered: boolean }>
}

/** One 整改事项 of the year's 组织生活会, with its meeting. */
export interface LedgerRectify {
  meetingTitle: string
  meetingDate: string
  item: RectifyItemDoc
}

export interface LedgerData {
  branch: BranchFacts
  year: number
  activities: LedgerActivity[]
  makeups: Array<MakeupTaskDoc & { memberName: string }>
  dues: Array<{ memberId: string; name: string; months: Array<DuesBillDoc | null> }>
  compliance: ComplianceRowView
  minutes: LedgerMinutes[]
  appraisals: LedgerAppraisal[]
  talks: LedgerTalks
  /** The 整改清单 of the year's 组织生活会 held, in the meetings' order, each in the order written. */
  rectify: LedgerRectify[]
  /** The China day of the export: what 逾期 is judged against. */
  today: string
}

async function peopleOf(ctx: ActionContext, held: ActivityFact[]): Promise<Map<string, Detail>> {
  const out = new Map<string, Detail>()
  for (let i = 0; i < held.length; i += DETAIL_CHUNK) {
    const part = await details(
      ctx,
      held.slice(i, i + DETAIL_CHUNK).map((f) => f.id),
    )
    for (const [id, d] of part) out.set(id, d)
  }
  return out
}

/** The minutes of these meetings (`_id` = the meeting's), a chunk of ids per read, each read paged by findAll. */
async function minutesOf(
  ctx: ActionContext,
  branchId: string,
  meetings: ActivityFact[],
): Promise<Map<string, MinutesDoc>> {
  const _ = ctx.db.command
  const out = new Map<string, MinutesDoc>()
  for (let i = 0; i < meetings.length; i += DETAIL_CHUNK) {
    const ids = meetings.slice(i, i + DETAIL_CHUNK).map((f) => f.id)
    const docs = await findAll<MinutesDoc>(ctx.db, 'minutes', { _id: _.in(ids), branchId })
    for (const d of docs) out.set(d.activityId, d)
  }
  return out
}

/** Documents of these activities by `activityId`, a chunk of ids per read, each read paged by findAll. */
async function byActivity<T extends { _id: string; activityId: string }>(
  ctx: ActionContext,
  collection: string,
  branchId: string,
  activityIds: string[],
): Promise<T[]> {
  const out: T[] = []
  for (let i = 0; i < activityIds.length; i += DETAIL_CHUNK) {
    const ids = activityIds.slice(i, i + DETAIL_CHUNK)
    out.push(...(await findAll<T>(ctx.db, collection, { activityId: ctx.db.command.in(ids), branchId })))
  }
  return out
}

export async function ledgerData(ctx: ActionContext, branchId: string, year: number): Promise<LedgerData> {
  const _ = ctx.db.command
  const months = yearMonths(year)
  const monthRange = _.and([_.gte(months[0]), _.lte(months[11])])
  const [[branch], facts, makeups, bills, confirmed, roll, appraisals, coverage] = await Promise.all([
    branchesInOrder(ctx, branchId),
    activityFacts(ctx, { branchId, month: monthRange, status: _.in(['published', 'closed']) }),
    findAll<MakeupTaskDoc>(ctx.db, 'makeupTasks', {
      branchId,
      'activity.startAt': _.and([
        _.gte(chinaInstant(`${year}-01-01 00:00`)),
        _.lt(chinaInstant(`${year + 1}-01-01 00:00`)),
      ]),
    }),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', { branchId, month: monthRange }),
    confirmedMinutes(ctx, branchId),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { branchId, year }),
    coverageOf(ctx, branchId, year),
  ])
  const held = facts.filter((f) => f.held).sort((a, b) => a.startAt - b.startAt)
  const meetings = held.filter((f) => takesMinutes(f.type))
  const lifeMeetings = held.filter((f) => f.type === 'lifeMeeting')
  const [detail, minutes, votes, items] = await Promise.all([
    peopleOf(ctx, held),
    minutesOf(ctx, branchId, meetings),
    byActivity<VoteDoc>(
      ctx,
      'votes',
      branchId,
      meetings.filter((f) => takesVotes(f.type)).map((f) => f.id),
    ),
    byActivity<RectifyItemDoc>(
      ctx,
      'rectifyItems',
      branchId,
      lifeMeetings.map((f) => f.id),
    ),
  ])
  const ids = new Set<string>([...makeups.map((m) => m.memberId), ...bills.map((b) => b.memberId)])
  for (const m of minutes.values()) for (const id of [m.hostId, m.recorderId]) if (id) ids.add(id)
  for (const d of detail.values()) for (const id of d.expectedIds) ids.add(id)
  for (const t of coverage.talks) for (const id of [t.recorderId, t.partnerId]) ids.add(id)
  const members = ids.size > 0 ? await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in([...ids]) }) : []
  const names = new Map(members.map((m) => [m._id, m.name]))
  const name = (id: string) => names.get(id) ?? '（已不在名册）'
  const sides = new Map(members.map((m) => [m._id, sideOf(m.role)]))
  const now = ctx.now()
  const activities = held.map((fact) => {
    const d = detail.get(fact.id) as Detail
    const of = <T extends { memberId: string }>(list: T[], id: string) => list.find((x) => x.memberId === id) ?? null
    const people = d.expectedIds.map((id) => {
      const s = standingOf({
        activity: { status: fact.status, startAt: fact.startAt, endAt: fact.endAt },
        attendance: of(d.att, id),
        leave: of(d.lv, id),
        makeup: of(d.mk, id),
        now,
      })
      return { name: name(id), status: s.status, reason: s.reason }
    })
    return { fact, people: people.sort((a, b) => a.name.localeCompare(b.name, 'zh')) }
  })
  const byMember = new Map<string, Array<DuesBillDoc | null>>()
  for (const bill of bills) {
    const row = byMember.get(bill.memberId) ?? months.map(() => null)
    row[months.indexOf(bill.month)] = bill
    byMember.set(bill.memberId, row)
  }
  return {
    branch,
    year,
    activities,
    makeups: makeups
      .filter((m) => m.status !== 'cancelled')
      .map((m) => ({ ...m, memberName: name(m.memberId) }))
      .sort((a, b) => a.activity.startAt - b.activity.startAt || a.memberName.localeCompare(b.memberName, 'zh')),
    dues: [...byMember.entries()]
      .map(([memberId, row]) => ({ memberId, name: name(memberId), months: row }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
    compliance: complianceView(
      branch,
      year,
      now,
      facts.map((f) => asRuleActivity(f, now, confirmed)),
    ),
    minutes: activities
      .filter((a) => takesMinutes(a.fact.type))
      .map((meeting) => {
        const doc = minutes.get(meeting.fact.id) ?? null
        const who = (id: string | null | undefined) => (id ? name(id) : null)
        return {
          meeting,
          minutes: doc,
          hostName: who(doc?.hostId),
          recorderName: who(doc?.recorderId),
          votes: votes
            .filter((v) => v.activityId === meeting.fact.id)
            .sort((a, b) => a.recordedAt - b.recordedAt || a._id.localeCompare(b._id)),
        }
      }),
    appraisals: appraisalsOf(roll, appraisals),
    talks: {
      kinds: coverage.kinds,
      list: [...coverage.talks]
        .sort((a, b) => a.date.localeCompare(b.date) || a.createdAt - b.createdAt)
        .map((t) => {
          const [a, b] = [sides.get(t.recorderId), sides.get(t.partnerId)]
          return {
            date: t.date,
            recorderName: name(t.recorderId),
            partnerName: name(t.partnerId),
            kind: a && b ? kindOf(a, b) : null,
          }
        }),
      people: coverage.people.map((p) => ({ name: p.name, side: p.side, kinds: kindWords(p), covered: p.covered })),
    },
    today: chinaDate(now),
    rectify: lifeMeetings.flatMap((meeting) =>
      items
        .filter((item) => item.activityId === meeting.id)
        .sort((a, b) => a.createdAt - b.createdAt || a._id.localeCompare(b._id))
        .map((item) => ({ meetingTitle: meeting.title, meetingDate: meeting.date, item })),
    ),
  }
}

/** Full members first, then 预备党员, by name; a graded member no longer on the roll keeps their line. */
function appraisalsOf(roll: MemberDoc[], docs: AppraisalDoc[]): LedgerAppraisal[] {
  const byMember = new Map(docs.map((d) => [d.memberId, d]))
  const here = new Set(roll.map((m) => m._id))
  return [
    ...roll.map((m) => ({ name: m.name, probationary: m.probationary, doc: byMember.get(m._id) ?? null })),
    ...docs.filter((d) => !here.has(d.memberId)).map((d) => ({ name: d.memberName, probationary: false, doc: d })),
  ].sort((a, b) => Number(a.probationary) - Number(b.probationary) || a.name.localeCompare(b.name, 'zh'))
}
