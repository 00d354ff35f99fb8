/**
 * The bureau's summary of a year as an Excel workbook: every branch's figures, months and rules
 * row, and how many of its held meetings have confirmed 会议记录.
 */
import { ACTIVITY_TYPE_LABELS } from '../../../core/activity/types'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '../../../core/attendance/compliance'
import type { BureauAttendance, ComplianceMatrix } from '../../../core/contract/attendance'
import type { MinutesTally } from '../../../core/minutes/ledger'
import type { Workbook } from 'exceljs'
import { addSheet, fraction, type Cell, type Column } from './sheet'

const PCT = '0.0%'
const N = '0'
const MONEY = '0.00'

export function fillBureauSummary(
  book: Workbook,
  figures: BureauAttendance,
  matrix: ComplianceMatrix,
  minutesOf: (branchId: string) => MinutesTally,
): void {
  const title = (what: string) => `${figures.year}年 ${what}`
  const columns: Column[] = [
    { header: '支部', width: 22 },
    { header: '活动次数', width: 9, numFmt: N },
    { header: '应到', width: 8, numFmt: N },
    { header: '实到', width: 8, numFmt: N },
    { header: '请假', width: 8, numFmt: N },
    { header: '缺席', width: 8, numFmt: N },
    { header: '出勤率', width: 9, numFmt: PCT },
    { header: '补学布置', width: 9, numFmt: N },
    { header: '补学完成', width: 9, numFmt: N },
    { header: '党费应交（元）', width: 14, numFmt: MONEY },
    { header: '党费已交（元）', width: 14, numFmt: MONEY },
    { header: '收缴率', width: 9, numFmt: PCT },
    { header: '党员人数', width: 9, numFmt: N },
    { header: '有学习记录', width: 11, numFmt: N },
    { header: '有学习记录的比例', width: 16, numFmt: '0%' },
  ]
  const row = (name: string, r: BureauAttendance['bureau']): Cell[] => [
    name,
    r.total.activities,
    r.total.expected,
    r.total.present,
    r.total.onLeave + r.total.leavePending,
    r.total.absent,
    fraction(r.total.ratePct),
    r.total.makeup.assigned,
    r.total.makeup.done,
    r.dues.dueFen / 100,
    r.dues.paidFen / 100,
    fraction(r.dues.ratePct),
    r.study.members,
    r.study.withRecord,
    r.study.sharePct === null ? null : r.study.sharePct / 100,
  ]
  addSheet(book, '出勤汇总', title('各支部出勤、补学、党费与学习记录（按组织顺序，不排名）'), columns, [
    ...figures.branches.map((b) => row(b.name, b)),
    row('全机关', figures.bureau),
  ])
  addSheet(
    book,
    '各月出勤率',
    title('各支部每月出勤率'),
    [
      { header: '支部', width: 22 },
      ...figures.months.map((m) => ({ header: `${Number(m.slice(5))}月`, width: 8, numFmt: PCT })),
    ],
    [
      ...figures.branches.map((b) => [b.name, ...b.byMonth.map((f) => fraction(f.ratePct))]),
      ['全机关', ...figures.bureau.byMonth.map((f) => fraction(f.ratePct))],
    ],
  )
  addSheet(
    book,
    '各类活动',
    title('全机关各类活动出勤'),
    [
      { header: '活动类型', width: 16 },
      { header: '次数', width: 8, numFmt: N },
      { header: '应到', width: 8, numFmt: N },
      { header: '实到', width: 8, numFmt: N },
      { header: '出勤率', width: 9, numFmt: PCT },
    ],
    figures.types.map((t) => {
      const f = figures.bureau.byType[t]
      return [
        ACTIVITY_TYPE_LABELS[t],
        f?.activities ?? 0,
        f?.expected ?? 0,
        f?.present ?? 0,
        fraction(f?.ratePct ?? null),
      ]
    }),
  )
  addSheet(
    book,
    '制度落实',
    title('三会一课等制度落实情况（✓ 已完成，✗ 未完成，… 进行中，— 未到期）'),
    [
      { header: '支部', width: 22 },
      ...matrix.rules.map((r) => ({ header: `${r.label}（${r.words}）`, width: 14, wrap: true })),
    ],
    matrix.branches.map((b) => [
      b.name,
      ...b.checks.map((c) =>
        c.state === 'notApplicable'
          ? PERIOD_STATE_LABELS.notApplicable
          : `${PERIOD_STATE_MARKS[c.state]} ${PERIOD_STATE_LABELS[c.state]} ${c.held}/${c.due}`,
      ),
    ]),
  )
  const tallies = matrix.branches.map((b) => ({ name: b.name, ...minutesOf(b.branchId) }))
  const sum = (key: 'held' | 'confirmed') => tallies.reduce((s, t) => s + t[key], 0)
  addSheet(
    book,
    '会议记录',
    title('各支部需记录的会议与会议记录确认情况（按组织顺序，不排名）'),
    [
      { header: '支部', width: 22 },
      { header: '已召开的会议', width: 13, numFmt: N },
      { header: '会议记录已确认', width: 15, numFmt: N },
      { header: '未确认', width: 9, numFmt: N },
    ],
    [
      ...tallies.map((t) => [t.name, t.held, t.confirmed, t.held - t.confirmed]),
      ['全机关', sum('held'), sum('confirmed'), sum('held') - sum('confirmed')],
    ],
  )
}
