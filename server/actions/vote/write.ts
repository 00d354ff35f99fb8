/**
 * Entering and correcting 表决: the tally comes from the paper ballots; who was entitled and who
 * came comes from the sign-in at that moment and is kept with it, so a result never shifts
 * unseen. A correction carries its reason and keeps what the tally held; both are audited.
 * The motion's title and a correction's reason reach members (the minutes): content-checked.
 */
import type { TallyInput, VotePage } from '../../../core/contract/vote'
import { DomainError } from '../../../core/errors'
import { VOTE_OUTCOME_LABELS } from '../../../core/vote/labels'
import { tallyProblem, voteResult } from '../../../core/vote/rules'
import type { Tally } from '../../../core/vote/types'
import { actorName, audit } from '../../runtime/audit'
import { checkLongContent } from '../../runtime/content-check'
import { addOnce, keyedId } from '../../runtime/request-key'
import type { ActionContext } from '../../runtime/types'
import { actorId } from '../activity/load'
import type { StoredFigures, VoteDoc } from './model'
import { generalMeetingFor, meetingFigures, motionFor, motionsOf, recordRefusal, votePage } from './page'

const tallyOf = (t: TallyInput): Tally => ({ for: t.for, against: t.against, abstain: t.abstain, written: t.written })

/** The tally and result in the audit's words (keys are what the log shows). */
function auditFields(title: string, t: Tally, f: StoredFigures): Record<string, unknown> {
  return {
    表决事项: title,
    应到会有表决权: f.entitled,
    到会有表决权: f.present,
    赞成: t.for,
    反对: t.against,
    弃权: t.abstain,
    书面意见: t.written,
    结果: VOTE_OUTCOME_LABELS[voteResult(f, t).outcome],
  }
}

/** The tally against the figures the sign-in shows now; refused with the figures in words. */
function checkTally(figures: StoredFigures, t: Tally): void {
  const problem = tallyProblem(figures, t)
  if (problem) throw new DomainError(problem.code, problem.message)
}

export async function recordVote(
  input: { activityId: string; title: string; tally: TallyInput },
  ctx: ActionContext,
): Promise<VotePage> {
  const activity = await generalMeetingFor(ctx, input.activityId)
  const [figures, existing] = await Promise.all([meetingFigures(ctx, activity), motionsOf(ctx, activity)])
  const refusal = recordRefusal(activity, figures, existing.length, ctx.now())
  if (refusal) throw new DomainError(refusal.code, refusal.message)
  const tally = tallyOf(input.tally)
  checkTally(figures, tally)
  const contentVerdict = await checkLongContent(ctx, input.title, 1)
  const now = ctx.now()
  const doc: VoteDoc = {
    _id: `vote-${keyedId(ctx, 'vote')}`,
    activityId: activity._id,
    branchId: activity.branchId,
    title: input.title,
    tally,
    figures,
    subject: null,
    recordedAt: now,
    recordedById: actorId(ctx),
    recordedByName: actorName(ctx),
    updatedAt: now,
    contentVerdict,
    corrections: [],
  }
  // A retried tap meets its own record and writes nothing more. The audit entry is keyed by the
  // same request, so it is written once too — also when the first attempt died between the two.
  await addOnce(ctx.db, 'votes', doc)
  await audit(ctx, {
    kind: 'vote.record',
    summary: `录入“${activity.title}”的表决：${input.title}，${VOTE_OUTCOME_LABELS[voteResult(figures, tally).outcome]}`,
    branchId: activity.branchId,
    targetId: doc._id,
    after: auditFields(doc.title, tally, figures),
  })
  return votePage(ctx, activity)
}

const sameTally = (a: Tally, b: Tally) =>
  a.for === b.for && a.against === b.against && a.abstain === b.abstain && a.written === b.written

export async function correctVote(
  input: { voteId: string; tally: TallyInput; reason: string },
  ctx: ActionContext,
): Promise<VotePage> {
  const { doc, activity } = await motionFor(ctx, input.voteId)
  const figures = await meetingFigures(ctx, activity)
  const tally = tallyOf(input.tally)
  const figuresMoved = figures.entitled !== doc.figures.entitled || figures.present !== doc.figures.present
  if (sameTally(doc.tally, tally) && !figuresMoved) throw new DomainError('VOTE.NOTHING_CHANGED')
  checkTally(figures, tally)
  const contentVerdict = await checkLongContent(ctx, input.reason, 1)
  const now = ctx.now()
  const _ = ctx.db.command
  // Against the version read: a correction made meanwhile is not silently undone.
  const res = await ctx.db
    .collection('votes')
    .where({ _id: doc._id, updatedAt: doc.updatedAt })
    .update({
      data: {
        tally,
        figures,
        updatedAt: now,
        contentVerdict: contentVerdict === 'review' ? 'review' : doc.contentVerdict,
        corrections: _.push({
          at: now,
          byId: actorId(ctx),
          byName: actorName(ctx),
          reason: input.reason,
          before: doc.tally,
          beforeFigures: figuresMoved ? doc.figures : null,
        }),
      },
    })
  if (res.stats.updated !== 1) throw new DomainError('VOTE.CHANGED_MEANWHILE')
  await audit(ctx, {
    kind: 'vote.correct',
    summary: `更正“${activity.title}”的表决“${doc.title}”：${input.reason}`,
    branchId: activity.branchId,
    targetId: doc._id,
    before: auditFields(doc.title, doc.tally, doc.figures),
    after: { ...auditFields(doc.title, tally, figures), reason: input.reason },
  })
  return votePage(ctx, activity)
}
