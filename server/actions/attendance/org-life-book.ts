/**
 * The 民主评议, 谈心谈话 and 整改清单 sheets of the 支部工作手册 ledger. 民主评议: each member's grade, the
 * branch's reason, the decision date, when 限期改正 ends and every correction — 预备党员 take part
 * and are not graded, and no study figure appears. 谈心谈话: each talk of the year (day, the two
 * people, the kind of pair) and never its notes, then each member covered or not by kind.
 */
import { APPRAISAL_GRADE_LABELS } from '../../../core/appraisal/labels'
import { APPRAISAL_GRADES } from '../../../core/appraisal/types'
import { appraisalLine, gradeCountWords, NOT_GRADED } from '../../../core/attendance/org-life'
import { OVERDUE_LABEL, RECTIFY_STATE_LABELS } from '../../../core/orglife/labels'
import { countItems, isOverdue } from '../../../core/orglife/rules'
import { TALK_KIND_LABELS } from '../../../core/talk/labels'
import { TALK_KINDS } from '../../../core/talk/types'
import type { Workbook } from 'exceljs'
import type { LedgerAppraisal, LedgerRectify, LedgerTalks } from './ledger-data'
import { addSheet, excelDate, HEADER_ROW, type Cell } from './sheet'

const DAY = 'yyyy-mm-dd'

export function fillAppraisalSheet(book: Workbook, heading: string, items: LedgerAppraisal[]): void {
  const lines = items.map((a) => ({ ...a, line: appraisalLine(a.probationary, a.doc) }))
  const graded = lines.filter((l) => !l.probationary && l.doc)
  const counts = Object.fromEntries(
    APPRAISAL_GRADES.map((g) => [g, graded.filter((l) => l.line.grade === APPRAISAL_GRADE_LABELS[g]).length]),
  ) as Record<(typeof APPRAISAL_GRADES)[number], number>
  const pending = lines.filter((l) => l.line.grade === NOT_GRADED).length
  const rows: Cell[][] = lines.map(({ name, probationary, line }) => [
    name,
    probationary ? '预备党员' : '正式党员',
    line.grade,
    line.reason,
    line.decidedOn === null ? null : excelDate(line.decidedOn),
    line.rectificationEndsOn === null ? null : excelDate(line.rectificationEndsOn),
    line.corrections,
  ])
  const total = `合计：${gradeCountWords(counts)}；${NOT_GRADED}${pending}人；预备党员${lines.filter((l) => l.probationary).length}人`
  addSheet(
    book,
    '民主评议',
    heading,
    [
      { header: '姓名', width: 10 },
      { header: '身份', width: 10 },
      { header: '评定等次', width: 20 },
      { header: '评定理由', width: 30, wrap: true },
      { header: '评定日期', width: 12, numFmt: DAY },
      { header: '限期改正至', width: 12, numFmt: DAY },
      { header: '修改记录', width: 50, wrap: true },
    ],
    lines.length > 0 ? [...rows, [null], [total]] : [['本支部没有党员']],
  )
}

export function fillTalkSheet(book: Workbook, heading: string, talks: LedgerTalks): void {
  const list: Cell[][] =
    talks.list.length > 0
      ? talks.list.map((t) => [
          excelDate(t.date),
          t.recorderName,
          t.partnerName,
          t.kind === null ? null : TALK_KIND_LABELS[t.kind],
        ])
      : [['本年度没有谈心谈话记录']]
  const counted = (k: (typeof TALK_KINDS)[number]) => talks.kinds.includes(k)
  const people: Cell[][] = talks.people.map((p) => [
    p.name,
    p.side === 'committee' ? '支委' : '党员',
    ...TALK_KINDS.map((k) => p.kinds[k] ?? (counted(k) ? '不适用' : '本支部不计入')),
    p.covered ? '已谈完' : '未谈完',
  ])
  const sectionAt = HEADER_ROW + 1 + list.length + 1
  const sheet = addSheet(
    book,
    '谈心谈话',
    heading,
    [
      { header: '日期', width: 12, numFmt: DAY },
      { header: '谈话人（记录人）', width: 16 },
      { header: '谈话对象', width: 16 },
      { header: '类型', width: 16 },
      { header: '', width: 16 },
      { header: '', width: 10 },
    ],
    [
      ...list,
      [null],
      ['各党员谈心谈话情况（按本支部计入的类型）'],
      ['姓名', '身份', ...TALK_KINDS.map((k) => TALK_KIND_LABELS[k]), '情况'],
      ...people,
    ],
  )
  for (const r of [sectionAt, sectionAt + 1]) sheet.getRow(r).font = { bold: true }
  // Column A holds names below the list: only the list's days are dates.
  for (let r = sectionAt; r <= sheet.rowCount; r++) sheet.getRow(r).getCell(1).numFmt = 'General'
}

/**
 * 整改清单: each item of the year's 组织生活会 — the meeting, what is to be put right, who owns it,
 * by when, its state on the day of export (逾期 beside an open item past its day), and the note it
 * was closed or withdrawn with; then the counts.
 */
export function fillRectifySheet(book: Workbook, heading: string, rows: LedgerRectify[], today: string): void {
  const lines: Cell[][] = rows.map(({ meetingTitle, meetingDate, item }) => [
    meetingTitle,
    excelDate(meetingDate),
    item.text,
    item.ownerName,
    excelDate(item.dueOn),
    isOverdue(item, today)
      ? `${RECTIFY_STATE_LABELS[item.state]}（${OVERDUE_LABEL}）`
      : RECTIFY_STATE_LABELS[item.state],
    item.note || null,
  ])
  const c = countItems(
    rows.map((r) => r.item),
    today,
  )
  const total = `合计：整改事项${c.total}项，已完成${c.done}项，未完成${c.open}项（其中${OVERDUE_LABEL}${c.overdue}项）；另撤销${c.withdrawn}项`
  addSheet(
    book,
    '整改清单',
    heading,
    [
      { header: '组织生活会', width: 24, wrap: true },
      { header: '会议日期', width: 12, numFmt: DAY },
      { header: '整改事项', width: 36, wrap: true },
      { header: '责任人', width: 10 },
      { header: '完成时限', width: 12, numFmt: DAY },
      { header: '状态', width: 14 },
      { header: '完成情况或撤销原因', width: 36, wrap: true },
    ],
    lines.length > 0 ? [...lines, [null], [total]] : [['本年度组织生活会没有整改事项']],
  )
}
