/**
 * 表决 at a 支部党员大会 (issue 24): the secretary enters each motion's paper tally; the cloud reads
 * who was entitled and who came from the sign-in and works out the quorum, the threshold and the
 * result (core/vote/rules.ts). A tally is corrected with a reason, keeping what it held.
 */
import * as v from 'valibot'
import type { ActivitySummary } from './activity-views'
import { VOTE_LIMITS } from '../vote/limits'
import type { Tally, VoteOutcome, VoteSubjectKind } from '../vote/types'
import { action } from './define'
import { docId, text, wholeBetween } from './fields'

export { VOTE_LIMITS } from '../vote/limits'
export { TALLY_LABELS, VOTE_OUTCOME_LABELS, VOTE_SUBJECT_LABELS } from '../vote/labels'
export { takesVotes, VOTE_TYPES } from '../vote/types'
export type { Tally, VoteFigures, VoteOutcome, VoteSubjectKind } from '../vote/types'

/** Who was entitled and who came, from the sign-in, with what follows from it. */
export interface VoteFiguresView {
  /** 应到会有表决权的正式党员 */
  entitled: number
  /** 到会有表决权的正式党员 */
  present: number
  /** 预备党员 expected at the meeting: they attend and do not vote. */
  probationary: number
  /** Entitled and not signed in: who may have sent a written opinion. */
  absent: number
  quorumNeeded: number
  valid: boolean
  /** 赞成 needed to pass: more than half of all entitled. */
  threshold: number
  /** The figures, the quorum and the threshold, a sentence each. */
  lines: string[]
}

export interface VoteCorrectionView {
  at: number
  byName: string
  reason: string
  /** What the tally held before, in words. */
  before: string
  /** The figures it was counted against before, in words, when the sign-in changed meanwhile. */
  beforeFigures: string | null
}

/** One motion, its tally and what it came to, each with the figures in words. */
export interface MotionView {
  id: string
  title: string
  tally: Tally
  /** The figures from the sign-in when the tally was entered (or last corrected). */
  figures: { entitled: number; present: number }
  outcome: VoteOutcome
  /** 通过 / 未通过 / 会议无效… */
  outcomeLabel: string
  valid: boolean
  threshold: number
  /** The tally and the result with its figures, a sentence each. */
  lines: string[]
  /** Reserved for 党员发展: whom the motion was about. */
  subject: { kind: VoteSubjectKind; name: string } | null
  recordedAt: number
  recordedByName: string
  /** Corrections after entry, oldest first. */
  corrections: VoteCorrectionView[]
}

/** The secretary's 表决 screen: the meeting, its figures from the sign-in, its motions. */
export interface VotePage {
  activity: ActivitySummary & { branchName: string }
  figures: VoteFiguresView
  motions: MotionView[]
  can: { record: boolean }
  /** Why no motion can be entered now, in words; null when one can. */
  recordBlocked: string | null
  /**
   * Set when the sign-in changed after a tally was entered: which motions were counted against
   * other figures than the sign-in shows now, in words.
   */
  figuresChanged: string | null
}

const activityId = docId('活动')
const count = (label: string) =>
  wholeBetween(0, VOTE_LIMITS.count, `${label}应填整数`, `${label}应在0到${VOTE_LIMITS.count}之间`)

const tally = v.object({
  for: count('赞成票数'),
  against: count('反对票数'),
  abstain: count('弃权票数'),
  written: v.optional(count('书面意见份数'), 0),
})

export type TallyInput = v.InferOutput<typeof tally>

export const secretaryVoteActions = {
  /** 表决 at one 支部党员大会: who was entitled and who came (from the sign-in), its motions and results. */
  'vote.get': action<VotePage>()('secretary', v.object({ activityId })),
  /** Enters one motion with its paper tally; the result is worked out, never typed. */
  'vote.record': action<VotePage>()(
    'secretary',
    v.object({ activityId, title: text('表决事项', VOTE_LIMITS.title, VOTE_LIMITS.titleMin), tally }),
  ),
  /** Corrects a motion's tally, with its reason; what it held before is kept and shown. */
  'vote.correct': action<VotePage>()(
    'secretary',
    v.object({
      voteId: docId('表决事项'),
      tally,
      reason: text('更正原因', VOTE_LIMITS.reason, VOTE_LIMITS.reasonMin),
    }),
  ),
}
