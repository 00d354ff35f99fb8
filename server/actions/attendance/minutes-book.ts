/**
 * The 会议记录 sheet of the 支部工作手册 ledger: one block per held meeting that takes minutes,
 * laid out as the paper handbook is — the meeting, who came (the same projection as the 三会一课
 * sheet, never retyped), what was discussed and decided, whether the record is confirmed, and
 * every amendment; at a 支部党员大会, each motion voted on with its figures, tally and result. A
 * block is a bold heading line, then a row per item: label in A, value in B.
 */
import { ACTIVITY_TYPE_LABELS } from '../../../core/activity/types'
import { formatChinaClock, formatChinaDateTime } from '../../../core/dates'
import { motionRows } from '../../../core/attendance/org-life'
import { amendmentWords, minutesStateWords } from '../../../core/minutes/ledger'
import { takesVotes } from '../../../core/vote/types'
import type { Workbook } from 'exceljs'
import type { LedgerActivity, LedgerMinutes } from './ledger-data'
import { addSheet, HEADER_ROW, type Cell } from './sheet'

function peopleWords(a: LedgerActivity): { present: string; leave: string; absent: string } {
  const named = (...statuses: string[]) => a.people.filter((p) => statuses.includes(p.status))
  const line = (list: string[]) => `${list.length}人${list.length > 0 ? `：${list.join('、')}` : ''}`
  return {
    present: line(named('present').map((p) => p.name)),
    leave: line(named('onLeave', 'leavePending').map((p) => `${p.name}（${p.reason ?? ''}）`)),
    absent: line(named('absent').map((p) => (p.reason && p.reason !== '未请假' ? `${p.name}（${p.reason}）` : p.name))),
  }
}

/** A 支部党员大会's motions, each as its figures stood when the tally was entered; none for other meetings. */
function voteRows(item: LedgerMinutes): Cell[][] {
  if (!takesVotes(item.meeting.fact.type)) return []
  if (item.votes.length === 0) return [['表决', '未录入表决事项']]
  return item.votes.flatMap((v, i) => motionRows(i + 1, v))
}

/** The rows of one meeting's block; the first is its heading. */
export function minutesBlock(n: number, item: LedgerMinutes): Cell[][] {
  const { fact } = item.meeting
  const m = item.minutes
  const people = peopleWords(item.meeting)
  const attachments = m
    ? [
        m.photos.length > 0 ? `照片${m.photos.length}张` : null,
        m.attachments.length > 0 ? `附件：${m.attachments.map((a) => a.title).join('、')}` : null,
      ].filter((x): x is string => x !== null)
    : []
  return [
    [`${n}. ${ACTIVITY_TYPE_LABELS[fact.type]} ${fact.title}`, null],
    ['会议名称', fact.title],
    ['类型', ACTIVITY_TYPE_LABELS[fact.type]],
    ['时间', `${formatChinaDateTime(fact.startAt)}–${formatChinaClock(fact.endAt)}`],
    ['地点', fact.place],
    ['主持人', item.hostName],
    ['记录人', item.recorderName],
    ['应到', `${fact.figures.expected}人`],
    ['实到', people.present],
    ['请假', people.leave],
    ['缺席', people.absent],
    ['议题', m?.topics || null],
    ['发言要点', m?.summary || null],
    ['决议事项', m?.resolutions || null],
    ...voteRows(item),
    ...(attachments.length > 0 ? [['照片与附件', attachments.join('；')]] : []),
    ['记录状态', minutesStateWords(m)],
    ...(m && m.amendments.length > 0
      ? m.amendments.map((a, i): Cell[] => [`修改记录${i + 1}`, amendmentWords(a)])
      : [['修改记录', '无']]),
    [null, null],
  ]
}

export function fillMinutesSheet(book: Workbook, heading: string, items: LedgerMinutes[]): void {
  const blocks = items.map((item, i) => minutesBlock(i + 1, item))
  const rows = blocks.length > 0 ? blocks.flat() : [['本年度没有已召开、需记录的会议', null]]
  const sheet = addSheet(
    book,
    '会议记录',
    heading,
    [
      { header: '项目', width: 14 },
      { header: '内容', width: 80, wrap: true },
    ],
    rows,
  )
  let r = HEADER_ROW + 1
  for (const block of blocks) {
    const row = sheet.getRow(r)
    row.font = { bold: true }
    sheet.mergeCells(r, 1, r, 2)
    r += block.length
  }
  sheet.getColumn(1).font = { bold: true }
}
