/**
 * 表决 at a 支部党员大会 (issue 24). Ballots stay on paper; the secretary enters each motion's
 * tally and the app works out whether the meeting could decide and whether the motion passed.
 *
 * Who may vote: 《中国共产党章程》第七条 — 预备党员 have every right of a member except 表决权,
 * 选举权 and 被选举权; so only full members (正式党员) expected at the meeting are entitled.
 * The rules themselves (《中国共产党发展党员工作细则》第二十条、第三十三条; 《中国共产党支部
 * 工作条例（试行）》on 党员大会 deciding by majority) are in rules.ts.
 */
import type { ActivityType } from '../activity/types'

/** Only a 支部党员大会 votes. */
export const VOTE_TYPES = ['generalMeeting'] as const satisfies readonly ActivityType[]

export function takesVotes(type: ActivityType): boolean {
  return (VOTE_TYPES as readonly ActivityType[]).includes(type)
}

/** A motion's tally as the secretary counted the paper ballots. */
export interface Tally {
  /** 赞成 */
  for: number
  /** 反对 */
  against: number
  /** 弃权 */
  abstain: number
  /**
   * How many of the votes above were 书面意见: sent before the meeting by entitled members who
   * could not come. They count in the tally, not toward the quorum.
   */
  written: number
}

export const TALLY_FIELDS = ['for', 'against', 'abstain', 'written'] as const satisfies ReadonlyArray<keyof Tally>

/**
 * Who was entitled and who came, from the meeting's sign-in: full members expected at the
 * meeting, and how many of them signed in. 预备党员 are counted apart, never in these.
 */
export interface VoteFigures {
  /** 应到会有表决权的正式党员 */
  entitled: number
  /** 到会有表决权的正式党员 (signed in) */
  present: number
}

/** Reserved for 党员发展: a motion to admit someone as 预备党员, or to make a 预备党员 full. */
export type VoteSubjectKind = 'admission' | 'fullMembership'

export interface VoteSubject {
  kind: VoteSubjectKind
  personId: string
}

/** What a motion came to. */
export type VoteOutcome = 'passed' | 'failed' | 'void'
