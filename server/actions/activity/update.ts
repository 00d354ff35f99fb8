/**
 * Editing or moving one activity (e.g. a 固定学习日 off a holiday for that month). Once members
 * have seen it, every change needs a reason and is audited with before and after.
 */
import type { ActivityAdminView } from '../../../core/contract/activity'
import { instantAt } from '../../../core/activity/clock'
import type { ExpectedSpec, Geofence, Material } from '../../../core/activity/types'
import { DomainError } from '../../../core/errors'
import { audit } from '../../runtime/audit'
import { checkContent } from '../../runtime/content-check'
import { announceChanged } from '../notify/activity-notices'
import type { Filter } from '../../runtime/sdk'
import type { ActionContext } from '../../runtime/types'
import { checkActivityText } from './content'
import { resolveExpected } from './expected'
import { publishActivity } from './publish'
import { activityById, officerActivity } from './load'
import type { ActivityDoc } from './model'
import { adminView } from './views'

export interface ActivityChanges {
  title?: string
  date?: string
  startTime?: string
  endTime?: string
  place?: string
  geofence?: Geofence | null
  agenda?: string
  materials?: Material[]
  expected?: ExpectedSpec
}

const TEXT_FIELDS = ['title', 'place', 'agenda', 'materials'] as const
/** Changing these takes an instance off its rule: a later rule change no longer moves it. */
const WHEN_AND_WHERE = ['date', 'startTime', 'endTime', 'place', 'geofence'] as const

export async function updateActivity(
  input: { activityId: string; changes: ActivityChanges; reason?: string; publish?: boolean },
  ctx: ActionContext,
): Promise<ActivityAdminView> {
  const activity = await officerActivity(ctx, input.activityId)
  if (activity.status === 'closed') throw new DomainError('ACTIVITY.CLOSED')
  if (activity.status === 'cancelled') throw new DomainError('ACTIVITY.CANCELLED')
  const record = activity as unknown as Record<string, unknown>
  const changes = Object.fromEntries(
    Object.entries(input.changes).filter(
      ([k, v]) => v !== undefined && JSON.stringify(v) !== JSON.stringify(record[k]),
    ),
  ) as ActivityChanges
  const keys = Object.keys(changes)
  if (keys.length === 0) throw new DomainError('ACTIVITY.NOTHING_CHANGED')
  const published = activity.status === 'published'
  if (published && !input.reason) throw new DomainError('ACTIVITY.REASON_REQUIRED')

  const next: ActivityDoc = { ...activity, ...changes }
  if (next.endTime <= next.startTime) throw new DomainError('ACTIVITY.BAD_TIME')
  const _ = ctx.db.command
  const data: Filter = { updatedAt: ctx.now() }
  if (WHEN_AND_WHERE.some((k) => k in changes)) data.edited = true
  for (const key of keys) data[key] = _.set((changes as Record<string, unknown>)[key])
  if (changes.date || changes.startTime || changes.endTime) {
    Object.assign(data, {
      month: next.date.slice(0, 7),
      startAt: instantAt(next.date, next.startTime),
      endAt: instantAt(next.date, next.endTime),
    })
  }
  if (changes.expected) {
    const ids = await resolveExpected(ctx.db, activity.branchId, changes.expected)
    if (published) data.expectedIds = _.set(ids)
  }
  if (published && TEXT_FIELDS.some((k) => k in changes)) data.contentVerdict = await checkActivityText(ctx, next)
  // Members already told read the reason in the correction.
  if (published) await checkContent(ctx, input.reason ?? '', 2)

  await ctx.db.collection('activities').doc(activity._id).update({ data })
  const updated = await activityById(ctx, activity._id)
  await audit(ctx, {
    kind: 'activity.update',
    summary: `修改活动“${updated.title}”${input.reason ? `：${input.reason}` : ''}`,
    branchId: activity.branchId,
    targetId: activity._id,
    before: Object.fromEntries(keys.map((k) => [k, record[k] ?? null])),
    after: changes,
  })
  if (published) await announceChanged(ctx, activity, updated, input.reason ?? '')
  // 发布 on an edited draft: the changes first, then the publishing, as one tap.
  if (input.publish && updated.status === 'planned') return publishActivity(ctx, updated)
  return adminView(updated)
}
