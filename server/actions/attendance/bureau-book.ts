/**
 * The bureau's summary of a year as an Excel workbook: every branch's figures, months and rules
 * row, how many of its held meetings have confirmed 会议记录, its 民主评议 grades counted, its
 * 谈心谈话 share and its 组织生活会's 整改事项 by state (counts only, no names).
 */
import { ACTIVITY_TYPE_LABELS } from '../../../core/activity/types'
import { PERIOD_STATE_LABELS, PERIOD_STATE_MARKS } from '../../../core/attendance/compliance'
import type { BureauAttendance, ComplianceMatrix } from '../../../core/contract/attendance'
import { APPRAISAL_GRADE_LABELS } from '../../../core/appraisal/labels'
import { APPRAISAL_GRADES } from '../../../core/appraisal/types'
import type { MinutesTally } from '../../../core/minutes/ledger'
import { shareWords } from '../../../core/talk/coverage'
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
  const lives = matrix.branches.map((b) => ({ name: b.name, ...b.orgLife }))
  const total = (f: (l: (typeof lives)[number]) => number) => lives.reduce((n, l) => n + f(l), 0)
  const appraisalCells = (a: Omit<(typeof lives)[number]['appraisal'], 'words'>): Cell[] => [
    a.evaluated,
    ...APPRAISAL_GRADES.map((g) => a.counts[g]),
    a.evaluated - a.graded,
    a.probationary,
  ]
  const sumAppraisal = {
    evaluated: total((l) => l.appraisal.evaluated),
    graded: total((l) => l.appraisal.graded),
    probationary: total((l) => l.appraisal.probationary),
    counts: Object.fromEntries(APPRAISAL_GRADES.map((g) => [g, total((l) => l.appraisal.counts[g])])) as Record<
      (typeof APPRAISAL_GRADES)[number],
      number
    >,
  }
  addSheet(
    book,
    '民主评议',
    title('各支部民主评议党员等次人数（预备党员参加评议、不评定等次；按组织顺序，不排名）'),
    [
      { header: '支部', width: 22 },
      { header: '参评正式党员', width: 13, numFmt: N },
      ...APPRAISAL_GRADES.map((g) => ({ header: APPRAISAL_GRADE_LABELS[g], width: 9, numFmt: N })),
      { header: '未评定', width: 9, numFmt: N },
      { header: '预备党员', width: 9, numFmt: N },
    ],
    [...lives.map((l) => [l.name, ...appraisalCells(l.appraisal)]), ['全机关', ...appraisalCells(sumAppraisal)]],
  )
  const talkCells = (t: { counted: number; covered: number; talks: number }): Cell[] => [
    t.counted,
    t.covered,
    t.counted - t.covered,
    shareWords(t.covered, t.counted),
    t.talks,
  ]
  addSheet(
    book,
    '谈心谈话',
    title('各支部谈心谈话完成情况（已谈完 = 本支部计入的各类谈话都已谈过；按组织顺序，不排名）'),
    [
      { header: '支部', width: 22 },
      { header: '应谈人数', width: 9, numFmt: N },
      { header: '已谈完', width: 9, numFmt: N },
      { header: '未谈完', width: 9, numFmt: N },
      { header: '已谈完比例', width: 16 },
      { header: '谈话次数', width: 9, numFmt: N },
    ],
    [
      ...lives.map((l) => [l.name, ...talkCells(l.talk)]),
      [
        '全机关',
        ...talkCells({
          counted: total((l) => l.talk.counted),
          covered: total((l) => l.talk.covered),
          talks: total((l) => l.talk.talks),
        }),
      ],
    ],
  )
  const rectifyCells = (r: Omit<(typeof lives)[number]['rectify'], 'words'>): Cell[] => [
    r.meetings,
    r.total,
    r.done,
    r.open,
    r.overdue,
  ]
  const sumRectify = (key: 'meetings' | 'total' | 'done' | 'open' | 'overdue') => total((l) => l.rectify[key])
  addSheet(
    book,
    '整改清单',
    title('各支部组织生活会整改事项完成情况（导出当日；逾期 = 过了完成期限仍未完成；按组织顺序，不排名）'),
    [
      { header: '支部', width: 22 },
      { header: '已召开组织生活会', width: 16, numFmt: N },
      { header: '整改事项', width: 9, numFmt: N },
      { header: '已完成', width: 9, numFmt: N },
      { header: '未完成', width: 9, numFmt: N },
      { header: '其中逾期', width: 9, numFmt: N },
    ],
    [
      ...lives.map((l) => [l.name, ...rectifyCells(l.rectify)]),
      [
        '全机关',
        ...rectifyCells({
          meetings: sumRectify('meetings'),
          total: sumRectify('total'),
          done: sumRectify('done'),
          open: sumRectify('open'),
          overdue: sumRectify('overdue'),
        }),
      ],
    ],
  )
}
