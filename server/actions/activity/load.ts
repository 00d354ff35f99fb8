/** Finding an activity as an officer (own branch; admins any) or as a member (own branch or expected). */
import { DomainError } from '../../../core/errors'
import type { MemberDoc, OrgDoc } from '../../model'
import { scopeBranch } from '../../runtime/access'
import { findById } from '../../runtime/store'
import type { ActionContext } from '../../runtime/types'
import type { ActivityDoc } from './model'

export async function activityById(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const activity = await findById<ActivityDoc>(ctx.db, 'activities', id)
  if (!activity) throw new DomainError('ACTIVITY.NOT_FOUND')
  return activity
}

/** An activity of the officer's branch; another branch's is refused before anything is read or written. */
export async function officerActivity(ctx: ActionContext, id: string): Promise<ActivityDoc> {
  const activity = await activityById(ctx, id)
  scopeBranch(ctx.caller, activity.branchId)
  return activity
}

/**
 * What a member may open: published or closed, of their branch; of another branch only one
 * that is over and that they were expected at — a member who moved keeps their own past
 * records of the old branch, but nothing there still to come (no sign-in, no leave).
 */
export function visibleToMember(activity: ActivityDoc, member: MemberDoc, now: number): boolean {
  if (activity.status !== 'published' && activity.status !== 'closed') return false
  if (activity.branchId === member.branchId) return true
  return activity.expectedIds.includes(member._id) && (activity.status === 'closed' || activity.endAt < now)
}

export async function memberActivity(
  ctx: ActionContext,
  id: string,
): Promise<{ activity: ActivityDoc; member: MemberDoc }> {
  const member = ctx.caller.member as MemberDoc
  const activity = await findById<ActivityDoc>(ctx.db, 'activities', id)
  if (!activity || !visibleToMember(activity, member, ctx.now())) throw new DomainError('ACTIVITY.NOT_FOUND')
  return { activity, member }
}

export async function branchOf(ctx: ActionContext, branchId: string): Promise<OrgDoc> {
  const branch = await findById<OrgDoc>(ctx.db, 'orgs', branchId)
  if (!branch || branch.kind !== 'branch') throw new DomainError('ORG.NOT_FOUND')
  return branch
}

/** The member id of the officer acting (null for an admin with no roster entry). */
export function actorId(ctx: ActionContext): string | null {
  return ctx.caller.member?._id ?? null
}
