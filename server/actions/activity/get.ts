/** 活动详情 and 补学 in one call: the activity, my standing, my leave, my 补学 with its materials. */
import type { ActivityPage } from '../../../core/contract/activity'
import { DomainError } from '../../../core/errors'
import type { ActionContext } from '../../runtime/types'
import { memberActivity } from './load'
import { withUrls } from './materials'
import { recordsOf } from './member-records'
import { detailView, makeupView, myActivity } from './views'
import { activityIdOfKey } from './wxacode'

export async function getActivity(input: { activityId: string }, ctx: ActionContext): Promise<ActivityPage> {
  const { activity, member } = await memberActivity(ctx, input.activityId)
  const records = await recordsOf(ctx.db, activity._id, member._id)
  const task = records.makeup && records.makeup.status !== 'cancelled' ? records.makeup : null
  const [materials, taskMaterials] = await withUrls(ctx, [activity.materials, task?.materials ?? []])
  return {
    activity: detailView(activity, materials),
    me: myActivity(activity, member._id, records, ctx.now()),
    makeupTask: task ? makeupView(task, taskMaterials) : null,
  }
}

/** The same page, for the activity a 小程序码's sign-in key names (wxacode.ts); an unknown key is not found. */
export async function activityForSignIn(input: { signInKey: string }, ctx: ActionContext): Promise<ActivityPage> {
  const activityId = await activityIdOfKey(ctx, input.signInKey)
  if (!activityId) throw new DomainError('ACTIVITY.NOT_FOUND')
  return getActivity({ activityId }, ctx)
}
