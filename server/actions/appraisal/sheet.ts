/**
 * `appraisal.sheet`: the secretary's 民主评议 for a year in one call — every member now on the
 * branch's roll, beside each only the facts of organisational life that year (meetings missed
 * with the reason the attendance book gives, dues months unpaid), and the grade recorded.
 * Study records are never read here: the 2026 rules forbid them as grounds.
 */
import { APPRAISAL_GRADE_LABELS } from '../../../core/appraisal/labels'
import {
  countGrades,
  excellentCheck,
  rectificationState,
  rectificationWords,
  yearProblem,
  yearsOffered,
} from '../../../core/appraisal/rules'
import { standingOf } from '../../../core/attendance/standing'
import type { AppraisalGradeView, AppraisalMissed, AppraisalSheet } from '../../../core/contract/appraisal'
import { chinaDate, chinaMonth } from '../../../core/dates'
import { owedOf } from '../../../core/dues'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc } from '../activity/model'
import { branchesInOrder } from '../attendance/branches'
import { yearMonths } from '../attendance/period'
import type { DuesBillDoc } from '../dues/model'
import { findIn } from '../dues/year-amounts'
import type { AppraisalDoc } from './model'

export const currentYear = (ctx: { now(): number }): number => Number(chinaDate(ctx.now()).slice(0, 4))

/** The year asked for, refused when in the future or too far back. */
export function checkedYear(ctx: { now(): number }, year: number | undefined): number {
  const current = currentYear(ctx)
  const chosen = year ?? current
  const problem = yearProblem(chosen, current)
  if (problem) throw new DomainError(problem)
  return chosen
}

export function gradeView(doc: AppraisalDoc, today: string): AppraisalGradeView {
  return {
    grade: doc.grade,
    label: APPRAISAL_GRADE_LABELS[doc.grade],
    reason: doc.reason,
    decidedOn: doc.decidedOn,
    recordedByName: doc.recordedByName,
    corrections: doc.corrections.map((c) => ({
      at: c.at,
      byName: c.byName,
      reason: c.reason,
      was: APPRAISAL_GRADE_LABELS[c.before.grade] + (c.before.reason ? `（${c.before.reason}）` : ''),
    })),
    rectification: doc.rectification
      ? {
          endsOn: doc.rectification.endsOn,
          state: rectificationState(doc.rectification.endsOn, today),
          words: rectificationWords(doc.rectification.endsOn, today),
        }
      : null,
  }
}

/** Held meetings of the year each member was expected at and missed, with the reason. */
async function missedByMember(ctx: ActionContext, branchId: string, months: string[]) {
  const _ = ctx.db.command
  const now = ctx.now()
  const inYear = _.and([_.gte(months[0]), _.lte(months[11])])
  const [activities, records] = await Promise.all([
    findAll<ActivityDoc>(ctx.db, 'activities', {
      branchId,
      month: inYear,
      status: _.in(['published', 'closed']),
      startAt: _.lte(now),
    }),
    findAll<AttendanceDoc>(ctx.db, 'attendance', { branchId, month: inYear }),
  ])
  // Leave asked for those activities (by their indexed activityId).
  const leaves = await findIn<LeaveRequestDoc>(
    ctx.db,
    'leaveRequests',
    'activityId',
    activities.map((a) => a._id),
  )
  const key = (activityId: string, memberId: string) => `${activityId} ${memberId}`
  const att = new Map(records.map((r) => [key(r.activityId, r.memberId), r]))
  const lv = new Map(leaves.map((l) => [key(l.activityId, l.memberId), l]))
  const out = new Map<string, AppraisalMissed[]>()
  const held = activities.filter((a) => a.status === 'closed' || a.endAt <= now).sort((a, b) => a.startAt - b.startAt)
  for (const a of held) {
    for (const memberId of a.expectedIds) {
      const s = standingOf({
        activity: { status: a.status, startAt: a.startAt, endAt: a.endAt },
        attendance: att.get(key(a._id, memberId)) ?? null,
        leave: lv.get(key(a._id, memberId)) ?? null,
        makeup: null,
        now,
      })
      if (s.status === 'present') continue
      const list = out.get(memberId) ?? []
      list.push({ date: a.date, title: a.title, reason: s.reason ?? '未请假' })
      out.set(memberId, list)
    }
  }
  return out
}

/** Months of the year before this one whose dues were billed and are still owed (a report waiting is not). */
async function unpaidByMember(ctx: ActionContext, memberIds: string[], months: string[]) {
  const current = chinaMonth(ctx.now())
  const _ = ctx.db.command
  const bills = await findIn<DuesBillDoc>(ctx.db, 'duesBills', 'memberId', memberIds, {
    state: 'open',
    month: _.and([_.gte(months[0]), _.lte(months[11]), _.lt(current)]),
  })
  const out = new Map<string, string[]>()
  for (const b of bills) {
    if (owedOf(b) <= 0) continue
    out.set(b.memberId, [...(out.get(b.memberId) ?? []), b.month].sort())
  }
  return out
}

export async function appraisalSheet(ctx: ActionContext, branchId: string, year: number): Promise<AppraisalSheet> {
  const months = yearMonths(year)
  const today = chinaDate(ctx.now())
  const [[branch], members, docs, missed] = await Promise.all([
    branchesInOrder(ctx, branchId),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { branchId, year }),
    missedByMember(ctx, branchId, months),
  ])
  const unpaid = await unpaidByMember(
    ctx,
    members.map((m) => m._id),
    months,
  )
  const byMember = new Map(docs.map((d) => [d.memberId, d]))
  const rows = members
    .sort((a, b) => Number(a.probationary) - Number(b.probationary) || a.name.localeCompare(b.name, 'zh'))
    .map((m) => {
      const doc = byMember.get(m._id)
      return {
        memberId: m._id,
        name: m.name,
        probationary: m.probationary,
        missed: missed.get(m._id) ?? [],
        unpaidMonths: unpaid.get(m._id) ?? [],
        grade: doc && !m.probationary ? gradeView(doc, today) : null,
      }
    })
  const graded = rows.filter((r) => !r.probationary)
  const counts = countGrades(graded.flatMap((r) => (r.grade ? [r.grade.grade] : [])))
  return {
    branch: { id: branch.id, name: branch.name },
    year,
    years: yearsOffered(currentYear(ctx)),
    today,
    rows,
    counts: {
      ...counts,
      pending: graded.filter((r) => !r.grade).length,
      probationary: rows.length - graded.length,
    },
    excellent: excellentCheck(counts.excellent, graded.length),
  }
}
