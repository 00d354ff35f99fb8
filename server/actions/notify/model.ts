/** Notify documents as stored. Nothing here is deleted: reads and pushes are the record. */
import type { Material } from '../../../core/activity/types'
import type { NoticeAudience, NoticeSource, NoticeStatus } from '../../../core/contract/notify-views'
import type { TemplateData } from '../../../core/notify/messages'
import type { TemplateKey } from '../../../core/notify/templates'

export interface NoticeDoc {
  _id: string
  scope: 'branch' | 'bureau'
  /** The branch a branch notice (or an activity's notice) belongs to; null for the bureau's. */
  branchId: string | null
  audience: NoticeAudience
  source: NoticeSource
  title: string
  body: string
  materials: Material[]
  needReceipt: boolean
  status: NoticeStatus
  contentVerdict: 'pass' | 'review'
  authorId: string | null
  authorName: string
  /** `机关第一党支部 · 张书记` or `机关党委`: how readers see who sent it. */
  from: string
  recipientCount: number
  /** Readers who have opened it / confirmed it, counted once each as their inbox copy is first marked. */
  readCount: number
  ackCount: number
  createdAt: number
  publishedAt: number | null
  remindedAt: number | null
  remindedById: string | null
  reviewedAt: number | null
  reviewedByName: string | null
  rejectReason: string | null
}

/** One reader's copy: `_id` = `${noticeId}_${memberId}`. */
export interface InboxDoc {
  _id: string
  noticeId: string
  memberId: string
  branchId: string
  /** Set for an activity's notices, so that a correction reaches exactly those already told. */
  activityId: string | null
  title: string
  from: string
  source: NoticeSource
  needReceipt: boolean
  publishedAt: number
  readAt: number | null
  ackAt: number | null
}

/** One member's choice and WeChat authorizations for one kind: `_id` = `${memberId}_${template}`. */
export interface SubscriptionDoc {
  _id: string
  memberId: string
  template: TemplateKey
  on: boolean
  /** One-time authorizations not yet used, as counted from the sheet's answers and our sends. */
  remaining: number
  accepted: number
  lastAnswer: 'accept' | 'reject' | 'ban' | null
  kept: boolean
  answeredAt: number | null
  updatedAt: number
  /** The last few answers counted, by request (request-key.ts): a retried tap is counted once. */
  answers?: string[]
}

export type OutboxStatus =
  'pending' | 'claimed' | 'sending' | 'sent' | 'noQuota' | 'failed' | 'unknown' | 'skipped' | 'cancelled'

/**
 * One push to one member: `_id` = `${key}_${memberId}`, so a planner that runs twice (or a timer
 * that fires twice) writes it once, and the sender's claim (`pending` → `sending`) sends it once.
 */
export interface OutboxDoc {
  _id: string
  /** What the push is about, e.g. `act:<id>:<startAt>:eve`, `notice:<id>`, `dues:<branch>:<month>`. */
  key: string
  memberId: string
  branchId: string
  template: TemplateKey
  page: string
  data: TemplateData
  noticeId: string | null
  activityId: string | null
  /** For an activity's reminders: `eve`, `hour`; `remind` for an officer's 提醒未读; null otherwise. */
  tag: 'eve' | 'hour' | 'remind' | null
  status: OutboxStatus
  attempts: number
  nextAttemptAt: number
  claimId: string | null
  claimedAt: number | null
  /** When its chunk began to go out: a crash then leaves it `unknown` STALE_SENDING_MS later, never resent. */
  sendingAt?: number | null
  sentAt: number | null
  /** Why it was not sent: WeChat's code, or `off` / `unbound` / `left`. */
  reason: { code: number | null; message: string } | null
  createdAt: number
  updatedAt: number
}

/** A job that should run once per period: `_id` = `${job}:${period}`. */
export interface JobRunDoc {
  _id: string
  status: 'running' | 'done'
  startedAt: number
  doneAt: number | null
  count: number
}
