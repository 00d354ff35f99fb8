/** The choices of the check-in form, in words. */
import type { Choice } from '@/components/ChoiceChips'
import type { MyReadingItem } from '@core/contract/study'
import { dayText, minutesText, nearDayWord } from '@/study/days'

/** The chip that stands for “not from the list”. */
export const OWN = '__own__'

export function sourceChoices(items: MyReadingItem[]): Choice<string>[] {
  return [...items.map((item) => ({ value: item.id, label: item.title })), { value: OWN, label: '自己填写' }]
}

/** `今天 3月5日`, `昨天 3月4日（补记）`, `3月2日（补记）` */
export function dayChoices(days: string[], today: string): Choice<string>[] {
  return days.map((day) => {
    const near = nearDayWord(day, today)
    const label = near ? `${near} ${dayText(day)}` : dayText(day)
    return { value: day, label: day === today ? label : `${label}（补记）` }
  })
}

const MINUTES = [10, 15, 20, 30, 45, 60, 90, 120, 180]

/** The minutes offered by the picker (null = not given), including an entry's own odd value. */
export function minuteOptions(current: number | null): (number | null)[] {
  const values = current !== null && !MINUTES.includes(current) ? [...MINUTES, current].sort((a, b) => a - b) : MINUTES
  return [null, ...values]
}

export const minuteLabel = (minutes: number | null): string => (minutes === null ? '不填' : minutesText(minutes))
