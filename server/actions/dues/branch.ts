/** `dues.branch`: the secretary's 党费 page in one call. */
import type { ArrearsRow, BranchDues, LedgerMonth, PaymentEntry } from '../../../core/contract/dues'
import { chinaDate, chinaMonth } from '../../../core/dates'
import {
  arrearsOf,
  collectionOf,
  collectionOpen,
  toDuesMonth,
  type MonthCollection,
  type MonthDues,
} from '../../../core/dues'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll } from '../../runtime/store'
import type { ActionContext, Cloud, Db } from '../../runtime/types'
import type { DuesAmountDoc, DuesBillDoc, DuesPaymentDoc, DuesSettingsDoc } from './model'
import { resolveMonth } from './resolve'
import { reportedPayments } from './waiting'
import { activeBranch, mayCollect, readSettings, settingsView } from './settings'
import { newestFirst, toEntry } from './views'
import { activeMembers, findIn, groupBy, recordsOf, yearAmounts } from './year-amounts'

export function billMonth(bill: DuesBillDoc): MonthDues {
  return {
    month: bill.month,
    dueFen: bill.dueFen,
    paidFen: bill.paidFen,
    pending: bill.state === 'reported',
    billed: true,
  }
}

function thisMonthLedger(
  members: MemberDoc[],
  bills: DuesBillDoc[],
  records: Map<string, DuesAmountDoc[]>,
  settings: DuesSettingsDoc,
  now: number,
): LedgerMonth {
  const month = chinaMonth(now)
  const byMember = new Map(bills.map((b) => [b.memberId, b]))
  const rows = members
    .map((m) => {
      const bill = byMember.get(m._id)
      const dues = bill
        ? billMonth(bill)
        : {
            month,
            dueFen: resolveMonth(records.get(m._id) ?? [], m, settings, month, now).dueFen,
            paidFen: 0,
            pending: false,
            billed: false,
          }
      const { dueFen, paidFen, owedFen, status } = toDuesMonth(dues, month)
      return { memberId: m._id, name: m.name, dueFen, paidFen, owedFen, status }
    })
    .sort((a, b) => a.name.localeCompare(b.name, 'zh'))
  const open = collectionOpen(month, chinaDate(now), settings.collectionDay)
  return {
    month,
    collection: collectionOf(month, rows, open, settings.collectionDay),
    billed: bills.length > 0,
    dueFen: rows.reduce((sum, r) => sum + (r.dueFen ?? 0), 0),
    paidFen: rows.reduce((sum, r) => sum + r.paidFen, 0),
    outstandingFen: rows.reduce((sum, r) => sum + r.owedFen, 0),
    members: rows.length,
    paidMembers: rows.filter((r) => r.status === 'paid').length,
    rows,
  }
}

export function arrearsRows(members: MemberDoc[], openBills: DuesBillDoc[], month: string): ArrearsRow[] {
  const byMember = groupBy(openBills, (b) => b.memberId)
  return members
    .map((m) => ({ memberId: m._id, name: m.name, ...arrearsOf((byMember.get(m._id) ?? []).map(billMonth), month) }))
    .filter((r) => r.months.length > 0)
    .sort((a, b) => b.consecutive - a.consecutive || b.owedFen - a.owedFen || a.name.localeCompare(b.name, 'zh'))
}

/** Temporary links to receipt photos (50 per call, WeChat's limit); none when it fails. */
export async function withReceipts(cloud: Cloud, payments: DuesPaymentDoc[]): Promise<PaymentEntry[]> {
  const ids = payments.map((p) => p.receiptFileID).filter((f): f is string => !!f)
  const urls = new Map<string, string>()
  for (let i = 0; i < ids.length; i += 50) {
    try {
      const { fileList } = await cloud.getTempFileURL({ fileList: ids.slice(i, i + 50) })
      for (const f of fileList) if (f.tempFileURL) urls.set(f.fileID, f.tempFileURL)
    } catch (error) {
      console.warn('receipt links unavailable', error)
    }
  }
  const all = new Set(payments.map((p) => p._id))
  return payments.map((p) => toEntry(p, all, p.receiptFileID ? (urls.get(p.receiptFileID) ?? null) : null))
}

export async function openBillsOf(db: Db, memberIds: string[], before: string): Promise<DuesBillDoc[]> {
  return findIn<DuesBillDoc>(db, 'duesBills', 'memberId', memberIds, { state: 'open', month: db.command.lt(before) })
}

/** This month's collection for 支部概览: the same rows and definition as the branch's 党费 page. */
export async function branchMonthCollection(ctx: ActionContext, branchId: string): Promise<MonthCollection> {
  const now = ctx.now()
  const month = chinaMonth(now)
  const [settings, members, bills] = await Promise.all([
    readSettings(ctx.db, branchId, now),
    activeMembers(ctx.db, branchId),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', { branchId, month }),
  ])
  const records = await recordsOf(
    ctx.db,
    members.map((m) => m._id),
  )
  return thisMonthLedger(members, bills, records, settings, now).collection
}

export async function branchDues(input: { branchId?: string }, ctx: ActionContext): Promise<BranchDues> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  const now = ctx.now()
  const month = chinaMonth(now)
  const [branch, settings, members, waiting, bills] = await Promise.all([
    activeBranch(ctx.db, branchId),
    readSettings(ctx.db, branchId, now),
    activeMembers(ctx.db, branchId),
    findAll<DuesPaymentDoc>(ctx.db, 'duesPayments', reportedPayments(branchId)),
    findAll<DuesBillDoc>(ctx.db, 'duesBills', { branchId, month }),
  ])
  const ids = members.map((m) => m._id)
  const [records, open, settingsOut, waitingOut] = await Promise.all([
    recordsOf(ctx.db, ids),
    openBillsOf(ctx.db, ids, month),
    settingsView(ctx.db, settings),
    withReceipts(ctx.cloud, [...waiting].sort(newestFirst).reverse()),
  ])
  return {
    branch: { id: branch._id, name: branch.name },
    settings: settingsOut,
    canCollect: mayCollect(ctx.caller, settings),
    canChangeSettings: ctx.caller.isAdmin || ctx.caller.member?.role === 'secretary',
    today: chinaDate(now),
    currentMonth: month,
    year: yearAmounts(members, records, settings, Number(month.slice(0, 4)), now),
    thisMonth: thisMonthLedger(members, bills, records, settings, now),
    arrears: arrearsRows(members, open, month),
    waiting: waitingOut,
  }
}
