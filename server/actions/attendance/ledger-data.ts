/**
 * What the 支部工作手册 ledger of a branch's year holds, read for one branch and year only:
 * each held activity with the names of who came, who was on leave (and why) and who was absent;
 * the year's 补学 with the 心得 state; dues by member and month; the branch's rules row; and
 * the 会议记录 of each held meeting that takes minutes (read by meeting id, a few at a time).
 */
import { standingOf, type Standing } from '../../../core/attendance/standing'
import type { ComplianceRowView } from '../../../core/contract/attendance'
import { takesMinutes } from '../../../core/minutes/types'
import { chinaInstant } from '../../../core/dates'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { MakeupTaskDoc } from '../activity/model'
import type { DuesBillDoc } from '../dues/model'
import type { MinutesDoc } from '../minutes/model'
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
}

export interface LedgerData {
  branch: BranchFacts
  year: number
  activities: LedgerActivity[]
  makeups: Array<MakeupTaskDoc & { memberName: string }>
  dues: Array<{ memberId: string; name: string; months: Array<DuesBillDoc | null> }>
  compliance: ComplianceRowView
  minutes: LedgerMinutes[]
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

export async function ledgerData(ctx: ActionContext, branchId: string, year: number): Promise<LedgerData> {
  const _ = ctx.db.command
  const months = yearMonths(year)
  const monthRange = _.and([_.gte(months[0]), _.lte(months[11])])
  const [[branch], facts, makeups, bills, confirmed] = await Promise.all([
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
  ])
  const held = facts.filter((f) => f.held).sort((a, b) => a.startAt - b.startAt)
  const meetings = held.filter((f) => takesMinutes(f.type))
  const [detail, minutes] = await Promise.all([peopleOf(ctx, held), minutesOf(ctx, branchId, meetings)])
  const ids = new Set<string>([...makeups.map((m) => m.memberId), ...bills.map((b) => b.memberId)])
  for (const m of minutes.values()) for (const id of [m.hostId, m.recorderId]) if (id) ids.add(id)
  for (const d of detail.values()) for (const id of d.expectedIds) ids.add(id)
  const members = ids.size > 0 ? await findAll<MemberDoc>(ctx.db, 'members', { _id: _.in([...ids]) }) : []
  const names = new Map(members.map((m) => [m._id, m.name]))
  const name = (id: string) => names.get(id) ?? '（已不在名册）'
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
        return { meeting, minutes: doc, hostName: who(doc?.hostId), recorderName: who(doc?.recorderId) }
      }),
  }
}
