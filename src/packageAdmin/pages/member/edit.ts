/** The member form's values and the changes they make, as member.update takes them. */
import type { DuesCategory, InputOf, MemberRole, MemberRow } from '@core/contract'
import { formatFen, parseYuanToFen } from '@core/money'

/** The earliest day a 入党日期 or a leaving can be: the Party's founding. */
export const PARTY_FOUNDED = '1921-07-01'

export type MemberChanges = InputOf<'admin', 'member.update'>['changes']

export interface MemberForm {
  name: string
  role: MemberRole
  duty: string
  joinDate: string
  probationary: boolean
  duesCategory: DuesCategory
  /** 党费基数 in 元 as typed, starting from the stored base; empty clears it. */
  duesBaseYuan: string
}

export function formOf(row: MemberRow): MemberForm {
  return {
    name: row.name,
    role: row.role,
    duty: row.duty ?? '',
    joinDate: row.joinDate,
    probationary: row.probationary,
    duesCategory: row.duesCategory,
    duesBaseYuan: row.duesBaseFen === null ? '' : formatFen(row.duesBaseFen),
  }
}

export type ChangesResult = { changes: MemberChanges } | { problem: { field: keyof MemberForm; message: string } }

/** Only what differs from the row; money turns into integer 分 here, never through floats. */
export function changesOf(row: MemberRow, form: MemberForm): ChangesResult {
  const changes: MemberChanges = {}
  const name = form.name.trim()
  if (name !== row.name) changes.name = name
  if (form.role !== row.role) changes.role = form.role
  const duty = form.duty.trim() || null
  if (duty !== row.duty) changes.duty = duty
  if (form.joinDate !== row.joinDate) changes.joinDate = form.joinDate
  if (form.probationary !== row.probationary) changes.probationary = form.probationary
  if (form.duesCategory !== row.duesCategory) changes.duesCategory = form.duesCategory
  const typed = form.duesBaseYuan.trim()
  const fen = typed === '' ? null : parseYuanToFen(typed)
  if (typed !== '' && fen === null) {
    return { problem: { field: 'duesBaseYuan', message: '党费基数应为以元为单位的金额，如 6500 或 6500.50' } }
  }
  if (fen !== row.duesBaseFen) changes.duesBaseFen = fen
  return { changes }
}
