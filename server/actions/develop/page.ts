/**
 * 党员发展's reads: a person of the caller's branch (an admin's: any), a person's page with the
 * steps recorded, the documents and the next step with its earliest day, and the branch's
 * pipeline with each person's stage, next step and next day.
 */
import type {
  DevelopDueView,
  DevelopPersonPage,
  DevelopPipeline,
  DevelopRow,
  DevelopStepView,
} from '../../../core/contract/develop'
import { chinaDate, dayWords } from '../../../core/dates'
import {
  DEVELOP_DEADLINE_LABELS,
  DEVELOP_DOC_LABELS,
  DEVELOP_RULE_SOURCE,
  DEVELOP_STAGE_LABELS,
  DEVELOP_STATUS_LABELS,
  DEVELOP_STEP_LABELS,
  DEVELOP_STEP_RULES,
  personStageLabel,
} from '../../../core/develop/labels'
import {
  deadlineWords,
  deadlinesOf,
  dueThisMonth,
  earliestFor,
  fullSince,
  lastStep,
  nextStep,
  probationEnd,
  stageOf,
  type DevelopDeadline,
} from '../../../core/develop/rules'
import { DEVELOP_DOCS, DEVELOP_STAGES, DEVELOP_STEPS, stepSpec, type DevelopRecord } from '../../../core/develop/types'
import { DomainError } from '../../../core/errors'
import { voteResult } from '../../../core/vote/rules'
import type { MemberDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import type { VoteDoc } from '../vote/model'
import { recordOf, type DevelopCandidateDoc, type StepEntry } from './model'

export const CANDIDATES = 'developCandidates'

/** A person of the caller's branch (an admin: any branch); another branch's is refused. */
export async function personOf(ctx: ActionContext, personId: string): Promise<DevelopCandidateDoc> {
  const doc = await findById<DevelopCandidateDoc>(ctx.db, CANDIDATES, personId)
  if (!doc) throw new DomainError('DEVELOP.NOT_FOUND')
  scopeBranch(ctx.caller, doc.branchId)
  return doc
}

export function dueView(d: DevelopDeadline, today: string): DevelopDueView {
  return {
    kind: d.kind,
    label: DEVELOP_DEADLINE_LABELS[d.kind],
    due: d.due,
    words: deadlineWords(d, today),
    overdue: d.due < today,
  }
}

function entryDetail(e: StepEntry): string {
  if (e.memberNames?.length) return e.memberNames.join('、')
  if (e.days !== undefined || e.hours !== undefined) return `${e.days ?? 0}天，${e.hours ?? 0}学时`
  return e.voteWords ?? ''
}

export function rowOf(doc: DevelopCandidateDoc, today: string): DevelopRow {
  const record = recordOf(doc)
  const stage = stageOf(record)
  const last = lastStep(record)
  const next = doc.status === 'active' ? nextStep(record) : null
  const nextDay = next ? (earliestFor(record, next)?.day ?? null) : null
  const byOffice = next ? stepSpec(next).by === 'office' : false
  let nextWords = DEVELOP_STATUS_LABELS[doc.status]
  if (next) {
    const label = DEVELOP_STEP_LABELS[next]
    if (byOffice) nextWords = `等待机关党委：${label}`
    else if (nextDay && nextDay > today) nextWords = `${label}：${dayWords(nextDay)}起`
    else nextWords = `${label}：现在可以办理`
  }
  return {
    id: doc._id,
    name: doc.name,
    branchId: doc.branchId,
    stage,
    stageLabel: personStageLabel(stage, doc.status),
    status: doc.status,
    statusLabel: DEVELOP_STATUS_LABELS[doc.status],
    last: last ? `${DEVELOP_STEP_LABELS[last]} ${dayWords(record.steps[last]!)}` : '',
    next: next ? { step: next, label: DEVELOP_STEP_LABELS[next], byOffice } : null,
    nextDay,
    nextWords,
    due: dueThisMonth(deadlinesOf(record, doc.status), today).map((d) => dueView(d, today)),
  }
}

/** Passed motions at the branch's 支部党员大会 that are free or already this person's, latest first. */
async function votesFor(ctx: ActionContext, doc: DevelopCandidateDoc) {
  const motions = await findAll<VoteDoc>(ctx.db, 'votes', { branchId: doc.branchId })
  const usable = motions.filter(
    (m) => voteResult(m.figures, m.tally).outcome === 'passed' && (!m.subject || m.subject.personId === doc._id),
  )
  if (usable.length === 0) return []
  const ids = [...new Set(usable.map((m) => m.activityId))]
  const meetings = await findAll<ActivityDoc>(ctx.db, 'activities', { _id: ctx.db.command.in(ids) })
  const byId = new Map(meetings.map((a) => [a._id, a]))
  return usable
    .flatMap((m) => {
      const a = byId.get(m.activityId)
      if (!a || a.status === 'cancelled') return []
      return [{ id: m._id, label: `${dayWords(a.date)} ${a.title}：${m.title}（通过）`, date: a.date }]
    })
    .sort((x, y) => y.date.localeCompare(x.date) || x.id.localeCompare(y.id))
}

/** Full members of the branch: who may be 培养联系人 or 入党介绍人 (细则第九条、第十四条). */
export async function fullMembers(ctx: ActionContext, branchId: string): Promise<MemberDoc[]> {
  const people = await findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active', probationary: false })
  return people.sort((a, b) => a.name.localeCompare(b.name, 'zh'))
}

/**
 * The earliest day in words, when it says something: a day still ahead, or a rule of its own
 * (a year as 积极分子, the 预备期's end). Only "not before the step before", already passed, is
 * left out — the sheet's date picker holds it anyway.
 */
function earliestWords(record: DevelopRecord, earliest: { day: string; rule: string } | null, today: string): string {
  if (!earliest) return ''
  const last = lastStep(record)
  if (earliest.day <= today && last && earliest.day === record.steps[last]) return ''
  return `最早${dayWords(earliest.day)}（${earliest.rule}）`
}

export async function personPage(
  ctx: ActionContext,
  doc: DevelopCandidateDoc,
  binding: DevelopPersonPage['binding'] = null,
): Promise<DevelopPersonPage> {
  const today = chinaDate(ctx.now())
  const record = recordOf(doc)
  const [branch, people, votes] = await Promise.all([
    branchOf(ctx, doc.branchId),
    fullMembers(ctx, doc.branchId),
    votesFor(ctx, doc),
  ])
  const stage = stageOf(record)
  const next = doc.status === 'active' ? nextStep(record) : null
  const office = ctx.caller.isAdmin
  const steps: DevelopStepView[] = DEVELOP_STEPS.map((s) => {
    const e = doc.steps[s.key]
    return {
      step: s.key,
      label: DEVELOP_STEP_LABELS[s.key],
      stage: s.stage,
      rule: DEVELOP_STEP_RULES[s.key],
      input: s.input,
      by: s.by,
      day: e?.day ?? null,
      byName: e?.byName ?? '',
      detail: e ? entryDetail(e) : '',
    }
  })
  const earliest = next ? earliestFor(record, next) : null
  const end = probationEnd(record)
  return {
    today,
    person: {
      id: doc._id,
      name: doc.name,
      branchId: doc.branchId,
      branchName: branch.name,
      stage,
      stageLabel: personStageLabel(stage, doc.status),
      status: doc.status,
      statusLabel: DEVELOP_STATUS_LABELS[doc.status],
      memberId: doc.memberId,
      joinDate: record.steps.admissionVote ?? null,
      probationEnd: end,
      fullSince: fullSince(record),
      extensionMonths: record.extensionMonths,
      archivedReason: doc.archived?.reason ?? '',
    },
    steps,
    reviews: doc.reviews.map((r) => ({ day: r.day, byName: r.byName })),
    docs: DEVELOP_DOCS.map((k) => ({
      key: k,
      label: DEVELOP_DOC_LABELS[k],
      done: !!doc.docs[k],
      byName: doc.docs[k]?.byName ?? '',
    })),
    next: next
      ? {
          step: next,
          label: DEVELOP_STEP_LABELS[next],
          rule: DEVELOP_STEP_RULES[next],
          input: stepSpec(next).input,
          by: stepSpec(next).by,
          earliest: earliest?.day ?? null,
          earliestWords: earliestWords(record, earliest, today),
          canRecord: stepSpec(next).by === 'branch' || office,
          canAddReview: next === 'candidate',
        }
      : null,
    people: people.map((p) => ({ id: p._id, name: p.name })),
    votes,
    due: deadlinesOf(record, doc.status).map((d) => dueView(d, today)),
    canExtend: doc.status === 'active' && !!end && !record.steps.fullVote && !doc.extension && end <= today,
    binding,
  }
}

const stageRank = (r: DevelopRow) => DEVELOP_STAGES.indexOf(r.stage)

export async function branchPipeline(ctx: ActionContext, branchId: string): Promise<DevelopPipeline> {
  const today = chinaDate(ctx.now())
  const [branch, docs] = await Promise.all([
    branchOf(ctx, branchId),
    findAll<DevelopCandidateDoc>(ctx.db, CANDIDATES, { branchId }),
  ])
  const rows = docs.map((d) => rowOf(d, today))
  const open = rows
    .filter((r) => r.status === 'active')
    .sort((a, b) => stageRank(b) - stageRank(a) || a.name.localeCompare(b.name, 'zh'))
  const closedIds = new Map(docs.map((d) => [d._id, d.updatedAt]))
  const closed = rows
    .filter((r) => r.status !== 'active')
    .sort((a, b) => (closedIds.get(b.id) ?? 0) - (closedIds.get(a.id) ?? 0))
  return {
    branchId,
    branchName: branch.name,
    today,
    source: DEVELOP_RULE_SOURCE,
    stages: DEVELOP_STAGES.map((s) => ({
      stage: s,
      label: DEVELOP_STAGE_LABELS[s],
      count: open.filter((r) => r.stage === s).length,
    })),
    people: open,
    closed,
    dueThisMonth: open
      .flatMap((r) => r.due.map((d) => ({ ...d, personId: r.id, name: r.name })))
      .sort((a, b) => a.due.localeCompare(b.due)),
  }
}

export async function getPipeline(input: { branchId?: string }, ctx: ActionContext): Promise<DevelopPipeline> {
  return branchPipeline(ctx, scopeBranch(ctx.caller, input.branchId))
}

export async function getPerson(input: { personId: string }, ctx: ActionContext): Promise<DevelopPersonPage> {
  return personPage(ctx, await personOf(ctx, input.personId))
}
