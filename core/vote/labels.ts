/** The words of 表决, as the secretary and members read them. */
import type { Tally, VoteOutcome, VoteSubjectKind } from './types'

export const TALLY_LABELS: Record<keyof Tally, string> = {
  for: '赞成',
  against: '反对',
  abstain: '弃权',
  written: '其中书面意见',
}

export const VOTE_OUTCOME_LABELS: Record<VoteOutcome, string> = {
  passed: '通过',
  failed: '未通过',
  void: '会议无效，不能作出决议',
}

export const VOTE_VALIDITY_LABELS = { valid: '有效', invalid: '无效' } as const

export const VOTE_SUBJECT_LABELS: Record<VoteSubjectKind, string> = {
  admission: '接收预备党员',
  fullMembership: '预备党员转为正式党员',
}
