/**
 * 表决 as the secretary (and, in the minutes, the members) see it: the meeting's figures read
 * from the sign-in — full members expected are entitled, 预备党员 apart — and each motion with
 * what it came to, worked out by core/vote/rules.ts from the figures stored with its tally.
 */
import type { MotionView, VoteFiguresView, VotePage } from '../../../core/contract/vote'
import { DomainError, ERROR_MESSAGES, type ErrorCode } from '../../../core/errors'
import { VOTE_OUTCOME_LABELS } from '../../../core/vote/labels'
import { VOTE_LIMITS } from '../../../core/vote/limits'
import {
  figuresOf,
  figuresWords,
  meetingValid,
  passThreshold,
  quorumNeeded,
  quorumWords,
  tallyWords,
  thresholdWords,
  voteResult,
} from '../../../core/vote/rules'
import { takesVotes } from '../../../core/vote/types'
import type { MemberDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf, officerActivity } from '../activity/load'
import type { ActivityDoc } from '../activity/model'
import { buildRoster } from '../activity/roster'
import { summaryView } from '../activity/views'
import type { StoredFigures, VoteDoc } from './model'

/** A 支部党员大会 of the officer's branch (another branch's is refused before anything is read). */
export async function generalMeetingFor(ctx: ActionContext, activityId: string): Promise<ActivityDoc> {
  const activity = await officerActivity(ctx, activityId)
  if (!takesVotes(activity.type)) throw new DomainError('VOTE.NOT_GENERAL_MEETING')
  return activity
}

/** Who was entitled and who came, from the roster the sign-in keeps and each member's standing. */
export async function meetingFigures(ctx: ActionContext, activity: ActivityDoc): Promise<StoredFigures> {
  const _ = ctx.db.command
  const [roster, probationary] = await Promise.all([
    buildRoster(ctx, activity),
    activity.expectedIds.length > 0
      ? findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(activity.expectedIds), probationary: true })
      : Promise.resolve([]),
  ])
  const apart = new Set(probationary.map((m) => m._id))
  return figuresOf(roster.rows.map((r) => ({ probationary: apart.has(r.memberId), present: r.status === 'present' })))
}

export function figuresView(f: StoredFigures): VoteFiguresView {
  return {
    entitled: f.entitled,
    present: f.present,
    probationary: f.probationary,
    absent: f.entitled - f.present,
    quorumNeeded: quorumNeeded(f),
    valid: meetingValid(f),
    threshold: passThreshold(f),
    lines: [figuresWords(f), quorumWords(f), thresholdWords(f)],
  }
}

const sameFigures = (a: StoredFigures, b: StoredFigures) => a.entitled === b.entitled && a.present === b.present

function motionView(doc: VoteDoc, names: Map<string, string>): MotionView {
  const result = voteResult(doc.figures, doc.tally)
  return {
    id: doc._id,
    title: doc.title,
    tally: doc.tally,
    figures: { entitled: doc.figures.entitled, present: doc.figures.present },
    outcome: result.outcome,
    outcomeLabel: VOTE_OUTCOME_LABELS[result.outcome],
    valid: result.valid,
    threshold: result.threshold,
    lines: [figuresWords(doc.figures), ...result.lines],
    subject: doc.subject ? { kind: doc.subject.kind, name: names.get(doc.subject.personId) ?? '' } : null,
    recordedAt: doc.recordedAt,
    recordedByName: doc.recordedByName,
    corrections: doc.corrections.map((c) => ({
      at: c.at,
      byName: c.byName,
      reason: c.reason,
      before: tallyWords(c.before),
      beforeFigures: c.beforeFigures ? figuresWords(c.beforeFigures) : null,
    })),
  }
}

/** A meeting's motions in the order they were entered; none for a meeting that does not vote. */
export async function motionsOf(ctx: ActionContext, activity: ActivityDoc): Promise<VoteDoc[]> {
  if (!takesVotes(activity.type)) return []
  const docs = await findAll<VoteDoc>(ctx.db, 'votes', { activityId: activity._id })
  return docs.sort((a, b) => a.recordedAt - b.recordedAt || a._id.localeCompare(b._id))
}

export async function motionViews(ctx: ActionContext, docs: VoteDoc[]): Promise<MotionView[]> {
  const ids = [...new Set(docs.flatMap((d) => (d.subject ? [d.subject.personId] : [])))]
  const people = ids.length > 0 ? await findAll<MemberDoc>(ctx.db, 'members', { _id: ctx.db.command.in(ids) }) : []
  const names = new Map(people.map((p) => [p._id, p.name]))
  return docs.map((d) => motionView(d, names))
}

/** The motions of a meeting, read-only, for its minutes. */
export async function meetingMotions(ctx: ActionContext, activity: ActivityDoc): Promise<MotionView[]> {
  return motionViews(ctx, await motionsOf(ctx, activity))
}

/** Begun (published and past its start) or closed: votes are taken at the meeting. */
function hasStarted(activity: ActivityDoc, now: number): boolean {
  return activity.status === 'closed' || (activity.status === 'published' && activity.startAt <= now)
}

/** Why a motion cannot be entered now, with its code and in words; null when it can. */
export function recordRefusal(
  activity: ActivityDoc,
  figures: StoredFigures,
  motions: number,
  now: number,
): { code: ErrorCode; message: string } | null {
  if (activity.status === 'cancelled') return { code: 'VOTE.NOT_STARTED', message: '这次会议已取消，不能录入表决结果' }
  if (!hasStarted(activity, now)) return { code: 'VOTE.NOT_STARTED', message: '会议开始后才能录入表决结果' }
  if (figures.entitled === 0) return { code: 'VOTE.NO_ONE_ENTITLED', message: ERROR_MESSAGES['VOTE.NO_ONE_ENTITLED'] }
  if (motions >= VOTE_LIMITS.motions) return { code: 'VOTE.TOO_MANY', message: ERROR_MESSAGES['VOTE.TOO_MANY'] }
  return null
}

function figuresChanged(docs: VoteDoc[], now: StoredFigures): string | null {
  const changed = docs.filter((d) => !sameFigures(d.figures, now))
  if (changed.length === 0) return null
  const which = changed
    .map((d) => `“${d.title}”录入时应到${d.figures.entitled}人、到会${d.figures.present}人`)
    .join('；')
  return (
    `录入后签到有变化：${which}；现在签到显示应到${now.entitled}人、到会${now.present}人。` +
    '结果仍按录入时的人数计算；如需按现在的签到计算，请更正那项表决的票数。'
  )
}

export async function votePage(ctx: ActionContext, activity: ActivityDoc): Promise<VotePage> {
  const [branch, figures, docs] = await Promise.all([
    branchOf(ctx, activity.branchId),
    meetingFigures(ctx, activity),
    motionsOf(ctx, activity),
  ])
  const blocked = recordRefusal(activity, figures, docs.length, ctx.now())
  return {
    activity: { ...summaryView(activity), branchName: branch.name },
    figures: figuresView(figures),
    motions: await motionViews(ctx, docs),
    can: { record: blocked === null },
    recordBlocked: blocked?.message ?? null,
    figuresChanged: figuresChanged(docs, figures),
  }
}

export async function getVotes(input: { activityId: string }, ctx: ActionContext): Promise<VotePage> {
  return votePage(ctx, await generalMeetingFor(ctx, input.activityId))
}

/** A motion of the officer's branch, with its meeting. */
export async function motionFor(ctx: ActionContext, voteId: string): Promise<{ doc: VoteDoc; activity: ActivityDoc }> {
  const doc = await findById<VoteDoc>(ctx.db, 'votes', voteId)
  if (!doc) throw new DomainError('VOTE.NOT_FOUND')
  const activity = await generalMeetingFor(ctx, doc.activityId)
  return { doc, activity }
}
