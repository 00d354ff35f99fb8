import {
  addMonths,
  arrearsOf,
  billState,
  checkPayment,
  homeStatus,
  monthRange,
  monthsLabel,
  monthStatus,
  parseBaseTable,
  payOptions,
  categoryFromLabel,
  type MonthDues,
  type PayContext,
} from '../../core/dues'

const NOW = '2026-06'

/** A member's months: `paid` settled, `open` owed, `rep` reported, `none` without amount, `free` exempt. */
function months(from: string, states: string[], dueFen = 3000): MonthDues[] {
  return states.map((state, i) => {
    const month = addMonths(from, i)
    return {
      month,
      dueFen: state === 'none' ? null : state === 'free' ? 0 : dueFen,
      paidFen: state === 'paid' ? dueFen : 0,
      pending: state === 'rep',
      billed: month <= NOW,
    }
  })
}

const ctx = (ms: MonthDues[], overrides: Partial<PayContext> = {}): PayContext => ({
  months: ms,
  currentMonth: NOW,
  firstMonth: ms[0].month,
  limit: 6,
  by: 'member',
  ...overrides,
})

describe('months', () => {
  it('count across years', () => {
    expect(addMonths('2025-11', 3)).toBe('2026-02')
    expect(addMonths('2026-01', -1)).toBe('2025-12')
    expect(monthRange('2025-11', '2026-02')).toEqual(['2025-11', '2025-12', '2026-01', '2026-02'])
    expect(monthRange('2026-02', '2026-01')).toEqual([])
  })

  it('read as a person says them', () => {
    expect(monthsLabel(['2026-03'])).toBe('2026年3月')
    expect(monthsLabel(['2026-03', '2026-04', '2026-05'])).toBe('2026年3月—5月')
    expect(monthsLabel(['2025-12', '2026-01'])).toBe('2025年12月—2026年1月')
  })
})

describe('a month of dues', () => {
  it.each([
    [{ dueFen: 3000, paidFen: 0, pending: false, billed: true, month: '2026-05' }, 'overdue', 'open'],
    [{ dueFen: 3000, paidFen: 0, pending: false, billed: true, month: NOW }, 'due', 'open'],
    [{ dueFen: 3000, paidFen: 0, pending: false, billed: false, month: NOW }, 'upcoming', 'open'],
    [{ dueFen: 3000, paidFen: 0, pending: true, billed: true, month: NOW }, 'reported', 'reported'],
    [{ dueFen: 3000, paidFen: 3000, pending: false, billed: true, month: '2026-09' }, 'paid', 'settled'],
    [{ dueFen: 4500, paidFen: 3000, pending: false, billed: true, month: '2026-05' }, 'overdue', 'open'],
    [{ dueFen: 0, paidFen: 0, pending: false, billed: true, month: NOW }, 'exempt', 'settled'],
    [{ dueFen: null, paidFen: 0, pending: false, billed: true, month: NOW }, 'noAmount', 'noAmount'],
  ] as const)('%o is %s (stored as %s)', (m, status, state) => {
    expect(monthStatus(m, NOW)).toBe(status)
    expect(billState(m.dueFen, m.paidFen, m.pending)).toBe(state)
  })
})

describe('arrears', () => {
  it.each([
    [['paid', 'paid', 'paid', 'paid', 'paid', 'open'], 0, 'none'],
    [['paid', 'paid', 'paid', 'paid', 'open', 'open'], 1, 'owing'],
    [['paid', 'paid', 'open', 'open', 'open', 'open'], 3, 'threeMonths'],
    [['open', 'open', 'open', 'open', 'open', 'open'], 5, 'fiveMonths'],
    [['open', 'open', 'open', 'open', 'open', 'open', 'open'], 6, 'sixMonths'],
    [['open', 'open', 'paid', 'open', 'open', 'open', 'open'], 3, 'threeMonths'],
    [['open', 'open', 'rep', 'open', 'open', 'open', 'open'], 3, 'threeMonths'],
    [['open', 'free', 'open', 'none', 'open', 'open'], 1, 'owing'],
  ])('%j: longest run %i → %s', (states, consecutive, level) => {
    const from = addMonths(NOW, -(states.length - 1))
    expect(arrearsOf(months(from, states), NOW)).toMatchObject({ consecutive, level })
  })

  it('counts what is still owed, the current month never being arrears', () => {
    const ms = months('2026-03', ['open', 'paid', 'open', 'open'])
    ms[0].paidFen = 1000
    expect(arrearsOf(ms, NOW)).toEqual({
      months: ['2026-03', '2026-05'],
      owedFen: 2000 + 3000,
      consecutive: 1,
      level: 'owing',
    })
  })

  it('gives 首页 this month and the arrears in one small record', () => {
    expect(homeStatus(months('2026-04', ['open', 'open', 'rep']), NOW)).toEqual({
      month: NOW,
      dueFen: 3000,
      owedFen: 3000,
      status: 'reported',
      arrearsMonths: 2,
      level: 'owing',
    })
    expect(homeStatus([], NOW)).toMatchObject({ month: NOW, dueFen: null, status: 'noAmount' })
  })
})

describe('what may be paid', () => {
  // 2026-01 … 2026-12 (current month June); limit 6: prepay up to December.
  const year = months('2026-01', [
    'paid',
    'paid',
    'paid',
    'open',
    'open',
    'open',
    'open',
    'open',
    'open',
    'open',
    'open',
    'open',
    'open',
  ])

  it('offers the earliest unpaid months first, up to the prepay limit', () => {
    const options = payOptions(ctx(year))
    expect(options).toHaveLength(9)
    expect(options[0]).toEqual({
      months: ['2026-04'],
      totalFen: 3000,
      label: '2026年4月，1个月',
      arrearsCount: 1,
      prepayCount: 0,
    })
    expect(options[8]).toMatchObject({
      months: monthRange('2026-04', '2026-12'),
      totalFen: 27000,
      arrearsCount: 2,
      prepayCount: 6,
    })
  })

  it('accepts a payment of the earliest months for exactly their amount', () => {
    expect(checkPayment(ctx(year), ['2026-05', '2026-04', '2026-06'], 9000)).toEqual({
      ok: true,
      items: [
        { month: '2026-04', fen: 3000 },
        { month: '2026-05', fen: 3000 },
        { month: '2026-06', fen: 3000 },
      ],
      totalFen: 9000,
    })
  })

  it('asks only for what is still owed when a month was partly paid', () => {
    const partly = months('2026-05', ['paid', 'open'], 4500)
    partly[0].paidFen = 3000
    expect(checkPayment(ctx(partly), ['2026-05', '2026-06'], 6000)).toMatchObject({ ok: true, totalFen: 1500 + 4500 })
  })

  it.each([
    [['2026-03'], 9000, 'DUES.ALREADY_PAID', '2026年3月的党费已经交过了'],
    [['2026-05'], 3000, 'DUES.SKIPS_MONTH', '请先交2026年4月的党费：要从最早未交的月份开始，不能跳过'],
    [['2026-04', '2026-06'], 6000, 'DUES.SKIPS_MONTH', '请先交2026年5月的党费：要从最早未交的月份开始，不能跳过'],
    [monthRange('2026-04', '2027-01'), 30000, 'DUES.PREPAY_LIMIT', '最多预交6个月，现在最晚可交到2026年12月'],
    [['2025-12'], 3000, 'DUES.NOT_DUE', '2025年12月不用交党费：从2026年1月起交纳'],
    [['2026-04'], 2999, 'DUES.AMOUNT_MISMATCH', '金额不对：2026年4月共应交30.00元'],
    [['2026-04', '2026-05'], 3000, 'DUES.AMOUNT_MISMATCH', '金额不对：2026年4月—5月共应交60.00元'],
  ])('refuses %j for %i fen: %s', (selected, amount, code, message) => {
    expect(checkPayment(ctx(year), selected, amount)).toEqual({ ok: false, code, message })
  })

  it('refuses a month already reported', () => {
    const ms = months('2026-05', ['rep', 'open'])
    expect(checkPayment(ctx(ms), ['2026-05'], 3000)).toMatchObject({
      code: 'DUES.ALREADY_REPORTED',
      message: '2026年5月已经报告过缴费，正在等待确认',
    })
    expect(checkPayment(ctx(ms), ['2026-06'], 3000)).toMatchObject({ ok: true })
  })

  it('honours a branch limit of 3 months', () => {
    const ms = months('2026-06', ['open', 'open', 'open', 'open', 'open'])
    expect(payOptions(ctx(ms, { limit: 3 })).map((o) => o.months.length)).toEqual([1, 2, 3, 4])
    expect(checkPayment(ctx(ms, { limit: 3 }), monthRange('2026-06', '2026-10'), 15000)).toMatchObject({
      code: 'DUES.PREPAY_LIMIT',
    })
  })

  it('leaves arrears beyond the limit to the branch: a member pays the later ones, a collector any', () => {
    const ms = months('2025-10', ['open', 'open', 'open', 'open', 'open', 'open', 'open', 'open', 'open'])
    const member = ctx(ms, { limit: 3 })
    expect(payOptions(member)[0].months).toEqual(['2026-03'])
    expect(checkPayment(member, ['2025-10'], 3000)).toMatchObject({ code: 'DUES.ARREARS_LIMIT' })
    expect(checkPayment({ ...member, by: 'collector' }, ['2025-10'], 3000)).toMatchObject({ ok: true })
    expect(checkPayment({ ...member, by: 'collector' }, ['2026-03'], 3000)).toMatchObject({ code: 'DUES.SKIPS_MONTH' })
  })

  it('skips exempt months and stops at a month without an amount', () => {
    const ms = months('2026-04', ['open', 'free', 'open', 'none', 'open'])
    expect(payOptions(ctx(ms)).map((o) => o.months)).toEqual([['2026-04'], ['2026-04', '2026-06']])
    expect(checkPayment(ctx(ms), ['2026-05'], 0)).toMatchObject({ code: 'DUES.NOTHING_DUE' })
    expect(checkPayment(ctx(ms), ['2026-07'], 3000)).toMatchObject({ code: 'DUES.NO_AMOUNT' })
    expect(checkPayment(ctx(ms), ['2026-04', '2026-06', '2026-08'], 9000)).toMatchObject({ code: 'DUES.NO_AMOUNT' })
  })
})

describe('a pasted table of bases', () => {
  it('reads tabs, commas or spaces and skips the header', () => {
    const text = '姓名\t基数（元）\t党费类别\n王建华\t3000.01\t在职\n\n李秀英,5200,退休\n赵敏 4800'
    expect(parseBaseTable(text)).toEqual([
      { line: 2, name: '王建华', base: '3000.01', category: '在职' },
      { line: 4, name: '李秀英', base: '5200', category: '退休' },
      { line: 5, name: '赵敏', base: '4800', category: '' },
    ])
  })

  it('knows the category names people use', () => {
    expect(['在职', '退休', '低保', '', '外星'].map(categoryFromLabel)).toEqual([
      'inService',
      'retiree',
      'relief',
      undefined,
      null,
    ])
  })
})
