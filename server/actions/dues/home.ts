/**
 * This month's dues for 首页: another use case (the home screen's one call) includes
 * `duesHomeStatus(db, member, now)` in its result. Three small reads.
 */
import type { DuesHomeStatus } from '../../../core/contract/dues'
import { chinaMonth } from '../../../core/dates'
import { homeStatus } from '../../../core/dues'
import type { MemberDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { DuesAmountDoc, DuesBillDoc } from './model'
import { memberMonths } from './resolve'
import { readSettings } from './settings'

export async function duesHomeStatus(db: Db, member: MemberDoc, now: number): Promise<DuesHomeStatus> {
  const [settings, records, bills] = await Promise.all([
    readSettings(db, member.branchId, now),
    findAll<DuesAmountDoc>(db, 'duesAmounts', { memberId: member._id }),
    findAll<DuesBillDoc>(db, 'duesBills', { memberId: member._id }),
  ])
  return homeStatus(memberMonths(member, settings, records, bills, now).months, chinaMonth(now))
}
