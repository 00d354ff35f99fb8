/** 党费 as the server answers it, for the app's tests: small, valid, and easy to vary. */
import type { AmountRow, BranchDues, DuesMonth, MemberDuesView, PaymentEntry, PayOption } from '@core/contract/dues'

export const month = (m: string, dueFen: number | null, status: DuesMonth['status'], paidFen = 0): DuesMonth => ({
  month: m,
  dueFen,
  paidFen,
  owedFen: dueFen === null ? 0 : Math.max(dueFen - paidFen, 0),
  status,
})

export const option = (months: string[], totalFen: number, label: string): PayOption => ({
  months,
  totalFen,
  label,
  arrearsCount: months.filter((m) => m < '2026-03').length,
  prepayCount: months.filter((m) => m > '2026-03').length,
})

/** 张三 in March 2026: 30.00 a month, January and February unpaid, March due. */
export function memberView(extra: Partial<MemberDuesView> = {}): MemberDuesView {
  return {
    member: { id: 'm-1', name: '张三', branchId: 'org-b1', branchName: '机关第一党支部', probationary: false },
    settings: { collectionDay: 5, prepayLimit: 6 },
    today: '2026-03-10',
    currentMonth: '2026-03',
    firstMonth: '2025-07',
    amount: {
      effectiveFrom: '2026-01',
      category: 'inService',
      baseFen: 300001,
      regulationFen: 3000,
      monthlyFen: 3000,
      rateBp: 100,
      reduction: null,
      confirmed: true,
    },
    thisMonth: month('2026-03', 3000, 'due'),
    arrears: { months: ['2026-01', '2026-02'], owedFen: 6000, consecutive: 2, level: 'owing' },
    history: [
      month('2026-03', 3000, 'due'),
      month('2026-02', 3000, 'overdue'),
      month('2026-01', 3000, 'overdue'),
      month('2025-12', 2900, 'paid', 2900),
    ],
    payments: [],
    payOptions: [
      option(['2026-01'], 3000, '2026年1月，1个月'),
      option(['2026-01', '2026-02'], 6000, '2026年1月—2月，2个月'),
      option(['2026-01', '2026-02', '2026-03'], 9000, '2026年1月—3月，3个月'),
    ],
    notice: null,
    canCollect: false,
    ...extra,
  }
}

export function payment(extra: Partial<PaymentEntry> = {}): PaymentEntry {
  return {
    id: 'p-1',
    memberId: 'm-2',
    memberName: '李四',
    branchId: 'org-b1',
    kind: 'payment',
    status: 'reported',
    via: 'report',
    months: [{ month: '2026-03', fen: 1500 }],
    amountFen: 1500,
    method: 'wechat',
    receiptFileID: null,
    receiptUrl: null,
    reportedAt: Date.UTC(2026, 2, 9, 2, 30),
    reportedByName: '李四',
    confirmedAt: null,
    confirmedByName: null,
    rejectedAt: null,
    rejectedByName: null,
    rejectReason: null,
    note: null,
    correctsId: null,
    reason: null,
    correctedById: null,
    ...extra,
  }
}

export function amountRow(name: string, base: string, monthlyFen: number, extra: Partial<AmountRow> = {}): AmountRow {
  const baseFen = Math.round(Number(base) * 100)
  return {
    memberId: `m-${name}`,
    name,
    probationary: false,
    joinDate: '2010-07-01',
    source: 'confirmed',
    category: 'inService',
    baseFen,
    base,
    regulationFen: monthlyFen,
    monthlyFen,
    rateBp: 100,
    reduction: null,
    effectiveFrom: '2026-01',
    confirmedByName: '李书记',
    confirmedAt: Date.UTC(2026, 0, 10),
    changes: [],
    warning: null,
    problem: null,
    firstMonth: '2025-07',
    ...extra,
  }
}

const EDGE = '基数只比3000.00元高0.01元，按1%每月30.00元；若为3000.00元则按0.5%每月15.00元，请核对基数'

/** 机关第一党支部 in March 2026: one edge warning, one report waiting with a receipt photo. */
export function branchDues(extra: Partial<BranchDues> = {}): BranchDues {
  const rows = [
    amountRow('王芳', '3000.00', 1500, { rateBp: 50 }),
    amountRow('李四', '3000.01', 3000, { warning: EDGE }),
    amountRow('赵强', '6500.00', 9750, { rateBp: 150 }),
  ]
  return {
    branch: { id: 'org-b1', name: '机关第一党支部' },
    settings: {
      branchId: 'org-b1',
      collectionDay: 5,
      prepayLimit: 6,
      farmerFen: 20,
      treasurers: [{ id: 'm-zm', name: '周敏' }],
      since: '2025-07',
    },
    canCollect: true,
    canChangeSettings: true,
    today: '2026-03-10',
    currentMonth: '2026-03',
    year: {
      year: 2026,
      rows,
      totals: { members: 3, confirmed: 3, unconfirmed: 0, missing: 0, warnings: 1, monthlyFen: 14250 },
    },
    thisMonth: {
      month: '2026-03',
      collection: {
        month: '2026-03',
        open: true,
        collectionDay: 5,
        members: 3,
        settled: 1,
        dueFen: 14250,
        paidFen: 1500,
        ratePct: 10.5,
      },
      billed: true,
      dueFen: 14250,
      paidFen: 1500,
      outstandingFen: 12750,
      members: 3,
      paidMembers: 1,
      rows: [
        { memberId: 'm-王芳', name: '王芳', dueFen: 1500, paidFen: 1500, owedFen: 0, status: 'paid' },
        { memberId: 'm-李四', name: '李四', dueFen: 3000, paidFen: 0, owedFen: 3000, status: 'reported' },
        { memberId: 'm-赵强', name: '赵强', dueFen: 9750, paidFen: 0, owedFen: 9750, status: 'due' },
      ],
    },
    arrears: [
      {
        memberId: 'm-赵强',
        name: '赵强',
        months: ['2025-12', '2026-01', '2026-02'],
        owedFen: 29250,
        consecutive: 3,
        level: 'threeMonths',
      },
    ],
    waiting: [
      payment({
        memberId: 'm-李四',
        months: [{ month: '2026-03', fen: 3000 }],
        amountFen: 3000,
        receiptFileID: 'cloud://local.dues/receipts/1.jpg',
        receiptUrl: 'http://cloud.test/_files/dues/receipts/1.jpg',
      }),
    ],
    ...extra,
  }
}
