/** Field schemas with the Chinese messages a person sees when a value is wrong. */
import * as v from 'valibot'
import { isChinaDate, isChinaMonth } from '../dates'
import { ORG_LIMITS } from './org-limits'

export const docId = (label: string) =>
  v.pipe(
    v.string(`${label}不对`),
    v.minLength(1, `${label}不能为空`),
    v.maxLength(64, `${label}不对`),
    v.regex(/^[A-Za-z0-9_-]+$/, `${label}不对`),
  )

export const text = (label: string, max: number, min = 1) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.trim(),
    v.minLength(min, min <= 1 ? `请填写${label}` : `${label}至少要${min}个字`),
    v.maxLength(max, `${label}最多${max}个字`),
  )

export const optionalText = (label: string, max: number) =>
  v.optional(v.pipe(v.string(`${label}格式不对`), v.trim(), v.maxLength(max, `${label}最多${max}个字`)), '')

export const chinaDateField = (label: string) =>
  v.pipe(v.string(`请填写${label}`), v.check(isChinaDate, `${label}应为“2026-03-06”这样的日期`))

export const chinaMonthField = (label: string) =>
  v.pipe(v.string(`请填写${label}`), v.check(isChinaMonth, `${label}应为“2026-03”这样的月份`))

/**
 * The years an activity may fall in, and a schedule month be shown for. A day beyond them is a
 * slip of the finger, and asking the holiday calendar about every day up to year 9999 is not an
 * answer anyone waits for (test:abuse found 活动安排 failing on month 9999-12).
 */
export const ACTIVITY_YEARS = { min: 2000, max: 2099 } as const
const inActivityYears = (value: string) => {
  const year = Number(value.slice(0, 4))
  return year >= ACTIVITY_YEARS.min && year <= ACTIVITY_YEARS.max
}
const yearsWords = `应在${ACTIVITY_YEARS.min}年到${ACTIVITY_YEARS.max}年之间`

// One flat pipe (not a pipe of chinaDateField): the format's example stays readable to the tools
// that read the contract's schemas (tests/abuse/schema.ts).
export const activityDateField = (label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.check(isChinaDate, `${label}应为“2026-03-06”这样的日期`),
    v.check(inActivityYears, `${label}${yearsWords}`),
  )

export const activityMonthField = (label: string) =>
  v.pipe(
    v.string(`请填写${label}`),
    v.check(isChinaMonth, `${label}应为“2026-03”这样的月份`),
    v.check(inActivityYears, `${label}${yearsWords}`),
  )

export const sixDigitCode = v.pipe(
  v.string('请填写绑定码'),
  v.trim(),
  v.regex(new RegExp(`^\\d{${ORG_LIMITS.bindingCode}}$`), `绑定码是${ORG_LIMITS.bindingCode}位数字`),
)

/** A whole number within a range: `wrong` when it is not one, `range` when it is out of bounds. */
export const wholeBetween = (min: number, max: number, wrong: string, range = wrong) =>
  v.pipe(v.number(wrong), v.integer(wrong), v.minValue(min, range), v.maxValue(max, range))
