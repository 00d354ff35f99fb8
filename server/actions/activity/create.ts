/** 发布活动: the form's first render, and creating a one-off activity (三会一课, 主题党日 …). */
import type { ActivityAdminView, ActivityForm } from '../../../core/contract/activity'
import { instantAt } from '../../../core/activity/clock'
import {
  ACTIVITY_TYPE_LABELS,
  type ActivityType,
  type ExpectedSpec,
  type Geofence,
  type Material,
} from '../../../core/activity/types'
import { chinaDate } from '../../../core/dates'
import { DomainError } from '../../../core/errors'
import { daysOffAround } from '../../../core/workdays'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { audit } from '../../runtime/audit'
import { addOnce, keyedId } from '../../runtime/request-key'
import { findAll } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import { defaultExpected, resolveExpected } from './expected'
import { activityById, actorId, branchOf } from './load'
import type { ActivityDoc } from './model'
import { checkActivityText } from './content'
import { publishActivity } from './publish'
import { newSignInSecret } from './sign-code'
import { adminView } from './views'

const ROLE_ORDER = { secretary: 0, committee: 1, member: 2 }

export async function activityForm(
  input: { branchId?: string; activityId?: string },
  ctx: ActionContext,
): Promise<ActivityForm> {
  const activity = input.activityId ? await activityById(ctx, input.activityId) : null
  const branchId = scopeBranch(ctx.caller, activity?.branchId ?? input.branchId)
  if (activity && input.branchId && input.branchId !== activity.branchId) throw new DomainError('ACTIVITY.NOT_FOUND')
  const [branch, groups, members] = await Promise.all([
    branchOf(ctx, branchId),
    findAll<OrgDoc>(ctx.db, 'orgs', { parentId: branchId, kind: 'group' }),
    findAll<MemberDoc>(ctx.db, 'members', { branchId, status: 'active' }),
  ])
  return {
    branch: { id: branch._id, name: branch.name },
    activity: activity ? adminView(activity) : null,
    groups: groups.filter((g) => g.status === 'active').map((g) => ({ id: g._id, name: g.name })),
    members: members
      .sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role] || a.name.localeCompare(b.name, 'zh'))
      .map((m) => ({ id: m._id, name: m.name, role: m.role, duty: m.duty, groupId: m.groupId })),
    daysOff: daysOffAround(chinaDate(ctx.now()), activity?.date ?? null),
  }
}

export interface CreateInput {
  branchId?: string
  type: ActivityType
  title?: string
  date: string
  startTime: string
  endTime: string
  place: string
  geofence?: Geofence | null
  agenda: string
  materials: Material[]
  expected?: ExpectedSpec
  publish: boolean
}

export async function createActivity(input: CreateInput, ctx: ActionContext): Promise<ActivityAdminView> {
  const branchId = scopeBranch(ctx.caller, input.branchId)
  await branchOf(ctx, branchId)
  if (input.type === 'other' && !input.title) throw new DomainError('ACTIVITY.TITLE_REQUIRED')
  if (input.endTime <= input.startTime) throw new DomainError('ACTIVITY.BAD_TIME')
  const expected = input.expected ?? defaultExpected(input.type)
  await resolveExpected(ctx.db, branchId, expected)
  // Published at once: the content check comes first, so a refusal leaves nothing behind.
  const verdict = input.publish ? await checkActivityText(ctx, { ...input, title: input.title ?? '' }) : undefined
  const now = ctx.now()
  const doc: Omit<ActivityDoc, '_id'> = {
    branchId,
    type: input.type,
    title: input.title || `${Number(input.date.slice(5, 7))}月${ACTIVITY_TYPE_LABELS[input.type]}`,
    status: 'planned',
    date: input.date,
    month: input.date.slice(0, 7),
    startTime: input.startTime,
    endTime: input.endTime,
    startAt: instantAt(input.date, input.startTime),
    endAt: instantAt(input.date, input.endTime),
    place: input.place,
    geofence: input.geofence ?? null,
    agenda: input.agenda,
    materials: input.materials,
    expected,
    expectedIds: [],
    scheduleId: null,
    edited: false,
    signInSecret: newSignInSecret(),
    contentVerdict: null,
    createdAt: now,
    createdById: actorId(ctx),
    updatedAt: now,
    publishedAt: null,
    publishedById: null,
    closedAt: null,
    closedById: null,
  }
  // The id a retry of the same tap meets again (WeChat's own ids are 32 hex characters too).
  const added = await addOnce(ctx.db, 'activities', { _id: keyedId(ctx, 'activity', 32), ...doc })
  const created = await activityById(ctx, added.doc._id)
  await audit(ctx, {
    kind: 'activity.create',
    summary: `新建活动“${created.title}”（${ACTIVITY_TYPE_LABELS[created.type]}，${created.date} ${created.startTime}）`,
    branchId,
    targetId: created._id,
    after: {
      type: created.type,
      title: created.title,
      date: created.date,
      startTime: created.startTime,
      endTime: created.endTime,
    },
  })
  return input.publish ? publishActivity(ctx, created, verdict) : adminView(created)
}
