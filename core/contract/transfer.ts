/**
 * 组织关系转接 (issue 26): 转出 — the secretary starts it, the office issues the 介绍信 (党费交至
 * read from the dues ledger, validity at most 3 months), the 回执 completes it and archives the
 * member as member.markLeft does; 转入/报到 — the secretary records the incoming letter, which puts
 * the member on the roll with a binding code in one step; 外出 — a short absence with a return
 * day, not a transfer; 失去联系 — members with 6 quiet months and what was tried, the secretary's
 * contact attempts; and 党内统计 for a year, counted from the records, each figure with its names.
 */
import * as v from 'valibot'
import { ORG_LIMITS } from './org-limits'
import { DUES_CATEGORY_LABELS, type DuesCategory } from './org-labels'
import { TRANSFER_LIMITS } from '../transfer/limits'
import { ABSENCE_KINDS, CONTACT_WAYS, type AbsenceKind, type ContactWay } from '../transfer/types'
import type { ExportLink } from './attendance'
import { action } from './define'
import { chinaDateField, chinaMonthField, docId, optionalText, text, wholeBetween } from './fields'
import type {
  ArrivalResult,
  LetterView,
  OutOfTouchPage,
  PartyStats,
  TransferOffice,
  TransferPage,
} from './transfer-views'

export { TRANSFER_LIMITS } from '../transfer/limits'
export {
  ABSENCE_KIND_LABELS,
  CONTACT_WAY_LABELS,
  LEAVE_KIND_LABELS,
  OUT_OF_TOUCH_LABEL,
  OUT_OF_TOUCH_SOURCE,
  TRANSFER_RULE_SOURCE,
  TRANSFER_STATE_LABELS,
} from '../transfer/labels'
export { ABSENCE_KINDS, CONTACT_WAYS, LEAVE_KINDS } from '../transfer/types'
export type { AbsenceKind, AbsenceState, ContactWay, LeaveKind, TransferState } from '../transfer/types'
export type * from './transfer-views'

const memberId = docId('党员')
const transferId = docId('转接记录')
const absenceId = docId('外出记录')
const branchId = v.optional(docId('支部'))
const destination = text('转往的党组织', TRANSFER_LIMITS.destination, 2)
const reason = text('原因', TRANSFER_LIMITS.reason, TRANSFER_LIMITS.reasonMin)
const validDays = wholeBetween(1, 3650, '有效期应为天数')
const duesCategory = v.picklist(Object.keys(DUES_CATEGORY_LABELS) as DuesCategory[], '党费类别不对')

export const secretaryTransferActions = {
  /** 组织关系: the branch's 转出, 转入 and 外出. */
  'transfer.page': action<TransferPage>()('secretary', v.object({ branchId })),
  /** Starts a 转出 for a member of the branch; the office issues the letter. */
  'transfer.start': action<TransferPage>()('secretary', v.object({ memberId, destination, reason })),
  /** Withdraws a 转出 not yet issued, with a reason. */
  'transfer.cancel': action<TransferPage>()('secretary', v.object({ transferId, reason })),
  /** The 回执 came back: the transfer completes and the member is archived (as member.markLeft). */
  'transfer.receipt': action<TransferPage>()(
    'secretary',
    v.object({
      transferId,
      receivedOn: chinaDateField('回执日期'),
      note: optionalText('说明', TRANSFER_LIMITS.note),
    }),
  ),
  /** The printable 介绍信 (its branch's officers, or the office). */
  'transfer.letter': action<LetterView>()('secretary', v.object({ transferId })),
  /** Records an incoming letter: the roster entry and a binding code in one step. */
  'transfer.arrive': action<ArrivalResult>()(
    'secretary',
    v.object({
      branchId,
      name: text('姓名', ORG_LIMITS.personName),
      from: text('转出的党组织', TRANSFER_LIMITS.destination, 2),
      letterNo: optionalText('介绍信编号', TRANSFER_LIMITS.letterNo),
      duesPaidThrough: chinaMonthField('党费交至'),
      joinDate: chinaDateField('入党日期'),
      probationary: v.boolean('请选择正式党员或预备党员'),
      duesCategory,
      duesBaseFen: v.optional(
        v.nullable(v.pipe(v.number('党费基数不对'), v.integer('党费基数不对'), v.minValue(0, '党费基数不能为负'))),
      ),
    }),
  ),
  /** Records a 外出 (study, secondment, other) with its return day, at most 6 months. */
  'absence.add': action<TransferPage>()(
    'secretary',
    v.object({
      memberId,
      kind: v.picklist(ABSENCE_KINDS as unknown as AbsenceKind[], '请选择外出类别'),
      place: text('外出去向', TRANSFER_LIMITS.place, 2),
      fromOn: chinaDateField('外出日期'),
      returnOn: chinaDateField('返回日期'),
    }),
  ),
  /** The member is back. */
  'absence.end': action<TransferPage>()('secretary', v.object({ absenceId, returnedOn: chinaDateField('返回日期') })),
  /** 失去联系: members with 6 quiet months, what was tried, and the attempts. */
  'touch.page': action<OutOfTouchPage>()('secretary', v.object({ branchId })),
  /** Records a contact attempt; nothing is decided by it. */
  'touch.record': action<OutOfTouchPage>()(
    'secretary',
    v.object({
      memberId,
      on: chinaDateField('联系日期'),
      way: v.picklist(CONTACT_WAYS as unknown as ContactWay[], '请选择联系方式'),
      note: text('联系情况', TRANSFER_LIMITS.contactNote, TRANSFER_LIMITS.contactNoteMin),
    }),
  ),
}

const year = v.optional(wholeBetween(1900, 2200, '年份不对'))

export const adminTransferActions = {
  /** The office's 组织关系转出: waiting, issued, done; the bureau's settings. */
  'transfer.office': action<TransferOffice>()('admin', v.object({})),
  /** Issues the 介绍信: its number and validity (at most 90 days); 党费交至 is read from the ledger. */
  'transfer.issue': action<TransferOffice>()(
    'admin',
    v.object({ transferId, letterNo: text('介绍信编号', TRANSFER_LIMITS.letterNo), validDays }),
  ),
  /** The bureau's default validity, and which optional fields 党内统计 counts (from the roster import). */
  'transfer.setting': action<TransferOffice>()(
    'admin',
    v.object({
      validityDefaultDays: validDays,
      statsFields: v.object({ sex: v.boolean('性别一栏不对'), education: v.boolean('学历一栏不对') }),
    }),
  ),
  /** The letters issued, one Excel row each (audited). */
  'transfer.export': action<ExportLink>()('admin', v.object({ year })),
  /** 党内统计 for a year, each figure with its names. */
  'stats.year': action<PartyStats>()('admin', v.object({ year })),
  /** 党内统计 as an Excel workbook (audited). */
  'stats.export': action<ExportLink>()('admin', v.object({ year })),
}
