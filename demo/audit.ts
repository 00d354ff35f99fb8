/**
 * Demo audit log: the officers' changes behind the demo's own records over the last two months
 * (activities published and closed, minutes saved, confirmed and amended, 表决 entered, 民主评议 grades recorded, leave decided, 补学 reviewed, 补签, payments confirmed and
 * returned, notices published, binding codes handed out), written as the actions would have
 * written them, so that an inspector can browse every filter of 审计日志.
 */
import type { ActivityDoc, AttendanceDoc, LeaveRequestDoc, MakeupTaskDoc } from '../server/actions/activity/model'
import type { DuesPaymentDoc } from '../server/actions/dues/model'
import type { MinutesDoc } from '../server/actions/minutes/model'
import type { AppraisalDoc } from '../server/actions/appraisal/model'
import { APPRAISAL_GRADE_LABELS } from '../core/appraisal/labels'
import type { NoticeDoc } from '../server/actions/notify/model'
import type { VoteDoc } from '../server/actions/vote/model'
import { VOTE_OUTCOME_LABELS } from '../core/vote/labels'
import { voteResult } from '../core/vote/rules'
import type { AuditDoc, MemberDoc } from '../server/model'
import type { Database } from '../localcloud/db'
import { demoOpenid } from './identities'
import type { DemoWorld } from './world'

const WINDOW = 62 * 24 * 3600_000

type Entry = Omit<AuditDoc, '_id' | 'actorOpenid' | 'requestId'>

export async function seed(db: Database, now: number, world: DemoWorld): Promise<void> {
  const since = now - WINDOW
  const recent = (at: number | null | undefined): at is number => typeof at === 'number' && at >= since && at <= now
  const byId = new Map(world.members.map((m) => [m._id, m]))
  const secretaryOf = (branchId: string): MemberDoc | undefined =>
    world.members.find((m) => m.branchId === branchId && m.role === 'secretary')
  const find = async <T>(name: string) => (await db.find(name, {})) as unknown as T[]
  const [activities, leaves, tasks, attendance, payments, notices, minutes] = await Promise.all([
    find<ActivityDoc>('activities'),
    find<LeaveRequestDoc>('leaveRequests'),
    find<MakeupTaskDoc>('makeupTasks'),
    find<AttendanceDoc>('attendance'),
    find<DuesPaymentDoc>('duesPayments'),
    find<NoticeDoc>('notices'),
    find<MinutesDoc>('minutes'),
  ])
  const votes = await find<VoteDoc>('votes')
  const titleOf = new Map(activities.map((a) => [a._id, a.title]))
  const entries: Entry[] = []
  const add = (
    actorId: string | null | undefined,
    e: Omit<Entry, 'actorId' | 'actorName' | 'before'> & { before?: unknown },
  ) => {
    const actor = actorId ? byId.get(actorId) : undefined
    entries.push({ before: null, ...e, actorId: actor?._id ?? null, actorName: actor?.name ?? '机关党委管理员' })
  }

  for (const a of activities) {
    if (recent(a.publishedAt)) {
      add(a.publishedById, {
        at: a.publishedAt,
        kind: 'activity.publish',
        summary: `发布活动“${a.title}”，应参加${a.expectedIds.length}人`,
        branchId: a.branchId,
        targetId: a._id,
        before: { status: 'planned' },
        after: { status: 'published', expectedCount: a.expectedIds.length },
      })
    }
    if (recent(a.closedAt)) {
      add(a.closedById, {
        at: a.closedAt,
        kind: 'activity.close',
        summary: `结束活动“${a.title}”，生成补学任务`,
        branchId: a.branchId,
        targetId: a._id,
        before: { status: 'published' },
        after: { status: 'closed' },
      })
    }
  }
  for (const l of leaves.filter((x) => recent(x.decidedAt))) {
    add(l.decidedById, {
      at: l.decidedAt as number,
      kind: 'leave.decide',
      summary: `${l.status === 'approved' ? '批准' : '不批准'}${byId.get(l.memberId)?.name ?? ''}请假：${titleOf.get(l.activityId) ?? ''}`,
      branchId: l.branchId,
      targetId: l._id,
      before: { status: 'pending' },
      after: { status: l.status, reason: l.reason },
    })
  }
  for (const t of tasks) {
    for (const r of t.reviews.filter((x) => recent(x.at))) {
      add(r.byId, {
        at: r.at,
        kind: 'makeup.review',
        summary: `${r.decision === 'confirm' ? '确认' : '退回'}${byId.get(t.memberId)?.name ?? ''}的补学心得：${t.activity.title}`,
        branchId: t.branchId,
        targetId: t._id,
        before: { status: 'submitted' },
        after: { status: r.decision === 'confirm' ? 'done' : 'returned', comment: r.comment },
      })
    }
  }
  for (const t of tasks.filter((x) => x.offline && recent(x.offline.at))) {
    const o = t.offline!
    add(o.byId, {
      at: o.at,
      kind: 'makeup.offline',
      summary: `登记${byId.get(t.memberId)?.name ?? ''}“${t.activity.title}”的线下补学（${Number(o.on.slice(5, 7))}月${Number(o.on.slice(8, 10))}日）：${o.note}`,
      branchId: t.branchId,
      targetId: t._id,
      before: { status: o.from },
      after: { status: 'done', day: o.on, note: o.note },
    })
  }
  for (const r of attendance.filter((x) => x.method === 'manual' && recent(x.at))) {
    add(r.byId, {
      at: r.at,
      kind: 'attendance.markPresent',
      summary: `为${byId.get(r.memberId)?.name ?? ''}补签：${titleOf.get(r.activityId) ?? ''}（${r.reason ?? ''}）`,
      branchId: r.branchId,
      targetId: r._id,
      after: { status: 'present', reason: r.reason },
    })
  }
  for (const p of payments.filter((x) => x.kind === 'payment')) {
    if (p.status === 'confirmed' && recent(p.confirmedAt)) {
      add(p.confirmedBy?.id, {
        at: p.confirmedAt as number,
        kind: p.via === 'inPerson' ? 'dues.record' : 'dues.confirm',
        summary: `${p.via === 'inPerson' ? '登记' : '确认'}${p.memberName}交党费 ${(p.amountFen / 100).toFixed(2)} 元（${p.months.map((m) => m.month).join('、')}）`,
        branchId: p.branchId,
        targetId: p._id,
        after: { status: 'confirmed', amountFen: p.amountFen },
      })
    }
    if (p.status === 'rejected' && recent(p.rejectedAt)) {
      add(p.rejectedBy?.id, {
        at: p.rejectedAt as number,
        kind: 'dues.reject',
        summary: `退回${p.memberName}的缴费报告：${p.rejectReason ?? ''}`,
        branchId: p.branchId,
        targetId: p._id,
        before: { status: 'reported' },
        after: { status: 'rejected', reason: p.rejectReason },
      })
    }
  }
  for (const n of notices.filter((x) => recent(x.createdAt))) {
    add(n.authorId, {
      at: n.createdAt,
      kind: 'notice.publish',
      summary: `发布通知“${n.title}”，发给${n.recipientCount}人`,
      branchId: n.branchId,
      targetId: n._id,
      after: { status: n.status, recipients: n.recipientCount },
    })
  }
  for (const m of minutes) {
    const title = titleOf.get(m.activityId) ?? ''
    if (recent(m.createdAt))
      add(m.createdById, {
        at: m.createdAt,
        kind: 'minutes.save',
        summary: `保存“${title}”的会议记录草稿`,
        branchId: m.branchId,
        targetId: m.activityId,
        after: { 议题: m.topics, 照片: m.photos.length, 附件: m.attachments.length },
      })
    if (recent(m.confirmedAt))
      add(m.confirmedById, {
        at: m.confirmedAt,
        kind: 'minutes.confirm',
        summary: `确认“${title}”的会议记录`,
        branchId: m.branchId,
        targetId: m.activityId,
        before: { status: 'draft' },
        after: { status: 'confirmed' },
      })
    for (const a of m.amendments.filter((x) => recent(x.at)))
      add(a.byId, {
        at: a.at,
        kind: 'minutes.amend',
        summary: `修改“${title}”的会议记录：${a.reason}`,
        branchId: m.branchId,
        targetId: m.activityId,
        before: a.before,
        after: Object.fromEntries(a.fields.map((f) => [f, m[f]])),
      })
  }
  for (const r of await find<AppraisalDoc>('appraisals')) {
    const words = (c: Pick<AppraisalDoc, 'grade' | 'reason' | 'decidedOn'>) => ({
      等次: APPRAISAL_GRADE_LABELS[c.grade],
      ...(c.reason ? { 评定理由: c.reason } : {}),
      评定日期: c.decidedOn,
    })
    const first = r.corrections[0]?.before ?? r
    if (recent(r.recordedAt))
      add(r.recordedById, {
        at: r.recordedAt,
        kind: 'appraisal.record',
        summary: `记录${r.memberName}${r.year}年度民主评议等次：${APPRAISAL_GRADE_LABELS[first.grade]}`,
        branchId: r.branchId,
        targetId: r._id,
        after: words(first),
      })
    for (const c of r.corrections.filter((x) => recent(x.at)))
      add(c.byId, {
        at: c.at,
        kind: 'appraisal.correct',
        summary: `修改${r.memberName}${r.year}年度民主评议等次：${c.reason}`,
        branchId: r.branchId,
        targetId: r._id,
        before: words(c.before),
        after: words(r),
      })
  }
  for (const v of votes.filter((x) => recent(x.recordedAt))) {
    const result = VOTE_OUTCOME_LABELS[voteResult(v.figures, v.tally).outcome]
    add(v.recordedById, {
      at: v.recordedAt,
      kind: 'vote.record',
      summary: `录入“${titleOf.get(v.activityId) ?? ''}”的表决：${v.title}，${result}`,
      branchId: v.branchId,
      targetId: v._id,
      after: {
        表决事项: v.title,
        应到会有表决权: v.figures.entitled,
        到会有表决权: v.figures.present,
        赞成: v.tally.for,
        反对: v.tally.against,
        弃权: v.tally.abstain,
        书面意见: v.tally.written,
        结果: result,
      },
    })
  }
  // Codes handed out within the log's window: those of members who bound lately.
  const issuedAt = (m: MemberDoc) => (m.boundAt ?? 0) - 2 * 24 * 3600_000
  for (const m of world.members.filter((x) => x.openid && x.role === 'member' && recent(issuedAt(x)))) {
    const issuer = secretaryOf(m.branchId)
    const at = issuedAt(m)
    add(issuer?._id, {
      at,
      kind: 'binding.issue',
      summary: `为${m.name}生成绑定码（7天有效）`,
      branchId: m.branchId,
      targetId: m._id,
      after: { expiresAt: at + 7 * 24 * 3600_000 },
    })
  }

  const docs: AuditDoc[] = entries
    .sort((a, b) => a.at - b.at)
    .map((e, i) => ({
      ...e,
      _id: `audit-demo-${String(i).padStart(5, '0')}`,
      actorOpenid: e.actorId ? demoOpenid(e.actorId) : '',
      requestId: 'seed',
    }))
  await db.insertRaw('auditLog', docs as unknown as Record<string, unknown>[])
}
