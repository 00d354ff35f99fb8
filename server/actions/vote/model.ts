import type { Tally, VoteSubject } from '../../../core/vote/types'

/** Who was entitled and who came when the tally was entered, from the sign-in. */
export interface StoredFigures {
  entitled: number
  present: number
  probationary: number
}

/**
 * 表决 (issue 24): one motion of a 支部党员大会 and its paper tally. A correction keeps what the
 * tally (and the figures it was counted against) held before; nothing is overwritten unseen.
 */
export interface VoteDoc {
  _id: string
  activityId: string
  branchId: string
  /** 表决事项 */
  title: string
  tally: Tally
  figures: StoredFigures
  /** Reserved for 党员发展's admission and 转正 votes: whom the motion is about. */
  subject: VoteSubject | null
  recordedAt: number
  recordedById: string | null
  recordedByName: string
  updatedAt: number
  /** Whether the content check asked for a person to look at the title or a reason. */
  contentVerdict: 'pass' | 'review'
  corrections: Array<{
    at: number
    byId: string | null
    byName: string
    reason: string
    before: Tally
    /** Set when the sign-in showed other figures at the correction than at the entry. */
    beforeFigures: StoredFigures | null
  }>
}
