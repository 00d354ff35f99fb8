/** 表决 at a 支部党员大会 (issue 24). */
import type { secretaryVoteActions } from '../../core/contract/vote'
import { getVotes } from '../actions/vote/page'
import { correctVote, recordVote } from '../actions/vote/write'
import type { HandlersFor } from '../runtime/types'

export const secretary: HandlersFor<'secretary', typeof secretaryVoteActions> = {
  'vote.get': getVotes,
  'vote.record': recordVote,
  'vote.correct': correctVote,
}
