import type { secretaryVoteActions } from '../../../core/contract/vote'
import { WORLD } from '../../helpers/cloud'
import { aVote, insertGeneralMeeting, insertVote, tally } from '../../helpers/vote-mothers'
import { BRANCH_OFFICERS, type MatrixPart } from './types'

/** Four of branch A's five came: a valid meeting. */
const came = [WORLD.secretaryA, WORLD.memberA1, WORLD.memberA2, WORLD.admin]

export const secretary: MatrixPart<'secretary', typeof secretaryVoteActions> = {
  'vote.get': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({ activityId: (await insertGeneralMeeting(cloud, came))._id }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'vote.record': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => ({
      activityId: (await insertGeneralMeeting(cloud, came))._id,
      title: '关于确定入党积极分子的决议',
      tally: tally(3, 1, 0, 0),
    }),
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
  'vote.correct': {
    allowed: BRANCH_OFFICERS,
    input: async (cloud) => {
      const meeting = await insertGeneralMeeting(cloud, came)
      const vote = await insertVote(cloud, aVote(meeting, { entitled: 5, present: 4, probationary: 0 }, tally(3, 1)))
      return { voteId: vote._id, tally: tally(4, 0, 0, 0), reason: '点票时少算了一张赞成票' }
    },
    refused: { otherSecretary: 'AUTH.OTHER_BRANCH' },
  },
}
