/**
 * Each month's instance of a recurring day, made without anyone creating it: the id is
 * `${scheduleId}_${YYYY-MM}`, so however often the timer, a schedule change or a page asks for
 * it, it is written once. An instance a secretary changed by hand is never re-timed.
 */
import { ACTIVITY_TYPE_LABELS } from '../../../core/activity/types'
import { instantAt } from '../../../core/activity/clock'
import { addMonths, occurrence } from '../../../core/activity/recurrence'
import { chinaMonth } from '../../../core/dates'
import { findAll } from '../../runtime/store'
import type { Db } from '../../runtime/types'
import type { ActivityDoc, ActivityScheduleDoc } from './model'
import { addManyOrGet } from './records'
import { newSignInSecret } from './sign-code'

export function scheduleIdOf(branchId: string, kind: string): string {
  return `${branchId}_${kind}`
}

export function instanceIdOf(scheduleId: string, month: string): string {
  return `${scheduleId}_${month}`
}

/** This month and the next, in China. */
export function currentMonths(now: number): string[] {
  const month = chinaMonth(now)
  return [month, addMonths(month, 1)]
}

/** The fields of an instance that follow its schedule. */
export function scheduledFields(s: ActivityScheduleDoc, month: string) {
  const date = occurrence(s.recurrence, month)
  return {
    title: `${Number(month.slice(5))}月${ACTIVITY_TYPE_LABELS[s.kind]}`,
    date,
    month,
    startTime: s.startTime,
    endTime: s.endTime,
    startAt: instantAt(date, s.startTime),
    endAt: instantAt(date, s.endTime),
    place: s.place,
    geofence: s.geofence,
  }
}

export function instanceDoc(s: ActivityScheduleDoc, month: string, now: number): ActivityDoc {
  return {
    _id: instanceIdOf(s._id, month),
    branchId: s.branchId,
    type: s.kind,
    status: 'planned',
    ...scheduledFields(s, month),
    agenda: '',
    materials: [],
    expected: { kind: 'branch' },
    expectedIds: [],
    scheduleId: s._id,
    edited: false,
    signInSecret: newSignInSecret(),
    contentVerdict: null,
    createdAt: now,
    createdById: null,
    updatedAt: now,
    publishedAt: null,
    publishedById: null,
    closedAt: null,
    closedById: null,
  }
}

/** Makes the missing instances of active schedules for the given months; returns how many were made. */
export async function ensureInstances(
  db: Db,
  schedules: ActivityScheduleDoc[],
  months: string[],
  now: number,
): Promise<number> {
  const wanted = schedules.filter((s) => s.active).flatMap((s) => months.map((m) => instanceDoc(s, m, now)))
  if (wanted.length === 0) return 0
  const _ = db.command
  const existing = await findAll<ActivityDoc>(db, 'activities', { _id: _.in(wanted.map((d) => d._id)) })
  const have = new Set(existing.map((d) => d._id))
  const missing = wanted.filter((d) => !have.has(d._id))
  if (missing.length === 0) return 0
  return (await addManyOrGet(db, 'activities', missing)).created
}
