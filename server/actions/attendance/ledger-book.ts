/**
 * The 支部工作手册 ledger of a branch's year as an Excel workbook: 三会一课, other activities,
 * 补学, 党费, 制度落实, 会议记录, 民主评议 and 谈心谈话, one sheet each (exceljs, loaded only when a
 * ledger is made).
 */
import { offlineDayOf } from '../../../core/activity/offline'
import {
  ACTIVITY_TYPE_LABELS,
  OFFLINE_MAKEUP_LABEL,
  makeupStateText,
  type ActivityType,
} from '../../../core/activity/types'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '../../../core/attendance/compliance'
import { MEETING_RULES, ruleWords } from '../../../core/attendance/rules'
import { chinaDate, formatChinaClock, monthDayWords } from '../../../core/dates'
import type { Workbook } from 'exceljs'
import { addSheet, excelDate, fraction, type Cell, type Column } from './sheet'
import type { LedgerActivity, LedgerData } from './ledger-data'
import { fillMinutesSheet } from './minutes-book'
import { fillAppraisalSheet, fillRectifySheet, fillTalkSheet } from './org-life-book'

/** 三会一课: 支部党员大会, 支委会, 党小组会, 党课. */
export const THREE_MEETINGS: ReadonlySet<ActivityType> = new Set([
  'generalMeeting',
  'committeeMeeting',
  'groupMeeting',
  'partyLecture',
])

const ACTIVITY_COLUMNS: Column[] = [
  { header: '日期', width: 12, numFmt: 'yyyy-mm-dd' },
  { header: '时间', width: 8 },
  { header: '类型', width: 14 },
  { header: '主题', width: 28, wrap: true },
  { header: '地点', width: 18, wrap: true },
  { header: '应到', width: 6, numFmt: '0' },
  { header: '实到', width: 6, numFmt: '0' },
  { header: '请假', width: 6, numFmt: '0' },
  { header: '缺席', width: 6, numFmt: '0' },
  { header: '出勤率', width: 8, numFmt: '0.0%' },
  { header: '实到人员', width: 40, wrap: true },
  { header: '请假人员（事由）', width: 36, wrap: true },
  { header: '缺席人员', width: 28, wrap: true },
]

function activityRow(a: LedgerActivity): Cell[] {
  const f = a.fact.figures
  const named = (...statuses: string[]) => a.people.filter((p) => statuses.includes(p.status))
  return [
    excelDate(a.fact.date),
    formatChinaClock(a.fact.startAt),
    ACTIVITY_TYPE_LABELS[a.fact.type],
    a.fact.title,
    a.fact.place,
    f.expected,
    f.present,
    f.onLeave + f.leavePending,
    f.absent,
    fraction(f.ratePct),
    named('present')
      .map((p) => p.name)
      .join('、'),
    named('onLeave', 'leavePending')
      .map((p) => `${p.name}（${p.reason ?? ''}）`)
      .join('、'),
    named('absent')
      .map((p) => (p.reason && p.reason !== '未请假' ? `${p.name}（${p.reason}）` : p.name))
      .join('、'),
  ]
}

const MAKEUP_COLUMNS: Column[] = [
  { header: '活动日期', width: 12, numFmt: 'yyyy-mm-dd' },
  { header: '活动', width: 28, wrap: true },
  { header: '党员', width: 10 },
  { header: '原因', width: 8 },
  { header: '补学情况', width: 26 },
  { header: '心得提交日期', width: 13, numFmt: 'yyyy-mm-dd' },
  { header: '审核人', width: 10 },
  { header: '审核意见', width: 30, wrap: true },
  { header: OFFLINE_MAKEUP_LABEL, width: 36, wrap: true },
]

const MONEY = '0.00'

export function fillBranchLedger(book: Workbook, data: LedgerData): void {
  const { branch, year } = data
  const heading = (what: string) => `${branch.name} ${year}年 ${what}`
  for (const [name, pick] of [
    ['三会一课', (t: ActivityType) => THREE_MEETINGS.has(t)],
    ['其他活动', (t: ActivityType) => !THREE_MEETINGS.has(t)],
  ] as const) {
    const rows = data.activities.filter((a) => pick(a.fact.type)).map(activityRow)
    addSheet(book, name, heading(`${name}记录（出勤率 = 实到 ÷ 应到）`), ACTIVITY_COLUMNS, rows)
  }
  addSheet(
    book,
    '补学',
    heading('补学记录'),
    MAKEUP_COLUMNS,
    data.makeups.map((m) => {
      const review = m.reviews[m.reviews.length - 1]
      return [
        excelDate(chinaDate(m.activity.startAt)),
        m.activity.title,
        m.memberName,
        m.cause === 'leave' ? '请假' : '缺席',
        // The words of every screen: 已补学, or 线下补学（书记登记） 3月9日.
        makeupStateText(m.status, offlineDayOf(m)),
        m.submittedAt === null ? null : excelDate(chinaDate(m.submittedAt)),
        review?.byName ?? null,
        review?.comment || null,
        // Done in person: the day, who recorded it, and how it was done.
        m.offline ? `${m.offline.on}，${m.offline.byName}登记：${m.offline.note}` : null,
      ]
    }),
  )
  const monthColumns: Column[] = Array.from({ length: 12 }, (_, i) => ({
    header: `${i + 1}月`,
    width: 9,
    numFmt: MONEY,
  }))
  // Sums in fen, shown in yuan: never add floating yuan.
  const fenRows = data.dues.map((d) => [
    ...d.months.map((b) => (b ? b.paidFen : null)),
    d.months.reduce((s, b) => s + (b?.dueFen ?? 0), 0),
    d.months.reduce((s, b) => s + (b?.paidFen ?? 0), 0),
  ])
  const totals = Array.from({ length: 14 }, (_, i) => fenRows.reduce((s, r) => s + (r[i] ?? 0), 0))
  const yuan = (fen: number | null) => (fen === null ? null : fen / 100)
  const duesRows: Cell[][] = [
    ...data.dues.map((d, i) => [d.name, ...fenRows[i].map(yuan)]),
    ['合计', ...totals.map(yuan)],
  ]
  addSheet(
    book,
    '党费',
    heading('党费收缴（已交金额，元）'),
    [
      { header: '姓名', width: 10 },
      ...monthColumns,
      { header: '全年应交', width: 11, numFmt: MONEY },
      { header: '全年已交', width: 11, numFmt: MONEY },
    ],
    duesRows,
  )
  addSheet(
    book,
    '制度落实',
    heading('三会一课等制度落实情况'),
    [
      { header: '要求', width: 14 },
      { header: '频次', width: 12 },
      { header: '情况', width: 10 },
      { header: '已完成/应完成', width: 12 },
      { header: '各期', width: 60, wrap: true },
    ],
    data.compliance.checks.map((c) => {
      const rule = MEETING_RULES.find((r) => r.key === c.rule)
      return [
        c.label,
        rule ? ruleWords(rule) : '',
        `${PERIOD_STATE_MARKS[c.state]} ${PERIOD_STATE_LABELS[c.state]}`,
        c.state === 'notApplicable' ? null : `${c.held}/${c.due}`,
        c.periods
          .map(
            (p) =>
              `${p.label}${PERIOD_STATE_MARKS[p.state]}${p.heldDates.length > 0 ? `（${p.heldDates.map(monthDayWords).join('、')}）` : ''}`,
          )
          .join('；'),
      ]
    }),
  )
  fillMinutesSheet(book, heading('会议记录（出勤取自签到记录）'), data.minutes)
  fillAppraisalSheet(book, heading('民主评议党员（预备党员参加评议、不评定等次）'), data.appraisals)
  fillTalkSheet(book, heading('谈心谈话（谈话要点只由谈话双方保存，不载入台账）'), data.talks)
  fillRectifySheet(book, heading('组织生活会整改清单（状态为导出之日）'), data.rectify, data.today)
}
