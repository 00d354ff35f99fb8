/** 活动安排: a branch's two recurring days and one month's activities; setting a rule. */
import type { ScheduleOverview } from '../../../core/contract/activity'
import type { Geofence, Recurrence, ScheduleKind } from '../../../core/activity/types'
import { chinaDate, chinaMonth } from '../../../core/dates'
import { dayOffWords, daysOffAround } from '../../../core/workdays'
import { DomainError } from '../../../core/errors'
import { scopeBranch } from '../../runtime/access'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { findAll, findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { actorId, branchOf } from './load'
import type { ActivityDoc, ActivityScheduleDoc } from './model'
import { currentMonths, ensureInstances, instanceIdOf, scheduleIdOf, scheduledFields } from './instances'
import { scheduleView, summaryView } from './views'

export async function overview(
  ctx: ActionContext,
  branchId: string,
  month: string | undefined,
): Promise<ScheduleOverview> {
  const branch = await branchOf(ctx, branchId)
  const schedules = await findAll<ActivityScheduleDoc>(ctx.db, 'activitySchedules', { branchId })
  await ensureInstances(ctx.db, schedules, currentMonths(ctx.now()), ctx.now())
  const shown = month ?? chinaMonth(ctx.now())
  const activities = await findAll<ActivityDoc>(ctx.db, 'activities', { branchId, month: shown })
  const byKind = new Map(schedules.map((s) => [s.kind, scheduleView(s)]))
  return {
    branch: { id: branch._id, name: branch.name },
    schedules: { studyDay: byKind.get('studyDay') ?? null, activityDay: byKind.get('activityDay') ?? null },
    month: shown,
    // A rule's day that falls on a weekend or an official holiday is said, so the secretary can move it.
    activities: activities
      .sort((a, b) => a.startAt - b.startAt)
      .map((a) => ({ ...summaryView(a), dayOff: dayOffWords(chinaDate(a.startAt)) })),
    daysOff: daysOffAround(chinaDate(ctx.now()), `${shown}-01`),
  }
}

export async function getSchedule(
  input: { branchId?: string; month?: string },
  ctx: ActionContext,
): Promise<ScheduleOverview> {
  return overview(ctx, scopeBranch(ctx.caller, input.branchId), input.month)
}

export interface ScheduleInput {
  branchId?: string
  kind: ScheduleKind
  recurrence: Recurrence
  startTime: string
  endTime: string
  place: string
  geofence: Geofence | null
  active: boolean
}

/**
 * Sets a rule. Instances of this month and next that are still drafts and were not changed by
 * hand follow the new rule (or are cancelled when it is switched off, and come back when it is
 * switched on); published ones stay as members were told.
 */
export async function setSchedule(input: ScheduleInput, ctx: ActionContext): Promise<ScheduleOverview> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  await branchOf(ctx, branchId)
  if (input.endTime <= input.startTime) throw new DomainError('ACTIVITY.BAD_TIME')
  // Every monthly instance shows the place to the branch's members.
  await checkContent(ctx, input.place, 1)
  const id = scheduleIdOf(branchId, input.kind)
  const before = await findById<ActivityScheduleDoc>(ctx.db, 'activitySchedules', id)
  const now = ctx.now()
  const doc: ActivityScheduleDoc = {
    _id: id,
    branchId,
    kind: input.kind,
    recurrence: input.recurrence,
    startTime: input.startTime,
    endTime: input.endTime,
    place: input.place,
    geofence: input.geofence ?? null,
    active: input.active,
    createdAt: before?.createdAt ?? now,
    updatedAt: now,
    updatedById: actorId(ctx),
  }
  const { _id: _ignored, ...data } = doc
  await ctx.db.collection('activitySchedules').doc(id).set({ data })
  const _ = ctx.db.command
  for (const month of currentMonths(now)) {
    const { geofence, ...fields } = scheduledFields(doc, month)
    await ctx.db
      .collection('activities')
      .where({ _id: instanceIdOf(id, month), status: _.in(['planned', 'cancelled']), edited: false })
      .update({
        data: { ...fields, geofence: _.set(geofence), status: doc.active ? 'planned' : 'cancelled', updatedAt: now },
      })
  }
  const view = scheduleView(doc)
  await audit(ctx, {
    kind: 'schedule.set',
    summary: `设置${view.recurrenceText} ${doc.startTime}–${doc.endTime}的${input.kind === 'studyDay' ? '固定学习日' : '党员集中活动日'}${doc.active ? '' : '（停用）'}`,
    branchId,
    targetId: id,
    before: before ? scheduleView(before) : null,
    after: view,
  })
  return overview(ctx, branchId, undefined)
}
