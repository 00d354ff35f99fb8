import * as v from 'valibot'
import { memberStudyActions, secretaryStudyActions } from '../../core/contract/study'
import { DomainError } from '../../core/errors'
import {
  addDays,
  isEditableNow,
  judgeEntryDay,
  periodCovers,
  periodLabel,
  recordableDays,
  sharePercent,
} from '../../core/study'
import { parseInput } from '../../core/validation'

describe('which days a member may record', () => {
  it.each([
    ['2026-03-10', { ok: true, late: false }],
    ['2026-03-09', { ok: true, late: true }],
    ['2026-03-07', { ok: true, late: true }],
    ['2026-03-06', { ok: false, reason: 'tooLate' }],
    ['2026-03-11', { ok: false, reason: 'future' }],
  ])('on 2026-03-10, %s → %o', (day, verdict) => {
    expect(judgeEntryDay(day, '2026-03-10')).toEqual(verdict)
  })

  it('reaches back across a month and a leap day', () => {
    expect(recordableDays('2024-03-01')).toEqual(['2024-03-01', '2024-02-29', '2024-02-28', '2024-02-27'])
    expect(judgeEntryDay('2025-12-29', '2026-01-01')).toEqual({ ok: true, late: true })
    expect(addDays('2025-12-31', 1)).toBe('2026-01-01')
  })
})

describe('changing an entry only on the China day it was made', () => {
  const made = Date.parse('2026-03-10T15:50:00Z') // 23:50 in China
  it('allows it until China midnight, not after', () => {
    expect(isEditableNow(made, Date.parse('2026-03-10T15:59:00Z'))).toBe(true)
    expect(isEditableNow(made, Date.parse('2026-03-10T16:01:00Z'))).toBe(false)
  })
})

describe('reading-list periods', () => {
  it.each([
    [{ from: '2026-03', to: '2026-03' }, '2026年3月'],
    [{ from: '2026-04', to: '2026-06' }, '2026年第二季度'],
    [{ from: '2026-01', to: '2026-12' }, '2026年全年'],
    [{ from: '2026-02', to: '2026-05' }, '2026年2月—5月'],
    [{ from: '2025-11', to: '2026-02' }, '2025年11月—2026年2月'],
  ])('labels %o as %s', (period, label) => {
    expect(periodLabel(period)).toBe(label)
  })

  it('covers the months inside it; no period covers every month', () => {
    expect(periodCovers({ from: '2026-01', to: '2026-03' }, '2026-03')).toBe(true)
    expect(periodCovers({ from: '2026-01', to: '2026-03' }, '2026-04')).toBe(false)
    expect(periodCovers(null, '2030-01')).toBe(true)
  })
})

describe('the share of members with a record', () => {
  it('is a whole percent, null for a branch without members', () => {
    expect(sharePercent(1, 3)).toBe(33)
    expect(sharePercent(2, 3)).toBe(67)
    expect(sharePercent(0, 5)).toBe(0)
    expect(sharePercent(5, 5)).toBe(100)
    expect(sharePercent(0, 0)).toBeNull()
  })
})

function problem(schema: v.GenericSchema, input: unknown): { message: string; fields?: Record<string, string> } {
  try {
    parseInput(schema, input)
  } catch (error) {
    if (error instanceof DomainError) return { message: error.message, fields: error.fields }
    throw error
  }
  throw new Error('expected the input to be refused')
}

describe('check-in input', () => {
  const checkIn = memberStudyActions['study.checkIn'].input

  it('accepts an item with 心得, or own words with minutes; fills the rest', () => {
    expect(parseInput(checkIn, { itemId: 'si-1', reflection: ' 很有收获 ' })).toEqual({
      itemId: 'si-1',
      title: null,
      minutes: null,
      reflection: '很有收获',
    })
    expect(parseInput(checkIn, { day: '2026-03-08', title: '学习强国 专题', minutes: 30 })).toMatchObject({
      day: '2026-03-08',
      title: '学习强国 专题',
      minutes: 30,
    })
    expect(parseInput(checkIn, { itemId: 'si-1', title: '  ' })).toMatchObject({ itemId: 'si-1', title: null })
  })

  it.each([
    ['0 minutes', { title: '党章', minutes: 0 }, 'minutes', '学习时长至少1分钟'],
    ['601 minutes', { title: '党章', minutes: 601 }, 'minutes', '学习时长最多600分钟'],
    ['12.5 minutes', { title: '党章', minutes: 12.5 }, 'minutes', '学习时长应为整数分钟'],
    ['a 61-character title', { title: '党'.repeat(61) }, 'title', '学习内容最多60个字'],
    ['a 1001-character 心得', { title: '党章', reflection: '心'.repeat(1001) }, 'reflection', '心得最多1000个字'],
    ['2026-02-30', { title: '党章', day: '2026-02-30' }, 'day', '学习日期应为“2026-03-06”这样的日期'],
    ['2026/03/06', { title: '党章', day: '2026/03/06' }, 'day', '学习日期应为“2026-03-06”这样的日期'],
  ])('refuses %s', (_name, input, field, message) => {
    expect(problem(checkIn, input).fields?.[field]).toBe(message)
  })

  it('asks for exactly one of an item and own words', () => {
    const message = '请从书目中选一项，或写下学了什么（二选一）'
    expect(problem(checkIn, {}).message).toBe(message)
    expect(problem(checkIn, { itemId: 'si-1', title: '党章' }).message).toBe(message)
  })
})

describe('reading-list item input', () => {
  const add = secretaryStudyActions['studyItems.add'].input

  it('takes a title and kind; link, file and period are optional', () => {
    expect(parseInput(add, { title: '中国共产党章程', kind: 'regulation' })).toEqual({
      title: '中国共产党章程',
      kind: 'regulation',
      link: null,
      fileID: null,
      period: null,
    })
  })

  it.each([
    ['an unknown kind', { title: '专题', kind: 'video' }, 'kind', '请选择资料类型'],
    [
      'a script link',
      { title: '专题', kind: 'xuexi', link: 'javascript:alert(1)' },
      'link',
      '链接应以 http:// 或 https:// 开头',
    ],
    ['a local file', { title: '党课', kind: 'lecture', fileID: '/tmp/a.mp4' }, 'fileID', '文件不对'],
    [
      'a period ending first',
      { title: '专题', kind: 'xuexi', period: { from: '2026-06', to: '2026-04' } },
      'period',
      '结束月份不能早于开始月份',
    ],
  ])('refuses %s', (_name, input, field, message) => {
    expect(problem(add, input).fields?.[field]).toBe(message)
  })
})
