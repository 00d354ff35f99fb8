/** Object mothers for dues: valid documents, changed only where a test cares. */
import { chinaMonth } from '../../core/dates'
import type { LocalCloud } from '../../localcloud/server'
import type { DuesAmountDoc, DuesBillDoc, DuesPaymentDoc, DuesSettingsDoc } from '../../server/actions/dues/model'
import { asMember, asSecretary, WORLD } from './cloud'
import { testNow } from './now'

/** 2026-03-10 10:00 in China: after the default collection day (the 5th). */
export const MARCH_10 = Date.parse('2026-03-10T10:00:00+08:00')

export function aSettings(branchId: string, overrides: Partial<DuesSettingsDoc> = {}): DuesSettingsDoc {
  return {
    _id: branchId,
    collectionDay: 5,
    prepayLimit: 6,
    farmerFen: 20,
    treasurerIds: [],
    since: '2025-07',
    billedThrough: null,
    billedAt: 0,
    updatedAt: 0,
    updatedBy: null,
    ...overrides,
  }
}

export function anAmount(
  memberId: string,
  branchId: string,
  effectiveFrom: string,
  monthlyFen: number,
  overrides: Partial<DuesAmountDoc> = {},
): DuesAmountDoc {
  return {
    _id: `${memberId}_${effectiveFrom}`,
    memberId,
    branchId,
    year: Number(effectiveFrom.slice(0, 4)),
    effectiveFrom,
    category: 'inService',
    baseFen: null,
    regulationFen: monthlyFen,
    rateBp: null,
    reduction: null,
    monthlyFen,
    confirmedBy: { id: null, name: '甲书记' },
    confirmedAt: 0,
    ...overrides,
  }
}

export function aBill(memberId: string, branchId: string, month: string, dueFen: number, paidFen = 0): DuesBillDoc {
  return {
    _id: `${memberId}_${month}`,
    memberId,
    branchId,
    month,
    dueFen,
    amountId: 'roster',
    paidFen,
    state: paidFen >= dueFen ? 'settled' : 'open',
    pendingPaymentId: null,
    applied: [],
    rev: 0,
    createdAt: 0,
    updatedAt: 0,
  }
}

export async function insertDues(
  cloud: LocalCloud,
  docs: { settings?: DuesSettingsDoc[]; amounts?: DuesAmountDoc[]; bills?: DuesBillDoc[]; payments?: DuesPaymentDoc[] },
): Promise<void> {
  const raw = (list: object[]) => list as unknown as Record<string, unknown>[]
  if (docs.settings) await cloud.database.insertRaw('duesSettings', raw(docs.settings))
  if (docs.amounts) await cloud.database.insertRaw('duesAmounts', raw(docs.amounts))
  if (docs.bills) await cloud.database.insertRaw('duesBills', raw(docs.bills))
  if (docs.payments) await cloud.database.insertRaw('duesPayments', raw(docs.payments))
}

export async function fireTimer(cloud: LocalCloud): Promise<Record<string, number>> {
  const res = await fetch(cloud.url + '/_admin/timers/timer', { method: 'POST' })
  const body = (await res.json()) as {
    kind: string
    result?: { ok: boolean; data: Record<string, Record<string, number>> }
  }
  if (body.kind !== 'result' || !body.result?.ok) throw new Error(`timer failed: ${JSON.stringify(body)}`)
  return body.result.data.duesBills
}

export async function bills(cloud: LocalCloud, filter: Record<string, unknown> = {}): Promise<DuesBillDoc[]> {
  return (await cloud.database.find('duesBills', filter)) as unknown as DuesBillDoc[]
}

export async function payments(cloud: LocalCloud, filter: Record<string, unknown> = {}): Promise<DuesPaymentDoc[]> {
  return (await cloud.database.find('duesPayments', filter)) as unknown as DuesPaymentDoc[]
}

/** World members pay 90.00 元 a month (roster base 6000 元, 1.5%). */
export const WORLD_MONTHLY_FEN = 9000

/** The month of the run's TEST_NOW, where every test cloud's clock starts. */
export const thisMonth = (): string => chinaMonth(testNow())

/** A member of branch A reports this month; returns the payment id. */
export async function aReport(cloud: LocalCloud, memberId: string = WORLD.memberA1): Promise<string> {
  const view = await asMember(cloud, memberId).ok('member', 'dues.report', {
    months: [thisMonth()],
    amountFen: WORLD_MONTHLY_FEN,
    method: 'wechat',
  })
  return view.payments[0].id
}

/** Branch A's secretary records this month in person for a member; returns the payment id. */
export async function aRecordedPayment(cloud: LocalCloud, memberId: string = WORLD.memberA2): Promise<string> {
  const entry = await asSecretary(cloud).ok('secretary', 'dues.payment.record', {
    memberId,
    months: [thisMonth()],
    amountFen: WORLD_MONTHLY_FEN,
    method: 'cash',
  })
  return entry.id
}
