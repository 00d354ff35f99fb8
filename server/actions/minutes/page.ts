/**
 * 会议记录 as officers and members see it: the meeting, who came — read from the roster the
 * sign-in keeps (activity/roster.ts), never typed — and the minutes with links to their files.
 */
import { MINUTES_FIELD_LABELS, takesMinutes } from '../../../core/minutes/types'
import type { MinutesAttendance, MinutesPage, MinutesReading, MinutesView } from '../../../core/contract/minutes'
import { DomainError } from '../../../core/errors'
import type { MemberDoc } from '../../model'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { branchOf, memberActivity, officerActivity } from '../activity/load'
import { tempUrls } from '../activity/materials'
import type { ActivityDoc } from '../activity/model'
import { buildRoster } from '../activity/roster'
import { summaryView } from '../activity/views'
import { meetingMotions } from '../vote/page'
import type { MinutesDoc } from './model'

export async function meetingFor(ctx: ActionContext, activityId: string): Promise<ActivityDoc> {
  const activity = await officerActivity(ctx, activityId)
  if (!takesMinutes(activity.type)) throw new DomainError('MINUTES.NOT_A_MEETING')
  return activity
}

/** Started, published or closed: minutes are written after the meeting begins. */
export function hasStarted(activity: ActivityDoc, now: number): boolean {
  return activity.status === 'closed' || (activity.status === 'published' && activity.startAt <= now)
}

async function attendanceOf(ctx: ActionContext, activity: ActivityDoc): Promise<MinutesAttendance> {
  const roster = await buildRoster(ctx, activity)
  const names = (status: string) => roster.rows.filter((r) => r.status === status).map((r) => r.name)
  return {
    expected: roster.counts.expected,
    present: names('present'),
    onLeave: names('onLeave'),
    leavePending: names('leavePending'),
    absent: names('absent'),
  }
}

async function viewOf(ctx: ActionContext, doc: MinutesDoc): Promise<MinutesView> {
  const ids = [doc.hostId, doc.recorderId].filter((id): id is string => id !== null)
  const _ = ctx.db.command
  const [people, urls] = await Promise.all([
    ids.length > 0 ? findAll<MemberDoc>(ctx.db, 'members', { _id: _.in(ids) }) : Promise.resolve([]),
    tempUrls(ctx, [...doc.photos, ...doc.attachments.map((a) => a.fileID)]),
  ])
  const person = (id: string | null) => {
    const found = id ? people.find((p) => p._id === id) : undefined
    return found ? { id: found._id, name: found.name } : null
  }
  return {
    status: doc.status,
    host: person(doc.hostId),
    recorder: person(doc.recorderId),
    topics: doc.topics,
    summary: doc.summary,
    resolutions: doc.resolutions,
    photos: doc.photos.map((fileID) => ({ fileID, url: urls.get(fileID) ?? null })),
    attachments: doc.attachments.map((a) => ({ ...a, url: urls.get(a.fileID) ?? null })),
    updatedAt: doc.updatedAt,
    updatedByName: doc.updatedByName,
    confirmedAt: doc.confirmedAt,
    confirmedByName: doc.confirmedByName,
    amendments: doc.amendments.map((a) => ({
      at: a.at,
      byName: a.byName,
      reason: a.reason,
      fields: a.fields.map((f) => MINUTES_FIELD_LABELS[f]),
    })),
  }
}

/** What is missing before a draft can be confirmed, in words; null when nothing is. */
export function missingForConfirm(activity: ActivityDoc, doc: MinutesDoc | null): string | null {
  if (activity.status !== 'closed') return '活动结束并关闭后才能确认（出勤以关闭时为准）'
  if (!doc) return '请先写好并保存会议记录'
  const missing = [
    doc.hostId ? null : MINUTES_FIELD_LABELS.hostId,
    doc.recorderId ? null : MINUTES_FIELD_LABELS.recorderId,
    doc.topics ? null : MINUTES_FIELD_LABELS.topics,
    doc.summary ? null : MINUTES_FIELD_LABELS.summary,
  ].filter((m): m is string => m !== null)
  return missing.length > 0 ? `还没有填写：${missing.join('、')}` : null
}

export async function minutesPage(ctx: ActionContext, activity: ActivityDoc): Promise<MinutesPage> {
  const [branch, doc, attendance, people, votes] = await Promise.all([
    branchOf(ctx, activity.branchId),
    findById<MinutesDoc>(ctx.db, 'minutes', activity._id),
    attendanceOf(ctx, activity),
    findAll<MemberDoc>(ctx.db, 'members', { branchId: activity.branchId, status: 'active' }),
    meetingMotions(ctx, activity),
  ])
  const started = hasStarted(activity, ctx.now())
  const confirmed = doc?.status === 'confirmed'
  const blocked = confirmed ? null : missingForConfirm(activity, doc)
  return {
    activity: { ...summaryView(activity), branchName: branch.name },
    attendance,
    minutes: doc ? await viewOf(ctx, doc) : null,
    votes,
    people: people.sort((a, b) => a.name.localeCompare(b.name, 'zh')).map((p) => ({ id: p._id, name: p.name })),
    can: { save: started && !confirmed, confirm: started && !confirmed && blocked === null, amend: confirmed },
    confirmBlocked: blocked,
  }
}

export async function getMinutes(input: { activityId: string }, ctx: ActionContext): Promise<MinutesPage> {
  return minutesPage(ctx, await meetingFor(ctx, input.activityId))
}

/** A member reads the confirmed minutes of a meeting they were expected at. */
export async function readMinutes(input: { activityId: string }, ctx: ActionContext): Promise<MinutesReading> {
  const { activity, member } = await memberActivity(ctx, input.activityId)
  if (!takesMinutes(activity.type) || !activity.expectedIds.includes(member._id)) {
    throw new DomainError('MINUTES.NOT_FOUND')
  }
  const [branch, doc, attendance, votes] = await Promise.all([
    branchOf(ctx, activity.branchId),
    findById<MinutesDoc>(ctx.db, 'minutes', activity._id),
    attendanceOf(ctx, activity),
    meetingMotions(ctx, activity),
  ])
  return {
    activity: { ...summaryView(activity), branchName: branch.name },
    attendance,
    minutes: doc?.status === 'confirmed' ? await viewOf(ctx, doc) : null,
    votes,
  }
}
