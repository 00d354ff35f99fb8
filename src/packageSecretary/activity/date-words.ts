import { dayWords } from '@core/dates'
import { weekdayText } from '@/study/days'

/** `2026年12月2日（周三）` for a picker's face: people read dates, not ISO strings. */
export function dateWords(date: string): string {
  return `${dayWords(date)}（${weekdayText(date)}）`
}
