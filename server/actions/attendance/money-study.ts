/**
 * Dues collected and study records beside attendance, by branch and month, each in one
 * aggregate. Dues: what was paid counts up to what was due, exempt bills (0 due) add nothing, and
 * a month whose collection day has not come counts nothing yet — the same sums as 党费收缴情况
 * (dues.collection, core/dues/collection). Study: members with a standing record ÷ the
 * branch's active members, as 学习情况 counts them (by each member's branch now, whole percent).
 */
import { percent } from '../../../core/attendance/figures'
import { sharePercent } from '../../../core/study'
import type { DuesFigure, StudyFigure } from '../../../core/contract/attendance'
import { chinaDate } from '../../../core/dates'
import { collectionOpen } from '../../../core/dues/collection'
import type { Filter } from '../../runtime/sdk'
import { findAll } from '../../runtime/store'
import type { DuesSettingsDoc } from '../dues/model'
import { DEFAULT_COLLECTION_DAY } from '../dues/settings'
import type { ActionContext } from '../../runtime/types'

export function duesFigure(dueFen: number, paidFen: number, open = true): DuesFigure {
  return { dueFen, paidFen, ratePct: open ? percent(paidFen, dueFen) : null, open }
}

/** Open months only, as 党费收缴情况 totals them; before any month opens, what is billed so far. */
export function sumDues(list: DuesFigure[]): DuesFigure {
  const open = list.filter((d) => d.open)
  const counted = open.length > 0 ? open : list
  return duesFigure(
    counted.reduce((s, d) => s + d.dueFen, 0),
    counted.reduce((s, d) => s + d.paidFen, 0),
    open.length > 0 || list.length === 0,
  )
}

const range = (ctx: ActionContext, months: string[]) =>
  ctx.db.command.and([ctx.db.command.gte(months[0]), ctx.db.command.lte(months[months.length - 1])])

/** Per branch and month: due and paid fen, and whether the month's collection has opened. */
export interface DuesByMonth {
  figure(branchId: string, month: string): DuesFigure
}

export async function duesByMonth(ctx: ActionContext, months: string[], branchIds: string[]): Promise<DuesByMonth> {
  const _ = ctx.db.command
  const $ = _.aggregate
  const match: Filter = { month: range(ctx, months) }
  if (branchIds.length === 1) match.branchId = branchIds[0]
  const res = await ctx.db
    .collection('duesBills')
    .aggregate()
    .match(match)
    .group({ _id: { b: '$branchId', m: '$month' }, due: $.sum('$dueFen'), paid: $.sum($.min(['$paidFen', '$dueFen'])) })
    .limit(Math.max(1, branchIds.length) * months.length * 2 + 100)
    .end()
  const settings = await findAll<DuesSettingsDoc>(ctx.db, 'duesSettings', {})
  const dayOf = new Map(settings.map((s) => [s._id, s.collectionDay]))
  const today = chinaDate(ctx.now())
  const open = (branchId: string, month: string) =>
    collectionOpen(month, today, dayOf.get(branchId) ?? DEFAULT_COLLECTION_DAY)
  const sums = new Map<string, { due: number; paid: number }>()
  for (const g of res.list as Array<{ _id: { b: string; m: string }; due: number; paid: number }>) {
    sums.set(`${g._id.b}|${g._id.m}`, { due: g.due ?? 0, paid: g.paid ?? 0 })
  }
  return {
    figure(branchId, month) {
      const sum = sums.get(`${branchId}|${month}`)
      return duesFigure(sum?.due ?? 0, sum?.paid ?? 0, open(branchId, month))
    },
  }
}

export interface StudyTally {
  /** Members with a record in the whole period, and in each month. */
  year: number
  byMonth: Map<string, number>
}

/** Per branch: active members with a standing study record in the months, and in each month. */
export async function studyByBranch(
  ctx: ActionContext,
  months: string[],
  only?: string,
): Promise<Map<string, StudyTally>> {
  const $ = ctx.db.command.aggregate
  const res = await ctx.db
    .collection('studyCheckins')
    .aggregate()
    .match({ month: range(ctx, months), status: 'active' })
    .group({ _id: '$memberId', months: $.addToSet('$month') })
    .lookup({ from: 'members', localField: '_id', foreignField: '_id', as: 'who' })
    .project({ months: 1, b: $.arrayElemAt(['$who.branchId', 0]), s: $.arrayElemAt(['$who.status', 0]) })
    .match({ s: 'active', ...(only ? { b: only } : {}) })
    .group({ _id: '$b', n: $.sum(1), months: $.push('$months') })
    .limit(1000)
    .end()
  const out = new Map<string, StudyTally>()
  for (const g of res.list as Array<{ _id: string; n: number; months: string[][] }>) {
    const byMonth = new Map<string, number>()
    for (const list of g.months) for (const m of list) byMonth.set(m, (byMonth.get(m) ?? 0) + 1)
    out.set(g._id, { year: g.n, byMonth })
  }
  return out
}

export function studyFigure(members: number, withRecord: number): StudyFigure {
  return { members, withRecord, sharePct: sharePercent(withRecord, members) }
}
