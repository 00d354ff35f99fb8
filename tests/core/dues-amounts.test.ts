import {
  amountForMonth,
  amountsOfYear,
  computeAmount,
  edgeWarning,
  parseBase,
  rateLabel,
  rateOnBase,
  regulationAmount,
  type Reduction,
} from '../../core/dues'
import { parseYuanToFen } from '../../core/money'

const fen = (yuan: string): number => parseYuanToFen(yuan) as number
const TODAY = '2026-03-06'

describe('in-service brackets (after-tax salary): each upper bound in the lower bracket, rate on the whole base', () => {
  it.each([
    ['100.00', '0.50', 50],
    ['2999.99', '15.00', 50],
    ['3000.00', '15.00', 50],
    ['3000.01', '30.00', 100],
    ['4999.99', '50.00', 100],
    ['5000.00', '50.00', 100],
    ['5000.01', '75.00', 150],
    ['9999.99', '150.00', 150],
    ['10000.00', '150.00', 150],
    ['10000.01', '200.00', 200],
    ['25000.00', '500.00', 200],
  ])('base %s 元 → %s 元 a month', (base, monthly, rateBp) => {
    expect(regulationAmount('inService', fen(base), 20)).toEqual({ ok: true, monthlyFen: fen(monthly), rateBp })
  })
})

describe('retiree brackets (pension)', () => {
  it.each([
    ['3000.00', '15.00'],
    ['5000.00', '25.00'],
    ['5000.01', '50.00'],
    ['8000.00', '80.00'],
  ])('pension %s 元 → %s 元', (base, monthly) => {
    expect(regulationAmount('retiree', fen(base), 20)).toMatchObject({ ok: true, monthlyFen: fen(monthly) })
  })
})

describe('flat amounts', () => {
  it.each(['student', 'unemployed', 'relief'] as const)('%s pays 0.20 元 whatever the base', (category) => {
    expect(regulationAmount(category, null, 50)).toEqual({ ok: true, monthlyFen: 20, rateBp: null })
    expect(regulationAmount(category, 500000, 50)).toEqual({ ok: true, monthlyFen: 20, rateBp: null })
  })

  it.each([
    [20, true],
    [100, true],
    [55, true],
    [19, false],
    [101, false],
  ])('farmers pay what the branch sets, 20–100 fen (%i → ok %s)', (farmerFen, ok) => {
    expect(regulationAmount('farmer', null, farmerFen).ok).toBe(ok)
  })
})

describe('rounding: half up to the fen, integers only', () => {
  it.each([
    [123449, 50, 617], // 617.245
    [123450, 50, 617], // 617.25
    [123490, 50, 617], // 617.45
    [123500, 50, 618], // 617.5 → up
    [300001, 100, 3000], // 3000.01
    [500001, 150, 7500], // 7500.015
    [500033, 150, 7500], // 7500.495
    [500034, 150, 7501], // 7500.51
    [1000001, 200, 20000],
    [20_000_000, 200, 400_000],
  ])('%i fen at %i bp → %i fen', (base, bp, expected) => {
    expect(rateOnBase(base, bp)).toBe(expected)
  })

  it('labels rates as a person reads them', () => {
    expect([50, 100, 150, 200].map(rateLabel)).toEqual(['0.5%', '1%', '1.5%', '2%'])
  })
})

describe('zero, missing and wrong-unit bases', () => {
  it('refuses a missing base with what to fill in', () => {
    expect(regulationAmount('inService', null, 20)).toMatchObject({
      ok: false,
      problem: 'missingBase',
      message: '缺少基数：请填写税后月工资（元）',
    })
    expect(regulationAmount('retiree', null, 20)).toMatchObject({
      ok: false,
      message: '缺少基数：请填写月退休金（元）',
    })
  })

  it('refuses a zero base and points to the right category', () => {
    const result = regulationAmount('inService', 0, 20)
    expect(result).toMatchObject({ ok: false, problem: 'zeroBase' })
    if (!result.ok) expect(result.message).toContain('“失业”或“低保”')
  })

  it.each([
    ['0.65', 'ten-thousands of 元'],
    ['650000', 'fen'],
    ['99.99', 'too small for a salary'],
    ['200000.01', 'too large for a month'],
  ])('refuses %s (%s) as the wrong unit', (text) => {
    const parsed = parseBase('inService', text)
    expect(parsed.ok).toBe(false)
    if (!parsed.ok) expect(parsed.message).toContain('请核对单位')
  })

  it.each([
    ['3000.01', 300001],
    ['3,000', 300000],
    ['6500元', 650000],
    ['', null],
  ])('reads %p as %p fen', (text, expected) => {
    expect(parseBase('inService', text)).toEqual({ ok: true, baseFen: expected })
  })

  it('refuses text that is not an amount', () => {
    expect(parseBase('retiree', '3千')).toEqual({
      ok: false,
      message: '基数“3千”不对，应为以元为单位的金额，如 3000.01',
    })
    expect(parseBase('retiree', '-3000')).toMatchObject({ ok: false })
  })

  it('ignores a base for categories that pay a flat amount', () => {
    expect(parseBase('student', '1234')).toEqual({ ok: true, baseFen: null })
  })
})

describe('bracket-edge warnings (within 1% above an edge)', () => {
  it.each([
    ['inService', '3000.00', null],
    ['inService', '3000.01', 300000],
    ['inService', '3030.00', 300000],
    ['inService', '3030.01', null],
    ['inService', '5049.99', 500000],
    ['inService', '10100.00', 1000000],
    ['retiree', '5000.50', 500000],
    ['retiree', '3000.01', null],
  ] as const)('%s %s → edge %p', (category, base, edge) => {
    expect(edgeWarning(category, fen(base))?.edgeFen ?? null).toBe(edge)
  })

  it('says what a small base cut would change', () => {
    expect(edgeWarning('inService', fen('3000.01'))).toEqual({
      edgeFen: 300000,
      overFen: 1,
      monthlyFen: 3000,
      monthlyAtEdgeFen: 1500,
      message: '基数只比3000.00元高0.01元，按1%每月30.00元；若为3000.00元则按0.5%每月15.00元，请核对基数',
    })
  })
})

describe('approved reductions and exemptions', () => {
  const approved = (kind: Reduction['kind'], monthlyFen: number): Reduction => ({
    kind,
    monthlyFen,
    approvedBy: '机关党委',
    approvedOn: '2026-02-20',
    reason: '家庭困难',
  })

  it('a reduction replaces the amount and keeps the regulation amount beside it', () => {
    const result = computeAmount(
      { category: 'inService', baseFen: 600000, farmerFen: 20, reduction: approved('reduced', 2000) },
      TODAY,
    )
    expect(result).toEqual({ ok: true, regulationFen: 9000, monthlyFen: 2000, rateBp: 150, warning: null })
  })

  it('an exemption is 0, even without a base', () => {
    expect(
      computeAmount({ category: 'retiree', baseFen: null, farmerFen: 20, reduction: approved('exempt', 0) }, TODAY),
    ).toEqual({
      ok: true,
      regulationFen: null,
      monthlyFen: 0,
      rateBp: null,
      warning: null,
    })
  })

  it('refuses a "reduction" that is not lower, and an approval dated in the future', () => {
    const result = computeAmount(
      {
        category: 'inService',
        baseFen: 600000,
        farmerFen: 20,
        reduction: { ...approved('reduced', 9000), approvedOn: '2026-04-01' },
      },
      TODAY,
    )
    expect(result).toEqual({
      ok: false,
      problems: ['减免的批准日期不能晚于今天', '减免后的金额应低于按规定应交的90.00元'],
    })
  })

  it('a wrong base is still a problem with a reduction', () => {
    expect(
      computeAmount({ category: 'inService', baseFen: 0, farmerFen: 20, reduction: approved('reduced', 10) }, TODAY).ok,
    ).toBe(false)
  })

  it('warns about the edge only when no reduction applies', () => {
    const plain = computeAmount({ category: 'inService', baseFen: 300001, farmerFen: 20, reduction: null }, TODAY)
    expect(plain.ok && plain.warning?.edgeFen).toBe(300000)
  })
})

describe('a base change taking effect from a given month', () => {
  const records = [
    { effectiveFrom: '2025-01', monthlyFen: 4500 },
    { effectiveFrom: '2026-01', monthlyFen: 6000 },
    { effectiveFrom: '2026-07', monthlyFen: 9000 },
  ]

  it('each month takes the latest amount effective on or before it', () => {
    expect(amountForMonth(records, '2024-12')).toBeNull()
    expect(amountForMonth(records, '2025-12')?.monthlyFen).toBe(4500)
    expect(amountForMonth(records, '2026-06')?.monthlyFen).toBe(6000)
    expect(amountForMonth(records, '2026-07')?.monthlyFen).toBe(9000)
    expect(amountForMonth(records, '2027-03')?.monthlyFen).toBe(9000)
  })

  it('gives the year month by month, whatever order the records come in', () => {
    const year = amountsOfYear([...records].reverse(), 2026)
    expect(year.map((m) => m.monthlyFen)).toEqual([
      6000, 6000, 6000, 6000, 6000, 6000, 9000, 9000, 9000, 9000, 9000, 9000,
    ])
    expect(year[6]).toEqual({ month: '2026-07', monthlyFen: 9000, from: '2026-07' })
    expect(amountsOfYear([{ effectiveFrom: '2026-04', monthlyFen: 20 }], 2026)[2].monthlyFen).toBeNull()
  })
})
