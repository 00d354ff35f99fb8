/** The member's 学习 page: the month's study days, a day's entries, my open 补学, the reading list with what I finished. */
import type { MyStudyDay, MyStudyMonth, StudyEntry } from '../../../core/contract/study'
import { chinaDate, type ChinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { monthOfDay, recordableDays } from '../../../core/study'
import type { MemberDoc } from '../../model'
import { openMakeupTasks } from '../activity'
import type { ActionContext } from '../../runtime/types'
import { readingListFor } from './reading-list'
import { entriesOfDay, finishedItemIds, studyDaysOf } from './reads'
import { orderItems, toEntry, toReadingItem } from './views'

async function dayEntries(ctx: ActionContext, member: MemberDoc, day: ChinaDate): Promise<StudyEntry[]> {
  const now = ctx.now()
  return (await entriesOfDay(ctx, member._id, day)).map((d) => toEntry(d, now))
}

export async function myStudyMonth(input: { month?: string; day?: string }, ctx: ActionContext): Promise<MyStudyMonth> {
  const member = ctx.caller.member as MemberDoc
  const today = chinaDate(ctx.now())
  const thisMonth = monthOfDay(today)
  const month = input.month ?? (input.day ? monthOfDay(input.day) : thisMonth)
  if (input.day && monthOfDay(input.day) !== month) {
    throw new DomainError('REQUEST.INVALID', '日期不在所选的月份里', { day: '日期不在所选的月份里' })
  }
  if (month > thisMonth) throw new DomainError('STUDY.FUTURE_MONTH')
  const day = input.day ?? (month === thisMonth ? today : null)
  const list = await readingListFor(ctx, member.branchId)
  const [studyDays, finished, entries, makeup] = await Promise.all([
    studyDaysOf(ctx, member._id, month),
    finishedItemIds(
      ctx,
      member._id,
      list.map((i) => i._id),
    ),
    day ? dayEntries(ctx, member, day) : Promise.resolve([]),
    openMakeupTasks(ctx, member._id),
  ])
  return {
    today,
    month,
    studyDays,
    day,
    entries,
    recordableDays: recordableDays(today),
    items: orderItems(list, thisMonth).map((doc) => ({
      ...toReadingItem(doc, thisMonth),
      finished: finished.has(doc._id),
    })),
    makeup,
  }
}

export async function myStudyDay(input: { day: string }, ctx: ActionContext): Promise<MyStudyDay> {
  return { day: input.day, entries: await dayEntries(ctx, ctx.caller.member as MemberDoc, input.day) }
}
