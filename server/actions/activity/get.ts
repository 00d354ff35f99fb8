/** 活动详情 and 补学 in one call: the activity, my standing, my leave, my 补学 with its materials. */
import type { ActivityPage } from '../../../core/contract/activity'
import type { ActionContext } from '../../runtime/types'
import { memberActivity } from './load'
import { withUrls } from './materials'
import { recordsOf } from './member-records'
import { detailView, makeupView, myActivity } from './views'

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
