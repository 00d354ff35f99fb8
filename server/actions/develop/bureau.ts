/**
 * The office's view of 党员发展: each branch's people per stage (organisation order, counts only,
 * never ranked), the year's figures for the annual report, what is due this month across the
 * bureau, and the year's development in Excel — one row per person and step day.
 */
import type { DevelopBureau } from '../../../core/contract/develop'
import type { ExportLink } from '../../../core/contract/attendance'
import { chinaDate } from '../../../core/dates'
import {
  DEVELOP_STAGE_LABELS,
  DEVELOP_STAGE_PERSON_LABELS,
  DEVELOP_STATUS_LABELS,
  DEVELOP_STEP_LABELS,
  personStageLabel,
} from '../../../core/develop/labels'
import { deadlinesOf, dueThisMonth, stageOf } from '../../../core/develop/rules'
import { DEVELOP_STAGES, DEVELOP_STEPS, type DevelopStage } from '../../../core/develop/types'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchesInOrder } from '../attendance/branches'
import { earlierExport, newBook, save } from '../attendance/exports'
import { addSheet, excelDate, type Cell } from '../attendance/sheet'
import { thisYear } from '../talk/load'
import { recordOf, type DevelopCandidateDoc } from './model'
import { CANDIDATES, dueView } from './page'

const zero = (): Record<DevelopStage, number> =>
  Object.fromEntries(DEVELOP_STAGES.map((s) => [s, 0])) as Record<DevelopStage, number>

/** Every person in the pipeline, through the status index (kept, done and archived alike). */
const everyone = (ctx: ActionContext) =>
  findAll<DevelopCandidateDoc>(ctx.db, CANDIDATES, { status: ctx.db.command.in(['active', 'done', 'archived']) })

const inYear = (day: string | undefined, year: number) => !!day && day.startsWith(`${year}-`)

export async function developBureau(input: { year?: number }, ctx: ActionContext): Promise<DevelopBureau> {
  const today = chinaDate(ctx.now())
  const year = input.year ?? thisYear(ctx)
  const [branches, docs] = await Promise.all([branchesInOrder(ctx), everyone(ctx)])
  const open = docs.filter((d) => d.status === 'active')
  const total = zero()
  const rows = branches.map((b) => {
    const counts = zero()
    for (const d of open.filter((x) => x.branchId === b.id)) counts[stageOf(recordOf(d))] += 1
    for (const s of DEVELOP_STAGES) total[s] += counts[s]
    return { branchId: b.id, name: b.name, counts, total: Object.values(counts).reduce((x, y) => x + y, 0) }
  })
  const names = new Map(branches.map((b) => [b.id, b.name]))
  const count = (step: 'activist' | 'candidate' | 'admissionVote' | 'fullVote') =>
    docs.filter((d) => inYear(d.steps[step]?.day, year)).length
  const due = open.flatMap((d) =>
    dueThisMonth(deadlinesOf(recordOf(d)), today).map((x) => ({
      ...dueView(x, today),
      office: x.office,
      personId: d._id,
      name: d.name,
      branchName: names.get(d.branchId) ?? '',
    })),
  )
  return {
    year,
    today,
    stages: DEVELOP_STAGES.map((s) => ({ stage: s, label: DEVELOP_STAGE_LABELS[s] })),
    branches: rows,
    total,
    figures: {
      activists: count('activist'),
      candidates: count('candidate'),
      admitted: count('admissionVote'),
      full: count('fullVote'),
    },
    dueThisMonth: due
      .sort((a, b) => Number(b.office) - Number(a.office) || a.due.localeCompare(b.due))
      .map(({ office: _office, ...rest }) => rest),
  }
}

export async function exportDevelop(input: { year?: number }, ctx: ActionContext): Promise<ExportLink> {
  const earlier = await earlierExport(ctx)
  if (earlier) return earlier
  const year = input.year ?? thisYear(ctx)
  const [figures, branches, docs] = await Promise.all([
    developBureau({ year }, ctx),
    branchesInOrder(ctx),
    everyone(ctx),
  ])
  const order = new Map(branches.map((b, i) => [b.id, i]))
  const names = new Map(branches.map((b) => [b.id, b.name]))
  const rows: Cell[][] = []
  const sorted = [...docs].sort(
    (a, b) => (order.get(a.branchId) ?? 999) - (order.get(b.branchId) ?? 999) || a.name.localeCompare(b.name, 'zh'),
  )
  for (const d of sorted) {
    const stage = personStageLabel(stageOf(recordOf(d)), d.status)
    const entries = DEVELOP_STEPS.flatMap((s) => {
      if (s.key === 'training')
        return d.reviews.map((r, i) => ({ label: `${DEVELOP_STEP_LABELS.training}（第${i + 1}次）`, e: r }))
      const e = d.steps[s.key]
      return e ? [{ label: DEVELOP_STEP_LABELS[s.key], e }] : []
    })
    for (const { label, e } of entries.filter((x) => inYear(x.e.day, year))) {
      const detail =
        e.memberNames?.join('、') ?? (e.days !== undefined ? `${e.days}天，${e.hours ?? 0}学时` : (e.voteWords ?? ''))
      rows.push([
        names.get(d.branchId) ?? '',
        d.name,
        stage,
        DEVELOP_STATUS_LABELS[d.status],
        label,
        excelDate(e.day),
        e.byName,
        detail,
      ])
    }
  }
  const book = await newBook()
  addSheet(
    book,
    '发展党员步骤',
    `${year}年 发展党员工作情况（每人每个步骤一行）`,
    [
      { header: '支部', width: 22 },
      { header: '姓名', width: 10 },
      { header: '目前阶段', width: 14 },
      { header: '状态', width: 12 },
      { header: '步骤', width: 24 },
      { header: '日期', width: 12, numFmt: 'yyyy-mm-dd' },
      { header: '记录人', width: 12 },
      { header: '说明', width: 40, wrap: true },
    ],
    rows,
  )
  const yearFig = figures.figures
  addSheet(
    book,
    '汇总',
    `${year}年 发展党员汇总`,
    [
      { header: '支部', width: 22 },
      ...DEVELOP_STAGES.map((s) => ({ header: DEVELOP_STAGE_PERSON_LABELS[s], width: 14, numFmt: '0' })),
      { header: '合计', width: 8, numFmt: '0' },
    ],
    [
      ...figures.branches.map((b) => [b.name, ...DEVELOP_STAGES.map((s) => b.counts[s]), b.total]),
      [
        '全机关',
        ...DEVELOP_STAGES.map((s) => figures.total[s]),
        DEVELOP_STAGES.reduce((x, s) => x + figures.total[s], 0),
      ],
      [
        `本年确定入党积极分子${yearFig.activists}人，确定发展对象${yearFig.candidates}人，接收预备党员${yearFig.admitted}人，预备党员转正${yearFig.full}人`,
      ],
    ],
  )
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return save(ctx, {
    kind: 'developYear',
    branchId: null,
    scopeName: '全机关',
    year,
    fileName: `全机关${year}年发展党员工作情况.xlsx`,
    bytes,
  })
}
