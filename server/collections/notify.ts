import type { CollectionSpec } from './spec'

/** Notices, the inbox, authorizations and the reminder outbox (issue 10). */
export const NOTIFY_COLLECTIONS = [
  {
    name: 'notices',
    purpose: '支部和机关党委发布的通知，以及活动发布、改期、取消的通知（不删除，长期保存）',
    indexes: [
      { branchId: 1, createdAt: -1 },
      { scope: 1, createdAt: -1 },
      { status: 1, createdAt: -1 },
      { 'source.activityId': 1, createdAt: 1 },
    ],
  },
  {
    name: 'noticeInbox',
    purpose: '每名党员收到的通知与阅读、回执记录（_id 为 通知_党员，长期保存）',
    indexes: [
      { memberId: 1, readAt: 1, publishedAt: -1 },
      { memberId: 1, publishedAt: -1, _id: -1 },
      { memberId: 1, needReceipt: 1, ackAt: 1 },
      { noticeId: 1, readAt: 1 },
      { activityId: 1, memberId: 1 },
    ],
  },
  {
    name: 'subscriptions',
    purpose: '党员对每类提醒的开关与微信订阅消息剩余授权次数（_id 为 党员_模板）',
    indexes: [{ memberId: 1 }],
  },
  {
    name: 'outbox',
    purpose: '待发送和已发送的订阅消息，每条提醒对每名党员一条（_id 为 提醒键_党员），保证只推送一次',
    indexes: [
      { status: 1, nextAttemptAt: 1 },
      { status: 1, claimedAt: 1 },
      { status: 1, sendingAt: 1 },
      { claimId: 1 },
      { noticeId: 1 },
      { activityId: 1, status: 1 },
      // 失去联系 (issue 26): what reminders a member was sent
      { memberId: 1, createdAt: -1 },
    ],
  },
  {
    name: 'jobRuns',
    purpose: '每天或每个周期只需运行一次的定时任务的运行记录（_id 为 任务:周期）',
    indexes: [],
  },
] as const satisfies readonly CollectionSpec[]
