import type { TalkKind, TalkStatus } from '../../../core/talk/types'

/** 谈心谈话: one talk between two members of a branch, recorded by one of them. Never deleted. */
export interface TalkDoc {
  _id: string
  branchId: string
  /** Who recorded it: the only one who may correct or withdraw it. */
  recorderId: string
  recorderName: string
  partnerId: string
  /** China day of the talk. */
  date: string
  /** Read by the two people only: never in a secretary's or the office's answer, nor the audit log. */
  notes: string
  status: TalkStatus
  contentVerdict: 'pass' | 'review'
  createdAt: number
  updatedAt: number
  /** Corrections and the withdrawal, oldest first, each with what it replaced. */
  changes: Array<{
    at: number
    byId: string
    byName: string
    what: 'correct' | 'withdraw'
    reason: string
    before: { partnerId: string; date: string; notes: string }
  }>
}

/** A branch's 谈心谈话 setting, `_id` = the branch's. */
export interface TalkSettingDoc {
  _id: string
  branchId: string
  kinds: TalkKind[]
  updatedAt: number
  updatedById: string | null
  updatedByName: string
}
