/**
 * Demo notices: each published activity's notice to its expected members (its publisher aside);
 * a bureau notice asking for a receipt, three days old, that most have read and many confirmed; a
 * branch notice of yesterday in 机关第一党支部; one held for the party office's review. Nobody has authorized
 * WeChat pushes yet (WeChat keeps those, and the local cloud starts with none), so 提醒设置
 * starts at zero for everyone, as on a new install.
 */
import { formatChinaDateTime } from '../core/dates'
import { isReaderOf } from '../core/notify/readers'
import type { ActivityDoc } from '../server/actions/activity/model'
import type { InboxDoc, NoticeDoc } from '../server/actions/notify/model'
import type { MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { seededRandom } from './names'
import { officeStamp, spreadOf } from './office'
import type { DemoWorld } from './world'

const DAY = 24 * 3600_000

interface Plan {
  notice: NoticeDoc
  readers: MemberDoc[]
  /** Share of readers who have opened it, and of those who confirmed a receipt. */
  readShare: number
  ackShare: number
}

function blank(id: string, at: number, fields: Partial<NoticeDoc>): NoticeDoc {
  return {
    _id: id,
    scope: 'branch',
    branchId: null,
    audience: { kind: 'branch' },
    source: { kind: 'notice' },
    title: '',
    body: '',
    materials: [],
    needReceipt: false,
    status: 'published',
    contentVerdict: 'pass',
    authorId: null,
    authorName: '',
    from: '',
    recipientCount: 0,
    readCount: 0,
    ackCount: 0,
    createdAt: at,
    publishedAt: at,
    remindedAt: null,
    remindedById: null,
    reviewedAt: null,
    reviewedByName: null,
    rejectReason: null,
    ...fields,
  }
}

function activityPlans(activities: ActivityDoc[], world: DemoWorld, now: number): Plan[] {
  const branchName = new Map(world.orgs.map((o) => [o._id, o.name]))
  const byId = new Map(world.members.map((m) => [m._id, m]))
  return activities
    .filter(
      (a) => (a.status === 'published' || a.status === 'closed') && a.publishedAt !== null && a.publishedAt <= now,
    )
    .map((a) => {
      // The notice is the publisher's (the branch's secretary in the demo), and she is none of its readers.
      const secretary =
        (a.publishedById ? byId.get(a.publishedById) : undefined) ??
        world.members.find((m) => m.branchId === a.branchId && m.role === 'secretary')
      const readers = a.expectedIds
        .map((id) => byId.get(id))
        .filter((m): m is MemberDoc => !!m && isReaderOf({ authorId: secretary?._id ?? null }, m._id))
      const when = `时间：${formatChinaDateTime(a.startAt)}—${formatChinaDateTime(a.endAt).slice(-5)}`
      return {
        notice: blank(`ntc-demo-${a._id}`, a.publishedAt as number, {
          branchId: a.branchId,
          audience: a.expected,
          source: { kind: 'activity', activityId: a._id, event: 'published', startAt: a.startAt, place: a.place },
          title: a.title,
          body: [when, `地点：${a.place}`, a.agenda ? `议程：\n${a.agenda}` : ''].filter(Boolean).join('\n'),
          materials: a.materials,
          authorId: secretary?._id ?? null,
          authorName: secretary?.name ?? '书记',
          from: `${branchName.get(a.branchId) ?? ''} · ${secretary?.name ?? '书记'}`,
        }),
        readers,
        readShare: a.endAt < now ? 0.9 : 0.6,
        ackShare: 0,
      }
    })
}

function handWritten(world: DemoWorld, now: number): Plan[] {
  const active = world.members.filter((m) => m.status === 'active')
  const b1 = active.filter((m) => m.branchId === 'org-b1')
  const b2 = active.filter((m) => m.branchId === 'org-b2')
  const secretaryOf = (branchId: string) => active.find((m) => m.branchId === branchId && m.role === 'secretary')
  const s1 = secretaryOf('org-b1')
  const s2 = secretaryOf('org-b2')
  // Written in office hours, on the working day on or before the nominal one.
  const written = (ago: number, id: string) => officeStamp(now - ago, now, spreadOf(id))
  return [
    {
      notice: blank('ntc-demo-bureau-review', written(3 * DAY, 'ntc-demo-bureau-review'), {
        scope: 'bureau',
        audience: { kind: 'bureau' },
        title: '关于开展年度民主评议党员工作的通知',
        body: '各党支部：\n根据机关党委年度工作安排，请各支部于本月内完成民主评议党员工作，评议结果报机关党委。\n请每位党员阅读后点“已阅，收到”。',
        needReceipt: true,
        authorName: '机关党委',
        from: '机关党委',
      }),
      readers: active,
      readShare: 0.75,
      ackShare: 0.8,
    },
    {
      notice: blank('ntc-demo-b1-study', written(DAY, 'ntc-demo-b1-study'), {
        branchId: 'org-b1',
        title: '关于集中学习党的二十届四中全会精神的通知',
        body: '请支部全体党员在本周内学习《中国共产党第二十届中央委员会第四次全体会议公报》，并在“学习”中记录。',
        authorId: s1?._id ?? null,
        authorName: s1?.name ?? '书记',
        from: `机关第一党支部 · ${s1?.name ?? '书记'}`,
      }),
      // The author gets no copy of her own notice (as notice.publish does).
      readers: b1.filter((m) => m._id !== s1?._id),
      readShare: 0.5,
      ackShare: 0,
    },
    {
      notice: blank('ntc-demo-b2-held', written(2 * 3600_000, 'ntc-demo-b2-held'), {
        branchId: 'org-b2',
        status: 'held',
        contentVerdict: 'review',
        publishedAt: null,
        title: '支部微信群通知',
        body: '为方便联系，请各位党员加微信群，有事私聊支部书记。',
        authorId: s2?._id ?? null,
        authorName: s2?.name ?? '书记',
        from: `机关第二党支部 · ${s2?.name ?? '书记'}`,
      }),
      readers: b2.filter((m) => m._id !== s2?._id),
      readShare: 0,
      ackShare: 0,
    },
  ]
}

function copyOf(notice: NoticeDoc, m: MemberDoc, at: number, readAt: number | null, ackAt: number | null): InboxDoc {
  return {
    _id: `${notice._id}_${m._id}`,
    noticeId: notice._id,
    memberId: m._id,
    branchId: m.branchId,
    activityId: notice.source.kind === 'activity' ? notice.source.activityId : null,
    title: notice.title,
    from: notice.from,
    source: notice.source,
    needReceipt: notice.needReceipt,
    publishedAt: at,
    readAt,
    ackAt,
  }
}

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const random = seededRandom(20261202)
  const activities = (await db.find('activities', {})) as unknown as ActivityDoc[]
  const plans = [...activityPlans(activities, world, now), ...handWritten(world, now)]
  const notices: NoticeDoc[] = []
  const inbox: InboxDoc[] = []
  for (const { notice, readers, readShare, ackShare } of plans) {
    notice.recipientCount = readers.length
    notices.push(notice)
    if (notice.status !== 'published') continue
    const at = notice.publishedAt as number
    for (const m of readers) {
      const read = !!m.openid && random() < readShare
      const acked = read && notice.needReceipt && random() < ackShare
      const readAt = read ? Math.min(now - 60_000, at + Math.floor(random() * 20) * 3600_000) : null
      // Nobody read a notice before they bound (the draws above are made all the same, so the
      // others' reading stays as it was).
      if (readAt !== null && readAt < (m.boundAt ?? 0)) {
        inbox.push(copyOf(notice, m, at, null, null))
        continue
      }
      if (read) notice.readCount++
      if (acked) notice.ackCount++
      inbox.push(copyOf(notice, m, at, readAt, acked ? readAt : null))
    }
  }
  await db.insertRaw('notices', notices as unknown as Record<string, unknown>[])
  await db.insertRaw('noticeInbox', inbox as unknown as Record<string, unknown>[])
}
