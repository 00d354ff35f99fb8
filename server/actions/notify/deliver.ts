/**
 * A published notice reaches its readers: an inbox copy for each (even those not yet bound, who
 * find it once they bind) and a push for each bound reader who keeps that kind on.
 */
import { activityMessage, noticeMessage, type Message } from '../../../core/notify/messages'
import type { MemberDoc } from '../../model'
import type { Db } from '../../runtime/types'
import { addManyOrGet } from '../activity/records'
import { inboxId } from './ids'
import type { InboxDoc, NoticeDoc } from './model'
import { enqueue } from './outbox'

const EVENT_TIPS = {
  published: '请按时参加，不能参加请在小程序中请假',
  moved: '活动时间或地点有变化，请留意',
  cancelled: '本次活动已取消',
} as const

/** The push a notice sends: an activity's as 活动提醒, any other as 通知公告. */
export function pushOf(notice: NoticeDoc, note?: string): Message {
  const s = notice.source
  if (s.kind === 'activity') {
    return activityMessage(
      {
        id: s.activityId,
        title: notice.title.replace(/^(活动改期|活动取消)：/, ''),
        startAt: s.startAt,
        place: s.place,
      },
      note ?? EVENT_TIPS[s.event],
    )
  }
  const tip = note ?? (notice.needReceipt ? '请阅读并确认收到' : '请在小程序中查看全文')
  return noticeMessage(
    { id: notice._id, title: notice.title, authorName: notice.authorName, publishedAt: notice.publishedAt ?? 0 },
    tip,
  )
}

export function inboxDoc(notice: NoticeDoc, member: MemberDoc): InboxDoc {
  return {
    _id: inboxId(notice._id, member._id),
    noticeId: notice._id,
    memberId: member._id,
    branchId: member.branchId,
    activityId: notice.source.kind === 'activity' ? notice.source.activityId : null,
    title: notice.title,
    from: notice.from,
    source: notice.source,
    needReceipt: notice.needReceipt,
    publishedAt: notice.publishedAt ?? notice.createdAt,
    readAt: null,
    ackAt: null,
  }
}

/** Writes the inbox copies and plans the pushes; safe to run again (deterministic ids). */
export async function deliver(db: Db, now: number, notice: NoticeDoc, readers: MemberDoc[]): Promise<number> {
  await addManyOrGet(
    db,
    'noticeInbox',
    readers.map((m) => inboxDoc(notice, m)),
  )
  return enqueue(
    db,
    now,
    {
      key: `notice:${notice._id}`,
      message: () => pushOf(notice),
      noticeId: notice._id,
      activityId: notice.source.kind === 'activity' ? notice.source.activityId : null,
    },
    readers,
  )
}
