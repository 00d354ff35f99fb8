/**
 * 党内统计 for a year, counted from the records (core/transfer/stats.ts): the roll at the year's
 * start and end by category, 转入 and 转出, 出党 and deaths, 民主评议 grades, training 学时 from the
 * activities attended (never time in the app), branches and 党小组. Every figure carries its names.
 * 发展党员 and 转正 come from 党员发展's records (developCandidates), by the day of their 支部大会.
 */
import { APPRAISAL_GRADE_LABELS } from '../../../core/appraisal/labels'
import { APPRAISAL_GRADES } from '../../../core/appraisal/types'
import type { ActivityType } from '../../../core/activity/types'
import type { ExportLink } from '../../../core/contract/attendance'
import type { PartyStats, StatsFigure } from '../../../core/contract/transfer'
import { chinaDate, dayWords } from '../../../core/dates'
import { yearMonths } from '../../../core/dues/months'
import { DomainError } from '../../../core/errors'
import { balanced, balanceWords, yearBalance } from '../../../core/transfer/balance'
import { EDUCATION_LABELS } from '../../../core/transfer/labels'
import { EDUCATION_LEVELS } from '../../../core/transfer/types'
import {
  developFigures,
  profileFigures,
  trainingHours,
  yearMovement,
  type DevelopStatsPerson,
  type Figure,
  type StatsPerson,
} from '../../../core/transfer/stats'
import type { MemberDoc, OrgDoc } from '../../model'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc, AttendanceDoc } from '../activity/model'
import type { AppraisalDoc } from '../appraisal/model'
import { earlierExport, newBook, save } from '../attendance/exports'
import type { DevelopCandidateDoc } from '../develop/model'
import { CANDIDATES } from '../develop/page'
import { readTransferSettings } from './views'

/** The activities that count as 学习培训. */
export const TRAINING_TYPES: ActivityType[] = ['studyDay', 'partyLecture', 'themeDay']

export function statsPerson(m: MemberDoc): StatsPerson {
  return {
    id: m._id,
    name: m.name,
    branchId: m.branchId,
    joinDate: m.joinDate,
    probationary: m.probationary,
    retired: m.duesCategory === 'retiree',
    fromDay: m.arrived?.on ?? m.joinDate,
    arrived: !!m.arrived,
    left: m.status === 'left' && m.left ? { day: m.left.date, kind: m.left.kind ?? 'other' } : null,
    sex: m.sex ?? null,
    education: m.education ?? null,
  }
}

/** A person of 党员发展 as the statistics read them: the roster id once admitted. */
export function developStatsPerson(d: DevelopCandidateDoc): DevelopStatsPerson {
  return {
    id: d.memberId ?? d._id,
    name: d.name,
    branchId: d.branchId,
    admittedOn: d.steps.admissionVote?.day ?? null,
    fullOn: d.steps.fullVote?.day ?? null,
  }
}

function checkYear(ctx: ActionContext, year: number | undefined): number {
  const current = Number(chinaDate(ctx.now()).slice(0, 4))
  const y = year ?? current
  if (y < 2000 || y > current) throw new DomainError('STATS.YEAR')
  return y
}

export async function partyStats(ctx: ActionContext, year: number): Promise<PartyStats> {
  const _ = ctx.db.command
  const months = yearMonths(year)
  const [members, orgs, appraisals, activities, settings, candidates] = await Promise.all([
    findAll<MemberDoc>(ctx.db, 'members', { status: _.in(['active', 'left']) }),
    findAll<OrgDoc>(ctx.db, 'orgs', { status: 'active' }),
    findAll<AppraisalDoc>(ctx.db, 'appraisals', { year }),
    findAll<ActivityDoc>(ctx.db, 'activities', { month: _.in(months), status: 'closed' }),
    readTransferSettings(ctx.db),
    // Through the status index: kept, done and archived alike (one admitted and later stopped still counts).
    findAll<DevelopCandidateDoc>(ctx.db, CANDIDATES, { status: _.in(['active', 'done', 'archived']) }),
  ])
  const training = activities.filter((a) => TRAINING_TYPES.includes(a.type))
  const attendance = training.length
    ? await findAll<AttendanceDoc>(ctx.db, 'attendance', {
        activityId: _.in(training.map((a) => a._id)),
        status: 'present',
      })
    : []
  const branchNames = new Map(orgs.map((o) => [o._id, o.name]))
  const people = members.map(statsPerson)
  const byId = new Map(people.map((p) => [p.id, p]))
  const move = yearMovement(people, year)
  const developed = developFigures(candidates.map(developStatsPerson), year)
  const named = (f: Figure, key: string, label: string, unit = '人'): StatsFigure => ({
    key,
    label,
    value: f.count,
    unit,
    names: f.names.map((n) => ({ id: n.id, name: n.name, branchName: branchNames.get(n.branchId) ?? '' })),
  })
  const list = (ids: string[]): Figure => {
    const found = ids.map((id) => byId.get(id)).filter((p): p is StatsPerson => !!p)
    found.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    return { count: found.length, names: found.map((p) => ({ id: p.id, name: p.name, branchId: p.branchId })) }
  }
  const grades = APPRAISAL_GRADES.map((g) =>
    named(
      list(appraisals.filter((a) => a.grade === g).map((a) => a.memberId)),
      `grade.${g}`,
      `民主评议${APPRAISAL_GRADE_LABELS[g]}`,
    ),
  )
  const minutesOf = new Map(training.map((a) => [a._id, Math.max(0, Math.round((a.endAt - a.startAt) / 60_000))]))
  const perMember = new Map<string, number>()
  for (const row of attendance) {
    perMember.set(row.memberId, (perMember.get(row.memberId) ?? 0) + (minutesOf.get(row.activityId) ?? 0))
  }
  const trained = [...perMember.entries()].filter(([, m]) => m > 0)
  const totalMinutes = trained.reduce((sum, [, m]) => sum + m, 0)
  const hoursFigure: StatsFigure = {
    key: 'training.hours',
    label: '参加学习培训学时（党课、主题党日、固定学习日）',
    value: trainingHours(totalMinutes),
    unit: '学时',
    names: trained
      .map(([id, m]) => ({
        id,
        name: `${byId.get(id)?.name ?? '已离开的党员'}（${trainingHours(m)}学时）`,
        branchName: branchNames.get(byId.get(id)?.branchId ?? '') ?? '',
      }))
      .sort((a, b) => a.name.localeCompare(b.name, 'zh')),
  }
  const orgFigure = (kind: 'branch' | 'group', key: string, label: string): StatsFigure => {
    const list = orgs.filter((o) => o.kind === kind).sort((a, b) => a.name.localeCompare(b.name, 'zh'))
    return {
      key,
      label,
      value: list.length,
      unit: '个',
      names: list.map((o) => ({ id: o._id, name: o.name, branchName: branchNames.get(o.parentId ?? '') ?? '' })),
    }
  }
  const notes = [
    '发展党员按支部大会通过接收预备党员的日期、预备党员转正按支部大会通过转正的日期计入当年，取自“党员发展”的记录。',
    '年初按1月1日零时（北京时间）、年末按12月31日24时在册统计；预备党员指入党未满一年或尚未转正的党员。',
  ]
  const { sex, education } = settings.statsFields
  if (!sex && !education) {
    notes.push('性别、学历未开启统计：如需统计，请在“组织关系转出”页的设置中开启，并在名册导入时填写。')
  } else {
    notes.push(`${sex && education ? '性别、学历' : sex ? '性别' : '学历'}取自名册导入，导入时没有填写的列为“未填写”。`)
  }
  const profile = profileFigures(people, year)
  const profileSection =
    sex || education
      ? [
          {
            title: `年末党员构成（${year}年12月31日）`,
            figures: [
              ...(sex
                ? [
                    named(profile.female, 'profile.female', '女党员'),
                    named(profile.sexUnknown, 'profile.sexUnknown', '性别未填写'),
                  ]
                : []),
              ...(education
                ? [
                    ...EDUCATION_LEVELS.map((level) =>
                      named(profile.education[level], `profile.education.${level}`, `学历：${EDUCATION_LABELS[level]}`),
                    ),
                    named(profile.educationUnknown, 'profile.educationUnknown', '学历未填写'),
                  ]
                : []),
            ],
          },
        ]
      : []
  return {
    year,
    years: Array.from({ length: 5 }, (_v, i) => Number(chinaDate(ctx.now()).slice(0, 4)) - i),
    today: chinaDate(ctx.now()),
    countedOn: `${dayWords(chinaDate(ctx.now()))}据系统记录统计`,
    sections: [
      {
        title: `年初党员（${year}年1月1日）`,
        figures: [
          named(move.start.total, 'start.total', '党员总数'),
          named(move.start.full, 'start.full', '正式党员'),
          named(move.start.probationary, 'start.probationary', '预备党员'),
          named(move.start.inService, 'start.inService', '在职'),
          named(move.start.retired, 'start.retired', '离退休'),
        ],
      },
      {
        title: `年末党员（${year}年12月31日）`,
        figures: [
          named(move.end.total, 'end.total', '党员总数'),
          named(move.end.full, 'end.full', '正式党员'),
          named(move.end.probationary, 'end.probationary', '预备党员'),
          named(move.end.inService, 'end.inService', '在职'),
          named(move.end.retired, 'end.retired', '离退休'),
        ],
      },
      ...profileSection,
      {
        title: '党员增减',
        figures: [
          named(developed.admitted, 'develop.admitted', '发展党员'),
          named(move.transfersIn, 'transfersIn', '组织关系转入'),
          named(move.transfersOut, 'transfersOut', '组织关系转出'),
          named(move.exits, 'exits', '出党'),
          named(move.deaths, 'deaths', '死亡'),
          named(move.others, 'others', '其他原因减少'),
          named(developed.full, 'develop.full', '预备党员转正'),
        ],
      },
      { title: `${year}年度民主评议党员`, figures: grades },
      { title: '教育培训', figures: [hoursFigure] },
      {
        title: '基层组织',
        figures: [orgFigure('branch', 'orgs.branches', '党支部'), orgFigure('group', 'orgs.groups', '党小组')],
      },
    ],
    balance: yearBalance(people, move, developed).map((line) => ({
      key: line.key,
      ok: balanced(line),
      words: balanceWords(line),
    })),
    notes,
  }
}

export function getPartyStats(input: { year?: number }, ctx: ActionContext): Promise<PartyStats> {
  return partyStats(ctx, checkYear(ctx, input.year))
}

export async function exportStats(input: { year?: number }, ctx: ActionContext): Promise<ExportLink> {
  const earlier = await earlierExport(ctx)
  if (earlier) return earlier
  const year = checkYear(ctx, input.year)
  const stats = await partyStats(ctx, year)
  const book = await newBook()
  const summary = book.addWorksheet('党内统计')
  summary.columns = [
    { header: '项目', width: 26 },
    { header: '指标', width: 36 },
    { header: '数值', width: 10 },
    { header: '单位', width: 8 },
  ]
  for (const section of stats.sections) {
    for (const f of section.figures) summary.addRow([section.title, f.label, f.value, f.unit])
  }
  summary.addRow([])
  for (const line of stats.balance) summary.addRow(['增减核对', line.words])
  summary.addRow([])
  for (const note of stats.notes) summary.addRow(['说明', note])
  summary.getRow(1).font = { bold: true }
  const names = book.addWorksheet('名单')
  names.columns = [
    { header: '项目', width: 26 },
    { header: '指标', width: 36 },
    { header: '姓名', width: 24 },
    { header: '所在支部', width: 24 },
  ]
  for (const section of stats.sections) {
    for (const f of section.figures)
      for (const n of f.names) names.addRow([section.title, f.label, n.name, n.branchName])
  }
  names.getRow(1).font = { bold: true }
  const bytes = Buffer.from(await book.xlsx.writeBuffer())
  return save(ctx, {
    kind: 'partyStats',
    branchId: null,
    scopeName: '全机关',
    year,
    fileName: `全机关${year}年党内统计.xlsx`,
    bytes,
  })
}
