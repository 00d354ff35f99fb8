/**
 * Demo dues: every branch billed since last July, amounts confirmed for last year and this
 * one (except one branch that has not confirmed this year yet), a few bases just over a
 * bracket edge, an exemption and a member on relief among the retirees, most members paid
 * up (monthly or by the quarter), some owing this month, reports waiting for confirmation,
 * one returned, one corrected, one paid ahead, and members 3, 5 and 6 months in arrears.
 * Reports and confirmations are stamped in office hours of working days (demo/office.ts), never
 * after the seed's "now".
 */
import { chinaDate, chinaMonth, type ChinaMonth } from '../core/dates'
import { inChina } from '../core/china-dayjs'
import { addMonths, billState, computeAmount, maxMonth, monthOf, monthRange, type Reduction } from '../core/dues'
import type { DuesAmountDoc, DuesBillDoc, DuesPaymentDoc, DuesSettingsDoc } from '../server/actions/dues/model'
import type { DuesCategory } from '../server/model'
import type { Database } from '../localcloud/db'
import { seededRandom } from './names'
import { officeAfter, officeStamp, spreadOf } from './office'
import { actsAt, type DemoWorld } from './world'

type Plan = 'paid' | 'open' | 'reported' | 'rejected' | 'corrected' | 'prepaid' | 'arrears3' | 'arrears5' | 'arrears6'

/** Plans given, in order, to each branch's bound members (not officers), so that each shows from both sides. */
const PLANS: Record<string, Plan[]> = {
  'org-b1': ['reported', 'open', 'prepaid', 'arrears3', 'paid'],
  'org-b2': ['arrears3'],
  'org-b3': ['corrected'],
  'org-b4': ['arrears5'],
  'org-b6': ['arrears6'],
  'org-b7': ['rejected'],
}
/** Bases just over a bracket edge (in fen), so that the secretary of 机关第一党支部 sees warnings. */
const EDGE_BASES: Record<string, number> = { 'm-b1-06': 301500, 'm-b1-07': 504000, 'm-b1-08': 1008000 }
const SETTINGS: Record<string, Partial<DuesSettingsDoc>> = {
  'org-b1': { treasurerIds: ['m-b1-02'] },
  'org-b3': { prepayLimit: 3, collectionDay: 10 },
  'org-b5': { collectionDay: 15 },
}
/** Not yet confirmed this year: its bills carry last year's amounts. */
const UNCONFIRMED_BRANCH = 'org-b4'
const METHODS = ['wechat', 'wechat', 'cash', 'bank'] as const

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const random = seededRandom(20260601)
  const current = chinaMonth(now)
  const year = Number(current.slice(0, 4))
  const since = `${year - 1}-07`
  const branches = world.orgs.filter((o) => o.kind === 'branch')
  const settings = new Map<string, DuesSettingsDoc>()
  for (const b of branches) {
    const s: DuesSettingsDoc = {
      _id: b._id,
      collectionDay: 5,
      prepayLimit: 6,
      farmerFen: 20,
      treasurerIds: [],
      since,
      billedThrough: null,
      billedAt: now + 1,
      updatedAt: now,
      updatedBy: null,
      ...SETTINGS[b._id],
    }
    s.billedThrough = inChina(now).date() >= s.collectionDay ? current : addMonths(current, -1)
    settings.set(b._id, s)
  }
  const secretaries = new Map(world.members.filter((m) => m.role === 'secretary').map((m) => [m.branchId, m]))
  const named = new Map<string, Plan>()
  for (const [branchId, plans] of Object.entries(PLANS)) {
    const bound = world.members.filter(
      (m) => m.branchId === branchId && m.role === 'member' && m.openid && !m.probationary,
    )
    plans.forEach((plan, i) => bound[i] && named.set(bound[i]._id, plan))
  }
  const today = chinaDate(now)
  const amounts: DuesAmountDoc[] = []
  const bills: DuesBillDoc[] = []
  const payments: DuesPaymentDoc[] = []

  for (const member of world.members) {
    const s = settings.get(member.branchId)
    if (!s || !s.billedThrough) continue
    const secretary = secretaries.get(member.branchId) ?? member
    const confirmer = { id: secretary._id, name: secretary.name }
    const first = maxMonth(since, member.probationary ? monthOf(member.joinDate) : since)
    // Amounts: last year's (a little lower) and this year's, each as confirmed by the secretary.
    const category: DuesCategory = member._id === 'm-b5-11' ? 'relief' : member.duesCategory
    const reduction: Reduction | null =
      member._id === 'm-b5-10'
        ? {
            kind: 'exempt',
            monthlyFen: 0,
            approvedBy: '机关党委',
            approvedOn: `${year}-01-15`,
            reason: '重病住院，生活困难',
          }
        : null
    const base = EDGE_BASES[member._id] ?? member.duesBaseFen
    const record = (from: ChinaMonth, baseFen: number | null, red: Reduction | null): DuesAmountDoc | null => {
      const c = computeAmount({ category, baseFen, farmerFen: s.farmerFen, reduction: red }, today)
      if (!c.ok) return null
      return {
        _id: `${member._id}_${from}`,
        memberId: member._id,
        branchId: member.branchId,
        year: Number(from.slice(0, 4)),
        effectiveFrom: from,
        category,
        baseFen: category === 'relief' ? null : baseFen,
        regulationFen: c.regulationFen,
        rateBp: c.rateBp,
        reduction: red,
        monthlyFen: c.monthlyFen,
        confirmedBy: confirmer,
        confirmedAt: now,
      }
    }
    const mine = [
      first < `${year}-01` ? record(first, base === null ? null : Math.round((base * 0.97) / 100) * 100, null) : null,
      member.branchId === UNCONFIRMED_BRANCH && first < `${year}-01`
        ? null
        : record(maxMonth(first, `${year}-01`), base, reduction),
    ].filter((r): r is DuesAmountDoc => r !== null)
    amounts.push(...mine)
    const dueIn = (month: ChinaMonth) => [...mine].reverse().find((r) => r.effectiveFrom <= month)?.monthlyFen ?? null

    const plan: Plan = named.get(member._id) ?? (random() < 0.7 ? 'paid' : random() < 0.75 ? 'open' : 'reported')
    const through = s.billedThrough
    const arrears = plan.startsWith('arrears') ? Number(plan.slice(-1)) : 0
    const paidThrough =
      plan === 'prepaid'
        ? addMonths(current, 3)
        : arrears
          ? addMonths(current, -arrears - 1)
          : plan === 'paid' || plan === 'corrected'
            ? through
            : addMonths(through, -1)
    const billed = monthRange(first, maxMonth(through, paidThrough))
    const monthBills = new Map<ChinaMonth, DuesBillDoc>()
    for (const month of billed) {
      const dueFen = dueIn(month)
      const amountId = [...mine].reverse().find((r) => r.effectiveFrom <= month)?._id ?? null
      const bill: DuesBillDoc = {
        _id: `${member._id}_${month}`,
        memberId: member._id,
        branchId: member.branchId,
        month,
        dueFen,
        amountId,
        paidFen: 0,
        state: billState(dueFen, 0, false),
        pendingPaymentId: null,
        applied: [],
        rev: 0,
        createdAt: now,
        updatedAt: now,
      }
      monthBills.set(month, bill)
      bills.push(bill)
    }

    const entry = (
      id: string,
      months: ChinaMonth[],
      status: DuesPaymentDoc['status'],
      at: number,
      extra: Partial<DuesPaymentDoc> = {},
    ): DuesPaymentDoc => {
      const items = months.map((month) => ({ month, fen: monthBills.get(month)?.dueFen ?? 0 }))
      // Someone not bound to WeChat then paid the secretary in person, who recorded it.
      if (!actsAt(member, at)) extra = { ...extra, via: 'inPerson' }
      const inPerson = extra.via === 'inPerson'
      const confirmedAt = status === 'confirmed' ? officeAfter(at + 2 * 3600_000, now, `${id}_c`) : null
      return {
        _id: id,
        memberId: member._id,
        memberName: member.name,
        branchId: member.branchId,
        kind: 'payment',
        via: 'report',
        status,
        months: items,
        amountFen: items.reduce((sum, i) => sum + i.fen, 0),
        method: inPerson ? 'cash' : METHODS[Math.floor(random() * METHODS.length)],
        receiptFileID: null,
        note: null,
        reportedAt: at,
        reportedBy: inPerson ? confirmer : { id: member._id, name: member.name },
        confirmedAt,
        confirmedBy: status === 'confirmed' ? confirmer : null,
        rejectedAt: null,
        rejectedBy: null,
        rejectReason: null,
        correctsId: null,
        reason: null,
        posted: true,
        requestId: 'seed',
        ...extra,
      }
    }
    const apply = (p: DuesPaymentDoc) => {
      for (const item of p.months) {
        const bill = monthBills.get(item.month) as DuesBillDoc
        bill.paidFen += item.fen
        bill.applied.push(p._id)
        bill.state = billState(bill.dueFen, bill.paidFen, false)
      }
    }
    // Paid months, in entries of one to three months (some pay by the quarter).
    const payable = billed.filter((m) => m <= paidThrough && (monthBills.get(m)?.dueFen ?? 0) > 0)
    const monthsAgo = (m: ChinaMonth) =>
      officeStamp(now - (billed.length - billed.indexOf(m)) * 28 * 24 * 3600_000, now, spreadOf(`${member._id}_${m}`))
    for (let i = 0; i < payable.length;) {
      const size = plan === 'prepaid' && i === payable.length - 4 ? 4 : 1 + Math.floor(random() * 3)
      const chunk = payable.slice(i, i + size)
      i += chunk.length
      const via = random() < 0.3 ? 'inPerson' : 'report'
      const p = entry(`${member._id}_${chunk[0]}_s`, chunk, 'confirmed', monthsAgo(chunk[0]), { via })
      payments.push(p)
      apply(p)
      if (plan === 'corrected' && i >= payable.length) {
        const rev: DuesPaymentDoc = {
          ...p,
          _id: `${p._id}_rev`,
          kind: 'correction',
          via: 'correction',
          months: p.months.map((x) => ({ month: x.month, fen: -x.fen })),
          amountFen: -p.amountFen,
          reportedAt: p.confirmedAt as number,
          reportedBy: confirmer,
          correctsId: p._id,
          reason: '误将他人缴纳的党费登记在本人名下',
        }
        const againAt = officeAfter(p.confirmedAt as number, now, `${p._id}_s2`)
        const again = entry(`${member._id}_${chunk[0]}_s2`, chunk, 'confirmed', againAt, {
          via: 'inPerson',
        })
        payments.push(rev, again)
        apply(rev)
        apply(again)
      }
    }
    const open = monthBills.get(through)
    const reportAt = officeStamp(now - 2 * 24 * 3600_000, now, spreadOf(`${member._id}_${through}_r`))
    // A report waiting for the secretary is the member's own, in the app: only once bound.
    if (open && open.state === 'open' && (plan === 'reported' || plan === 'rejected') && actsAt(member, reportAt)) {
      const at = reportAt
      const p = entry(`${member._id}_${through}_r`, [through], plan, at)
      if (plan === 'rejected') {
        Object.assign(p, {
          rejectedAt: officeAfter(at, now, `${p._id}_x`),
          rejectedBy: confirmer,
          rejectReason: '支部未收到这笔转账，请核对后重新报告',
        })
      } else {
        open.pendingPaymentId = p._id
        open.state = 'reported'
      }
      payments.push(p)
    }
  }

  const raw = (list: object[]) => list as unknown as Record<string, unknown>[]
  await db.insertRaw('duesSettings', raw([...settings.values()]))
  await db.insertRaw('duesAmounts', raw(amounts))
  await db.insertRaw('duesBills', raw(bills))
  await db.insertRaw('duesPayments', raw(payments))
}
