/** Everything about one member's dues, read in one go (four queries in parallel). */
import { chinaMonth } from '../../../core/dates'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { DuesAmountDoc, DuesBillDoc, DuesPaymentDoc, DuesSettingsDoc } from './model'
import { memberMonths, sortRecords, type MemberMonths } from './resolve'
import { readSettings } from './settings'

export interface MemberState extends MemberMonths {
  member: MemberDoc
  branch: OrgDoc | null
  settings: DuesSettingsDoc
  records: DuesAmountDoc[]
  payments: DuesPaymentDoc[]
  currentMonth: string
}

export async function loadMemberState(db: Db, member: MemberDoc, now: number): Promise<MemberState> {
  const [settings, branch, records, bills, payments] = await Promise.all([
    readSettings(db, member.branchId, now),
    findById<OrgDoc>(db, 'orgs', member.branchId),
    findAll<DuesAmountDoc>(db, 'duesAmounts', { memberId: member._id }),
    findAll<DuesBillDoc>(db, 'duesBills', { memberId: member._id }),
    findAll<DuesPaymentDoc>(db, 'duesPayments', { memberId: member._id }),
  ])
  const sorted = sortRecords(records)
  return {
    member,
    branch,
    settings,
    records: sorted,
    payments,
    currentMonth: chinaMonth(now),
    ...memberMonths(member, settings, sorted, bills, now),
  }
}
