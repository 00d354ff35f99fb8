/** 谈心谈话 (issue 24). */
import type { adminTalkActions, memberTalkActions, secretaryTalkActions } from '../../core/contract/talk'
import { correctTalk, getMyTalks, recordTalk, withdrawTalk } from '../actions/talk/mine'
import { getCoverage, setTalkKinds, talkShares } from '../actions/talk/sheet'
import type { HandlersFor } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberTalkActions> = {
  'talk.mine': getMyTalks,
  'talk.record': recordTalk,
  'talk.correct': correctTalk,
  'talk.withdraw': withdrawTalk,
}

export const secretary: HandlersFor<'secretary', typeof secretaryTalkActions> = {
  'talk.coverage': getCoverage,
  'talk.setting': setTalkKinds,
}

export const admin: HandlersFor<'admin', typeof adminTalkActions> = {
  'talk.shares': talkShares,
}
