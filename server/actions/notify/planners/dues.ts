/**
 * 党费 reminders on each branch's collection day (from 09:00 China): to each member whose bill
 * for this month is still open; and to members 3 or 5 months in arrears, and their secretary.
 * A run of arrears is reminded once per level, however many collection days it lasts.
 */
import { chinaDate, chinaMonth } from '../../../../core/dates'
import { inChina } from '../../../../core/china-dayjs'
import { arrearsOf, owedOf, type MonthDues } from '../../../../core/dues/ledger'
import { duesMessage } from '../../../../core/notify/messages'
import { morningOf } from '../../../../core/notify/when'
import type { MemberDoc } from '../../../model'
import { findAll } from '../../../runtime/store'
import type { JobContext } from '../../../runtime/types'
import type { DuesBillDoc, DuesSettingsDoc } from '../../dues/model'
import { membersByIds } from '../members'
import { enqueue } from '../outbox'
import { oncePer } from './once'

const LEVELS = [5, 3] as const

function owingMonths(bills: DuesBillDoc[]): MonthDues[] {
  return bills.map((b) => ({ month: b.month, dueFen: b.dueFen, paidFen: b.paidFen, pending: false, billed: true }))
}

async function remindBranch(ctx: JobContext, s: DuesSettingsDoc, month: string): Promise<number> {
  const now = ctx.now()
  const open = await findAll<DuesBillDoc>(ctx.db, 'duesBills', { branchId: s._id, state: 'open' })
  const members = new Map(
    (await membersByIds(ctx.db, [...new Set(open.map((b) => b.memberId))])).map((m) => [m._id, m]),
  )
  const active = (id: string) => members.get(id)?.status === 'active'
  let planned = 0

  const thisMonth = new Map(
    open.filter((b) => b.month === month && active(b.memberId) && owedOf(b) > 0).map((b) => [b.memberId, b]),
  )
  planned += await enqueue(
    ctx.db,
    now,
    {
      key: `dues:${month}`,
      message: (m) =>
        duesMessage({ month, dueFen: owedOf(thisMonth.get(m._id) as DuesBillDoc) }, '今天是本支部党费收缴日'),
    },
    [...thisMonth.keys()].map((id) => members.get(id) as MemberDoc),
  )

  const secretaries = await findAll<MemberDoc>(ctx.db, 'members', {
    branchId: s._id,
    role: 'secretary',
    status: 'active',
  })
  const byMember = new Map<string, DuesBillDoc[]>()
  for (const b of open) if (b.month < month) byMember.set(b.memberId, [...(byMember.get(b.memberId) ?? []), b])
  for (const [memberId, bills] of byMember) {
    const member = members.get(memberId)
    const arrears = arrearsOf(owingMonths(bills), month)
    const level = LEVELS.find((n) => arrears.consecutive >= n)
    if (!member || member.status !== 'active' || !level || arrears.consecutive >= 6) continue
    const key = `arrears:${level}:${arrears.months[0]}`
    const owed = { month: arrears.months[arrears.months.length - 1], dueFen: arrears.owedFen }
    planned += await enqueue(
      ctx.db,
      now,
      { key, message: () => duesMessage(owed, `已连续${level}个月未交党费，请尽快补交`) },
      [member],
    )
    planned += await enqueue(
      ctx.db,
      now,
      {
        key: `${key}:${memberId}`,
        message: () => duesMessage(owed, `${member.name}已连续${level}个月未交党费`),
      },
      secretaries,
    )
  }
  return planned
}

export async function planDuesReminders(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  const settings = await findAll<DuesSettingsDoc>(ctx.db, 'duesSettings', { collectionDay: inChina(now).date() })
  let planned = 0
  if (!morningOf(today, now)) return { branches: 0, planned }
  const month = chinaMonth(now)
  for (const s of settings) {
    planned += await oncePer(ctx.db, `dues:${s._id}:${month}`, now, () => remindBranch(ctx, s, month))
  }
  return { branches: settings.length, planned }
}
