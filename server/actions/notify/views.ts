/** How notices are shown to their readers and to officers. */
import type { MaterialView } from '../../../core/contract/activity-views'
import type { InboxItem, NoticeAdminView, NoticeSummary, NoticeView } from '../../../core/contract/notify-views'
import type { InboxDoc, NoticeDoc } from './model'

export function summaryOf(n: NoticeDoc): NoticeSummary {
  return {
    id: n._id,
    title: n.title,
    from: n.from,
    scope: n.scope,
    branchId: n.branchId,
    source: n.source,
    status: n.status,
    contentVerdict: n.contentVerdict,
    needReceipt: n.needReceipt,
    publishedAt: n.publishedAt,
    createdAt: n.createdAt,
    expected: n.recipientCount,
    read: n.readCount,
    acked: n.ackCount,
    remindedAt: n.remindedAt,
  }
}

export function adminViewOf(n: NoticeDoc): NoticeAdminView {
  return {
    ...summaryOf(n),
    body: n.body,
    materials: n.materials,
    audience: n.audience,
    rejectReason: n.rejectReason,
  }
}

export function inboxItemOf(i: InboxDoc): InboxItem {
  return {
    noticeId: i.noticeId,
    title: i.title,
    from: i.from,
    publishedAt: i.publishedAt,
    source: i.source,
    read: i.readAt !== null,
    needReceipt: i.needReceipt,
    acked: i.ackAt !== null,
  }
}

export function readerViewOf(n: NoticeDoc, mine: InboxDoc, materials: MaterialView[]): NoticeView {
  return {
    id: n._id,
    title: n.title,
    body: n.body,
    materials,
    from: n.from,
    publishedAt: n.publishedAt ?? n.createdAt,
    source: n.source,
    needReceipt: n.needReceipt,
    readAt: mine.readAt,
    ackAt: mine.ackAt,
  }
}
