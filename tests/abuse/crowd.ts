/**
 * A crowd at once: 500 members asking for leave from the same activity, and 500 members reporting
 * this month's dues, each tapping twice (two requests, not a retry), all at the same time. Exact
 * counts afterwards: one leave request per member with one request in its history, one payment
 * per member with its bill claimed by it, and every second tap refused as already reported.
 */
import type { LocalCloud } from '../../localcloud/server'
import { demoOpenid } from '../../demo/identities'
import type { LeaveRequestDoc } from '../../server/actions/activity/model'
import type { DuesBillDoc, DuesPaymentDoc } from '../../server/actions/dues/model'
import { insertActivityTomorrow, insertMembers } from '../helpers/activity-mothers'
import { actor, seedWorld } from '../helpers/cloud'
import { thisMonth, WORLD_MONTHLY_FEN } from '../helpers/dues-mothers'

export interface CrowdReport {
  members: number
  leaveAnswered: number
  leaveRequests: number
  /** Leave requests whose history holds more than the one request. */
  leaveDoubled: number
  reportsAccepted: number
  secondTapsRefused: number
  payments: number
  /** Bills not claimed by exactly the member's one payment. */
  billsAmiss: number
  failures: string[]
}

export async function crowd(cloud: LocalCloud, size: number): Promise<CrowdReport> {
  await seedWorld(cloud)
  const ids = await insertMembers(cloud, size)
  const activity = await insertActivityTomorrow(cloud, { _id: 'act-crowd', expectedIds: [...ids].sort() })
  const people = ids.map((id) => actor(cloud, demoOpenid(id)))
  const report: CrowdReport = {
    members: size,
    leaveAnswered: 0,
    leaveRequests: 0,
    leaveDoubled: 0,
    reportsAccepted: 0,
    secondTapsRefused: 0,
    payments: 0,
    billsAmiss: 0,
    failures: [],
  }

  const leaves = await Promise.all(
    people.map((p) => p.call('member', 'leave.request', { activityId: activity._id, reason: '出差' })),
  )
  report.leaveAnswered = leaves.filter((r) => r.ok).length
  const stored = (await cloud.database.find('leaveRequests', {
    activityId: activity._id,
  })) as unknown as LeaveRequestDoc[]
  report.leaveRequests = stored.length
  report.leaveDoubled = stored.filter((l) => l.history.length !== 1).length

  const pay = { months: [thisMonth()], amountFen: WORLD_MONTHLY_FEN, method: 'wechat' as const }
  const taps = await Promise.all(
    people.flatMap((p) => [p.call('member', 'dues.report', pay), p.call('member', 'dues.report', pay)]),
  )
  for (const answer of taps) {
    if (answer.ok) report.reportsAccepted++
    else if (answer.error.code === 'DUES.ALREADY_REPORTED') report.secondTapsRefused++
    else report.failures.push(`${answer.error.code} ${answer.error.message}`)
  }
  const memberIds = new Set(ids)
  const payments = ((await cloud.database.find('duesPayments', {})) as unknown as DuesPaymentDoc[]).filter((p) =>
    memberIds.has(p.memberId),
  )
  report.payments = payments.length
  const paymentOf = new Map(payments.map((p) => [p.memberId, p._id]))
  const bills = (await cloud.database.find('duesBills', { month: thisMonth() })) as unknown as DuesBillDoc[]
  report.billsAmiss =
    ids.length -
    bills.filter((b) => memberIds.has(b.memberId) && b.pendingPaymentId === paymentOf.get(b.memberId)).length
  for (const l of leaves) if (!l.ok) report.failures.push(`${l.error.code} ${l.error.message}`)
  return report
}
