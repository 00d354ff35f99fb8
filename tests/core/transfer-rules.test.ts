/**
 * 组织关系转接's rules at their boundaries: a letter's validity (90 days) and its 回执 reminder,
 * 党费交至 from the ledger's months, an arrival's first month, 外出 within 6 months, the quiet
 * run that shows 失去联系, and 党内统计 at the year's edges in China time.
 */
import { chinaDate, chinaInstant } from '../../core/dates'
import {
  absenceProblem,
  arrivalDuesProblem,
  firstDuesMonth,
  isOutOfTouch,
  paidThrough,
  quietMonths,
  receiptReminderDue,
  validityProblem,
  validityWords,
  validUntil,
  type LedgerMonth,
} from '../../core/transfer/rules'
import {
  developFigures,
  onRollAt,
  profileFigures,
  standingAt,
  trainingHours,
  yearMovement,
  type DevelopStatsPerson,
  type StatsPerson,
} from '../../core/transfer/stats'
import { balanced, balanceWords, yearBalance, type BalanceLine } from '../../core/transfer/balance'

describe('a 介绍信', () => {
  it('is valid at most 90 days', () => {
    expect(validityProblem(90)).toBeNull()
    expect(validityProblem(91)).toBe('TRANSFER.VALIDITY_TOO_LONG')
    expect(validityProblem(1)).toBeNull()
  })
  it('counts its day of issue', () => {
    expect(validUntil('2026-11-18', 1)).toBe('2026-11-18')
    expect(validUntil('2026-11-18', 30)).toBe('2026-12-17')
    expect(validUntil('2026-12-31', 2)).toBe('2027-01-01')
  })
  it('reminds from seven days before its last day, and after it lapsed', () => {
    expect(receiptReminderDue('2026-12-17', '2026-12-10')).toBe(false)
    expect(receiptReminderDue('2026-12-17', '2026-12-11')).toBe(true)
    expect(receiptReminderDue('2026-12-17', '2026-12-17')).toBe(true)
    expect(receiptReminderDue('2026-12-17', '2027-01-05')).toBe(true)
  })
  it('says its validity in words', () => {
    expect(validityWords('2026-12-17', '2026-12-12')).toBe('有效期至2026年12月17日（还有5天）')
    expect(validityWords('2026-12-17', '2026-12-17')).toBe('有效期至2026年12月17日（今天到期）')
    expect(validityWords('2026-12-17', '2026-12-20')).toBe('已过有效期3天（2026年12月17日到期）')
  })
})

describe('党费交至', () => {
  const m = (month: string, status: LedgerMonth['status']): LedgerMonth => ({ month, status })
  it('is the last month of the unbroken settled run', () => {
    expect(paidThrough([m('2026-09', 'paid'), m('2026-10', 'exempt'), m('2026-11', 'due')])).toBe('2026-10')
  })
  it('stops at the first month owed, even with later months paid', () => {
    expect(paidThrough([m('2026-09', 'paid'), m('2026-10', 'overdue'), m('2026-11', 'paid')])).toBe('2026-09')
  })
  it('counts months paid ahead, and is null when nothing was paid', () => {
    expect(paidThrough([m('2026-11', 'paid'), m('2026-12', 'paid'), m('2027-01', 'upcoming')])).toBe('2026-12')
    expect(paidThrough([m('2026-11', 'due')])).toBeNull()
    expect(paidThrough([])).toBeNull()
  })
  it('on an incoming letter may not lie after the current month; dues start the month after', () => {
    expect(arrivalDuesProblem('2026-11', '2026-11')).toBeNull()
    expect(arrivalDuesProblem('2026-12', '2026-11')).toBe('TRANSFER.DUES_AHEAD')
    expect(firstDuesMonth('2026-12')).toBe('2027-01')
  })
})

describe('外出', () => {
  it('returns within 6 months of leaving, not before it', () => {
    expect(absenceProblem('2026-03-01', '2026-09-01')).toBeNull()
    expect(absenceProblem('2026-03-01', '2026-09-02')).toBe('ABSENCE.TOO_LONG')
    expect(absenceProblem('2026-08-31', '2027-02-28')).toBeNull()
    expect(absenceProblem('2026-03-01', '2026-03-01')).toBeNull()
    expect(absenceProblem('2026-03-01', '2026-02-28')).toBe('ABSENCE.RETURN_BEFORE_START')
  })
})

describe('失去联系', () => {
  it("counts whole quiet months before the current one, from the member's first month", () => {
    const signs = new Set(['2026-05'])
    expect(quietMonths(signs, '2020-01', '2026-12')).toBe(6)
    expect(isOutOfTouch(6)).toBe(true)
    expect(quietMonths(new Set(['2026-06']), '2020-01', '2026-12')).toBe(5)
    expect(isOutOfTouch(5)).toBe(false)
    expect(quietMonths(new Set(['2026-12']), '2020-01', '2026-12')).toBe(0)
  })
  it('does not count months before the member arrived', () => {
    expect(quietMonths(new Set(), '2026-08', '2026-12')).toBe(4)
    expect(quietMonths(new Set(), '2026-06', '2026-12')).toBe(6)
  })
  it('crosses the year', () => {
    expect(quietMonths(new Set(['2026-07']), '2020-01', '2027-02')).toBe(6)
  })
})

describe("党内统计 at the year's edges (China time)", () => {
  const person = (over: Partial<StatsPerson>): StatsPerson => ({
    id: 'p',
    name: '张三',
    branchId: 'b',
    joinDate: '2010-07-01',
    probationary: false,
    retired: false,
    fromDay: '2010-07-01',
    arrived: false,
    left: null,
    ...over,
  })
  const lateDec = chinaDate(chinaInstant('2026-12-31 23:50'))
  const earlyJan = chinaDate(chinaInstant('2027-01-01 00:10'))

  it("a transfer in on 31 December 23:50 counts in that year and on the next year's start roll", () => {
    const p = person({ id: 'in', arrived: true, fromDay: lateDec })
    expect(yearMovement([p], 2026).transfersIn.count).toBe(1)
    expect(yearMovement([p], 2026).end.total.count).toBe(1)
    expect(yearMovement([p], 2027).transfersIn.count).toBe(0)
    expect(yearMovement([p], 2027).start.total.count).toBe(1)
  })
  it('a transfer in on 1 January 00:10 counts in the new year, not on its start roll', () => {
    const p = person({ id: 'in', arrived: true, fromDay: earlyJan })
    expect(yearMovement([p], 2026).transfersIn.count).toBe(0)
    expect(yearMovement([p], 2026).end.total.count).toBe(0)
    expect(yearMovement([p], 2027).transfersIn.count).toBe(1)
    expect(yearMovement([p], 2027).start.total.count).toBe(0)
    expect(yearMovement([p], 2027).end.total.count).toBe(1)
  })
  it("a transfer out on 31 December leaves the year's end roll; one on 1 January is still on it", () => {
    const dec = person({ id: 'a', left: { day: lateDec, kind: 'transferOut' } })
    const jan = person({ id: 'b', name: '李四', left: { day: earlyJan, kind: 'transferOut' } })
    const y = yearMovement([dec, jan], 2026)
    expect(y.transfersOut.names.map((n) => n.id)).toEqual(['a'])
    expect(y.end.total.names.map((n) => n.id)).toEqual(['b'])
    expect(y.start.total.count).toBe(2)
    expect(yearMovement([dec, jan], 2027).transfersOut.names.map((n) => n.id)).toEqual(['b'])
  })
  it('counts 出党 and deaths by kind, others not at all', () => {
    const people = [
      person({ id: 'e', left: { day: '2026-05-01', kind: 'expelled' } }),
      person({ id: 'r', left: { day: '2026-06-01', kind: 'removed' } }),
      person({ id: 'd', left: { day: '2026-07-01', kind: 'died' } }),
      person({ id: 'o', left: { day: '2026-08-01', kind: 'other' } }),
    ]
    const y = yearMovement(people, 2026)
    expect(y.exits.count).toBe(2)
    expect(y.deaths.count).toBe(1)
    expect(y.transfersOut.count).toBe(0)
  })
  it('is 预备 within a year of 入党日期 or until 转正, and by 在职/离退休', () => {
    const p = person({ joinDate: '2026-01-15' })
    expect(standingAt(p, '2027-01-01')).toBe('probationary')
    expect(standingAt(p, '2027-01-16')).toBe('full')
    expect(standingAt(person({ probationary: true }), '2027-01-01')).toBe('probationary')
    const y = yearMovement([person({ id: 'x', retired: true }), person({ id: 'y' })], 2026)
    expect([y.end.retired.count, y.end.inService.count, y.end.full.count]).toEqual([1, 1, 2])
  })
  it('is on the roll from the day after it came, through the day it left', () => {
    expect(onRollAt(person({ fromDay: '2026-03-01' }), '2026-03-01')).toBe(false)
    expect(onRollAt(person({ fromDay: '2026-03-01' }), '2026-03-02')).toBe(true)
    expect(onRollAt(person({ left: { day: '2026-03-01', kind: 'died' } }), '2026-03-01')).toBe(true)
    expect(onRollAt(person({ left: { day: '2026-03-01', kind: 'died' } }), '2026-03-02')).toBe(false)
  })
  it('counts 发展党员 and 转正 by the day of their 支部大会, at both edges of the year', () => {
    const dev = (over: Partial<DevelopStatsPerson>): DevelopStatsPerson => ({
      id: 'd',
      name: '王五',
      branchId: 'b',
      admittedOn: null,
      fullOn: null,
      ...over,
    })
    const people = [
      dev({ id: 'dec', name: '甲', admittedOn: lateDec }),
      dev({ id: 'jan', name: '乙', admittedOn: earlyJan }),
      dev({ id: 'full-dec', name: '丙', admittedOn: '2025-12-20', fullOn: lateDec }),
      dev({ id: 'full-jan', name: '丁', admittedOn: '2025-12-31', fullOn: earlyJan }),
      dev({ id: 'applicant' }),
    ]
    const y2026 = developFigures(people, 2026)
    expect(y2026.admitted.names.map((n) => n.id)).toEqual(['dec'])
    expect(y2026.full.names.map((n) => n.id)).toEqual(['full-dec'])
    const y2027 = developFigures(people, 2027)
    expect(y2027.admitted.names.map((n) => n.id)).toEqual(['jan'])
    expect(y2027.full.names.map((n) => n.id)).toEqual(['full-jan'])
    expect(developFigures(people, 2025).admitted.count).toBe(2)
    expect(developFigures(people, 2025).full.count).toBe(0)
  })
  it('counts sex and education on the end roll only, the ones not given apart', () => {
    const people = [
      person({ id: 'f', sex: 'female', education: 'bachelor' }),
      person({ id: 'm', name: '李四', sex: 'male', education: null }),
      person({ id: 'gone', sex: 'female', education: 'bachelor', left: { day: lateDec, kind: 'transferOut' } }),
      person({ id: 'late', sex: 'female', arrived: true, fromDay: earlyJan }),
    ]
    const y = profileFigures(people, 2026)
    expect(y.female.names.map((n) => n.id)).toEqual(['f'])
    expect(y.education.bachelor.count).toBe(1)
    expect(y.educationUnknown.names.map((n) => n.id)).toEqual(['m'])
    expect(y.sexUnknown.count).toBe(0)
    expect(profileFigures(people, 2027).female.count).toBe(2)
  })
  it('says 学时 to one decimal', () => {
    expect(trainingHours(150)).toBe(2.5)
    expect(trainingHours(0)).toBe(0)
    expect(trainingHours(100)).toBe(1.7)
  })
})

describe('党内统计 balances: 年初 + 增加 − 减少 = 年末 for 总数, 正式, 预备', () => {
  const person = (over: Partial<StatsPerson>): StatsPerson => ({
    id: 'p',
    name: '张三',
    branchId: 'b',
    joinDate: '2010-07-01',
    probationary: false,
    retired: false,
    fromDay: '2010-07-01',
    arrived: false,
    left: null,
    ...over,
  })
  const dev = (id: string, name: string, admittedOn: string | null, fullOn: string | null = null) => ({
    id,
    name,
    branchId: 'b',
    admittedOn,
    fullOn,
  })
  const check = (people: StatsPerson[], devs: DevelopStatsPerson[], year: number) =>
    yearBalance(people, yearMovement(people, year), developFigures(devs, year))
  const sums = (lines: BalanceLine[]) =>
    lines.map((l) => [l.key, l.start, l.added, l.removed, l.end, balanced(l)] as const)

  it('a 转正 and an admission in the same year: 预备 loses one and gains one, 正式 gains one', () => {
    const people = [
      person({ id: 'old' }),
      // Admitted 2025-06-01, 转正 on the day a year on.
      person({ id: 'a', name: '甲', joinDate: '2025-06-01', fromDay: '2025-06-01' }),
      person({ id: 'b', name: '乙', joinDate: '2026-03-01', fromDay: '2026-03-01', probationary: true }),
    ]
    const devs = [dev('a', '甲', '2025-06-01', '2026-06-01'), dev('b', '乙', '2026-03-01')]
    expect(sums(check(people, devs, 2026))).toEqual([
      ['total', 2, 1, 0, 3, true],
      ['full', 1, 1, 0, 2, true],
      ['probationary', 1, 1, 1, 1, true],
    ])
    expect(sums(check(people, devs, 2025))).toEqual([
      ['total', 1, 1, 0, 2, true],
      ['full', 1, 0, 0, 1, true],
      ['probationary', 0, 1, 0, 1, true],
    ])
    expect(balanceWords(check(people, devs, 2026)[2]!)).toBe(
      '预备党员：年初1人＋增加1人－减少1人＝1人，与年末1人相符。',
    )
  })
  it('a 预备党员 transferred out leaves 预备 and the total, not 正式', () => {
    const people = [
      person({ id: 'old' }),
      person({
        id: 'c',
        name: '丙',
        joinDate: '2026-02-01',
        fromDay: '2026-02-01',
        probationary: true,
        left: { day: '2026-09-01', kind: 'transferOut' },
      }),
    ]
    expect(sums(check(people, [dev('c', '丙', '2026-02-01')], 2026))).toEqual([
      ['total', 1, 1, 1, 1, true],
      ['full', 1, 0, 0, 1, true],
      ['probationary', 0, 1, 1, 0, true],
    ])
  })
  it('a 预备党员 transferred in adds to 预备; one leaving by death after 转正 leaves 正式', () => {
    const people = [
      person({
        id: 'in',
        name: '丁',
        joinDate: '2026-01-10',
        fromDay: '2026-05-01',
        arrived: true,
        probationary: true,
      }),
      person({ id: 'gone', name: '戊', left: { day: '2026-12-31', kind: 'died' } }),
      person({ id: 'o', name: '己', left: { day: '2026-01-01', kind: 'other' } }),
    ]
    expect(sums(check(people, [], 2026))).toEqual([
      ['total', 2, 1, 2, 1, true],
      ['full', 2, 0, 2, 0, true],
      ['probationary', 0, 1, 0, 1, true],
    ])
  })
  it('admitted on 31 December and made full a year on count in their own years', () => {
    const people = [person({ id: 'd', name: '庚', joinDate: '2026-12-31', fromDay: '2026-12-31' })]
    const devs = [dev('d', '庚', '2026-12-31', '2027-12-31')]
    expect(check(people, devs, 2026).every(balanced)).toBe(true)
    expect(check(people, devs, 2027).every(balanced)).toBe(true)
    expect(sums(check(people, devs, 2027))[1]).toEqual(['full', 0, 1, 0, 1, true])
  })
  it('says which figure is off, by how many, and who: a 预备党员 with no admission on record', () => {
    const people = [
      person({ id: 'old' }),
      person({ id: 'x', name: '辛', joinDate: '2026-04-01', fromDay: '2026-04-01', probationary: true }),
    ]
    const [total, full, prob] = check(people, [], 2026)
    expect([balanced(total!), balanced(full!), balanced(prob!)]).toEqual([false, true, false])
    expect(prob!.extra.map((n) => n.name)).toEqual(['辛'])
    expect(balanceWords(prob!)).toBe(
      '预备党员不平衡：预备党员：年初0人＋增加0人－减少0人＝0人，年末实有1人，年末多1人。年末名单比记录多出：辛。',
    )
  })
  it('names an admission on record whose person is not on the roll', () => {
    const [total] = check([person({ id: 'old' })], [dev('dev-1', '壬', '2026-05-01')], 2026)
    expect(balanced(total!)).toBe(false)
    expect(balanceWords(total!)).toContain('年末少1人。按记录应在年末名单上却不在：壬。')
  })
})
