/** What the notify actions return: schema-free, so that pages import them without valibot. */
import type { ExpectedSpec, Material } from '../activity/types'
import type { MaterialView } from './activity-views'
import type { TemplateKey } from '../notify/templates'

/** Where a notice came from: one written by hand, or an activity published, moved or cancelled. */
export type NoticeSource =
  | { kind: 'notice' }
  | { kind: 'activity'; activityId: string; event: 'published' | 'moved' | 'cancelled'; startAt: number; place: string }

/** published: readers have it; held: the content check asked for a second look (机关党委); rejected: turned down there. */
export type NoticeStatus = 'published' | 'held' | 'rejected'

export type BureauAudience = { kind: 'bureau' } | { kind: 'branches'; branchIds: string[] }
export type NoticeAudience = ExpectedSpec | BureauAudience

export interface InboxItem {
  noticeId: string
  title: string
  /** `机关第一党支部 · 张书记` or `机关党委`. */
  from: string
  publishedAt: number
  source: NoticeSource
  read: boolean
  needReceipt: boolean
  acked: boolean
}

export interface NoticeInbox {
  /** Unread notices published since I bound (earlier ones are the branch's backlog, not news). */
  unread: number
  /** When I first bound; notices published before it are listed under 绑定前的通知. */
  boundAt: number | null
  /**
   * Every unread notice since I bound, newest first; then read ones still waiting for my
   * 确认收到; then a page of the rest, newest first (read ones, then those from before I bound).
   */
  items: InboxItem[]
  /** Pass as `before` for the next page of the rest. */
  nextBefore: string | null
}

export interface NoticeView {
  id: string
  title: string
  body: string
  materials: MaterialView[]
  from: string
  publishedAt: number
  source: NoticeSource
  needReceipt: boolean
  readAt: number | null
  ackAt: number | null
}

/** Per kind of reminder: whether I want it, and how many pushes WeChat still allows. */
export interface ReminderKindState {
  key: TemplateKey
  label: string
  about: string
  templateId: string
  on: boolean
  /** Pushes left (one per authorization); null for a long-term template. */
  remaining: number | null
  /** WeChat's last answer for this template, if ever asked. */
  lastAnswer: 'accept' | 'reject' | 'ban' | null
  /** The member ticked 总是保持以上选择 for this template. */
  kept: boolean
}

export interface ReminderSettings {
  kinds: ReminderKindState[]
}

export interface NoticeForm {
  scope: 'branch' | 'bureau'
  branch: { id: string; name: string } | null
  groups: Array<{ id: string; name: string }>
  members: Array<{ id: string; name: string; groupId: string | null }>
  branches: Array<{ id: string; name: string }>
}

export interface NoticeSummary {
  id: string
  title: string
  from: string
  scope: 'branch' | 'bureau'
  branchId: string | null
  source: NoticeSource
  status: NoticeStatus
  contentVerdict: 'pass' | 'review'
  needReceipt: boolean
  publishedAt: number | null
  createdAt: number
  expected: number
  read: number
  acked: number
  remindedAt: number | null
}

export type NoticeAdminView = NoticeSummary & {
  body: string
  materials: Material[]
  audience: NoticeAudience
  rejectReason: string | null
}

export interface NoticeList {
  items: NoticeSummary[]
}

/** What became of one reader's push. */
export type DeliveryState =
  'pending' | 'sent' | 'noQuota' | 'failed' | 'unknown' | 'off' | 'unbound' | 'cancelled' | 'none'

export interface DeliveryRow {
  memberId: string
  name: string
  /** The notice's own push (for an activity, its latest publish/move/cancel notice). */
  push: DeliveryState
  /** WeChat's error code when a push failed. */
  code: number | null
  /** Timed reminders sent for this notice's activity, by key (`eve`, `hour`, `remind`). */
  reminders: Partial<Record<'eve' | 'hour' | 'remind', DeliveryState>>
  readAt: number | null
  ackAt: number | null
}

export interface NoticeDetail {
  notice: NoticeAdminView
  rows: DeliveryRow[]
  /** Counts per state of the notice's own push. */
  pushes: Partial<Record<DeliveryState, number>>
  /** Unread readers a 提醒未读 reminds: everyone who has not read it but the one looking (and its author, never a reader). */
  toRemind: number
  /** Of those, who a 提醒未读 now would reach by WeChat, and who only in 通知 — told before sending. */
  reach: RemindReach
}

export interface RemindReach {
  /** Bound, this kind of reminder on, an authorization left. */
  pushed: number
  /** Who will see it only in the mini-program's 通知, and why. */
  inboxOnly: { unbound: number; noGrant: number; off: number }
}

export interface RemindResult {
  remindedAt: number
  /** Readers who had not read, the one reminding left out (0 on a second tap). */
  count: number
  /** Of those, who will get a WeChat push: bound, this kind of reminder on, an authorization left. */
  pushed: number
  /** Who will see it only in the mini-program's 通知, and why. */
  inboxOnly: { unbound: number; noGrant: number; off: number }
  /** True when this tap found the reminder already done. */
  already: boolean
  /** The notice's page as it now reads. */
  detail: NoticeDetail
}
