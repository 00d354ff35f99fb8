/**
 * The few facts study screens need, read as small aggregates so that no read carries 心得
 * text in bulk (a page of full check-ins could pass WeChat's 1 MB result limit) and none
 * stops silently at a page limit: every aggregate is given a limit that covers its result.
 */
import type { ChinaDate, ChinaMonth } from '../../../core/dates'
import type { ActionContext } from '../../runtime/types'
import type { StudyCheckinDoc } from './model'

const CHECKINS = 'studyCheckins'
/** Members per aggregate: keeps each `in` list and each result small. */
const CHUNK = 100

function chunks<T>(list: T[], size: number): T[][] {
  const out: T[][] = []
  for (let i = 0; i < list.length; i += size) out.push(list.slice(i, i + size))
  return out
}

/** Days of a month on which the member has a record that stands, oldest first. */
export async function studyDaysOf(ctx: ActionContext, memberId: string, month: ChinaMonth): Promise<ChinaDate[]> {
  const res = await ctx.db
    .collection(CHECKINS)
    .aggregate()
    .match({ memberId, month, status: 'active' })
    .group({ _id: '$day' })
    .limit(31)
    .end()
  return (res.list as Array<{ _id: ChinaDate }>).map((r) => r._id).sort()
}

/** Of the given items, those the member has a standing check-in on. */
export async function finishedItemIds(ctx: ActionContext, memberId: string, itemIds: string[]): Promise<Set<string>> {
  if (itemIds.length === 0) return new Set()
  const _ = ctx.db.command
  const res = await ctx.db
    .collection(CHECKINS)
    .aggregate()
    .match({ memberId, status: 'active', itemId: _.in(itemIds) })
    .group({ _id: '$itemId' })
    .limit(itemIds.length)
    .end()
  return new Set((res.list as Array<{ _id: string }>).map((r) => r._id))
}

/** Of the given members, those with a standing record in the month. */
export async function membersWithRecord(
  ctx: ActionContext,
  memberIds: string[],
  month: ChinaMonth,
): Promise<Set<string>> {
  const _ = ctx.db.command
  const found = new Set<string>()
  for (const ids of chunks(memberIds, CHUNK)) {
    const res = await ctx.db
      .collection(CHECKINS)
      .aggregate()
      .match({ month, status: 'active', memberId: _.in(ids) })
      .group({ _id: '$memberId' })
      .limit(ids.length)
      .end()
    for (const r of res.list as Array<{ _id: string }>) found.add(r._id)
  }
  return found
}

/** Per member, the given items they have finished. */
export async function doneItemsByMember(
  ctx: ActionContext,
  memberIds: string[],
  itemIds: string[],
): Promise<Map<string, Set<string>>> {
  const done = new Map<string, Set<string>>()
  if (itemIds.length === 0) return done
  const _ = ctx.db.command
  for (const ids of chunks(memberIds, CHUNK)) {
    const res = await ctx.db
      .collection(CHECKINS)
      .aggregate()
      .match({ status: 'active', memberId: _.in(ids), itemId: _.in(itemIds) })
      .group({ _id: { memberId: '$memberId', itemId: '$itemId' } })
      .limit(ids.length * itemIds.length)
      .end()
    for (const { _id } of res.list as Array<{ _id: { memberId: string; itemId: string } }>) {
      const set = done.get(_id.memberId) ?? new Set<string>()
      set.add(_id.itemId)
      done.set(_id.memberId, set)
    }
  }
  return done
}

/** The member's standing entries of one day, without their history, in the order recorded. */
export async function entriesOfDay(
  ctx: ActionContext,
  memberId: string,
  day: ChinaDate,
): Promise<Array<Omit<StudyCheckinDoc, 'history'>>> {
  const res = await ctx.db
    .collection(CHECKINS)
    .where({ memberId, day, status: 'active' })
    .field({ history: false })
    .orderBy('createdAt', 'asc')
    .limit(1000)
    .get()
  return res.data as Array<Omit<StudyCheckinDoc, 'history'>>
}

/** How many standing entries the member has for a day (to cap a flood, never shown to anyone). */
export async function entryCountOfDay(ctx: ActionContext, memberId: string, day: ChinaDate): Promise<number> {
  const res = await ctx.db.collection(CHECKINS).where({ memberId, day, status: 'active' }).count()
  return res.total
}
