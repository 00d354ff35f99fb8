import { weekdayText } from '@/study/days'

/** `2026年12月2日（周三）` for a picker's face: people read dates, not ISO strings. */
export function dateWords(date: string): string {
  const [y, m, d] = date.split('-').map(Number)
  return `${y}年${m}月${d}日（${weekdayText(date)}）`
}
