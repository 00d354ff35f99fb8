/**
 * 政治生日: on the anniversary of joining the party (from 09:00 China), a greeting to the member;
 * a 29 February join is greeted on 28 February in a year without one.
 */
import { chinaDate } from '../../../../core/dates'
import { birthdayMessage } from '../../../../core/notify/messages'
import { birthdayMonthDays, morningOf, partyYears } from '../../../../core/notify/when'
import type { MemberDoc } from '../../../model'
import { findAll } from '../../../runtime/store'
import type { JobContext } from '../../../runtime/types'
import { enqueue } from '../outbox'
import { oncePer } from './once'

async function greet(ctx: JobContext, today: string): Promise<number> {
  const days = birthdayMonthDays(today)
  // One read of the active roster a day (paged): the join date's month and day are not indexable.
  const members = await findAll<MemberDoc>(ctx.db, 'members', { status: 'active' })
  const celebrating = members.filter((m) => days.includes(m.joinDate.slice(5)) && m.joinDate < today)
  const planned = await enqueue(
    ctx.db,
    ctx.now(),
    {
      key: `birthday:${today.slice(0, 4)}`,
      message: (m) => birthdayMessage(m, `祝您${partyYears(m.joinDate, today)}周年政治生日快乐，不忘初心`),
    },
    celebrating,
  )
  return planned
}

export async function planBirthdays(ctx: JobContext): Promise<Record<string, number>> {
  const now = ctx.now()
  const today = chinaDate(now)
  if (!morningOf(today, now)) return { planned: 0 }
  return { planned: await oncePer(ctx.db, `birthday:${today}`, now, () => greet(ctx, today)) }
}
