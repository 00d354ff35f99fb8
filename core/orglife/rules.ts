/**
 * 组织生活会's rules as pure functions (sources in ./types.ts): how many days ahead the notice
 * went out, when a 整改事项's due day is acceptable, and when an open item is overdue — all in
 * China calendar days.
 */
import { dayWords } from '../appraisal/labels'
import { daysBetween } from '../appraisal/rules'
import { chinaDate } from '../dates'
import { ORGLIFE_LIMITS } from './limits'
import type { RectifyState } from './types'

/** Whole China days from the notice to the meeting's day; null while unpublished. */
export function noticeDaysAhead(publishedAt: number | null, startAt: number): number | null {
  if (publishedAt === null) return null
  return daysBetween(chinaDate(publishedAt), chinaDate(startAt))
}

/** The notice check: done when published at least 10 days ahead. It refuses nothing. */
export function noticeCheck(publishedAt: number | null, startAt: number): { done: boolean; words: string } {
  const days = noticeDaysAhead(publishedAt, startAt)
  const min = ORGLIFE_LIMITS.noticeDays
  if (days === null) return { done: false, words: `尚未发布通知，须至少提前${min}天发布` }
  if (days >= min) return { done: true, words: `提前${days}天发布通知` }
  if (days <= 0) return { done: false, words: `通知当天才发布，须至少提前${min}天` }
  return { done: false, words: `只提前${days}天发布通知，不足${min}天` }
}

/** A due day is the meeting's day or later. */
export function dueOnProblem(dueOn: string, meetingDay: string): 'ORGLIFE.DUE_BEFORE_MEETING' | null {
  return dueOn < meetingDay ? 'ORGLIFE.DUE_BEFORE_MEETING' : null
}

export function isOpen(state: RectifyState): boolean {
  return state === 'notStarted' || state === 'inProgress'
}

/** Overdue: open and its due day is before today (China). Due today is not yet overdue. */
export function isOverdue(item: { state: RectifyState; dueOn: string }, today: string): boolean {
  return isOpen(item.state) && item.dueOn < today
}

/** The due day in words with how it stands today. */
export function dueWords(item: { state: RectifyState; dueOn: string }, today: string): string {
  const base = `${dayWords(item.dueOn)}前完成`
  if (!isOpen(item.state)) return base
  const days = daysBetween(today, item.dueOn)
  if (days < 0) return `${base}（已逾期${-days}天）`
  if (days === 0) return `${base}（今天到期）`
  return `${base}（还有${days}天）`
}

/** Open / overdue / done / withdrawn counts of a list of items. */
export function countItems(items: Array<{ state: RectifyState; dueOn: string }>, today: string) {
  return {
    total: items.filter((i) => i.state !== 'withdrawn').length,
    open: items.filter((i) => isOpen(i.state)).length,
    overdue: items.filter((i) => isOverdue(i, today)).length,
    done: items.filter((i) => i.state === 'done').length,
    withdrawn: items.filter((i) => i.state === 'withdrawn').length,
  }
}
