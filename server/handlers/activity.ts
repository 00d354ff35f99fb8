/** Activity days, leave, sign-in and 补学 (issue 4). */
import type {
  adminActivityActions,
  memberActivityActions,
  secretaryActivityActions,
} from '../../core/contract/activity'
import { cancelActivity } from '../actions/activity/cancel'
import { closeActivity } from '../actions/activity/close'
import { activityForm, createActivity } from '../actions/activity/create'
import { activityForSignIn, getActivity } from '../actions/activity/get'
import { branchHistory } from '../actions/activity/history'
import { ensureMonthlyInstances } from '../actions/activity/jobs'
import { decideLeave } from '../actions/activity/leave-decide'
import { leaveQueue } from '../actions/activity/leave-queue'
import { requestLeave } from '../actions/activity/leave-request'
import { listActivities } from '../actions/activity/list'
import { markPresent } from '../actions/activity/mark-present'
import { myMakeup, submitMakeup } from '../actions/activity/makeup'
import { makeupQueue, reviewMakeup } from '../actions/activity/makeup-review'
import { recordOfflineMakeup } from '../actions/activity/makeup-offline'
import { publish } from '../actions/activity/publish'
import { live, roster } from '../actions/activity/roster'
import { getSchedule, setSchedule } from '../actions/activity/schedule'
import { moveScheduled } from '../actions/activity/move'
import { signIn } from '../actions/activity/sign-in'
import { updateActivity } from '../actions/activity/update'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberActivityActions> = {
  'activity.list': listActivities,
  'activity.get': getActivity,
  'activity.forSignIn': activityForSignIn,
  'leave.request': requestLeave,
  'attendance.signIn': signIn,
  'makeup.mine': myMakeup,
  'makeup.submit': submitMakeup,
}

export const secretary: HandlersFor<'secretary', typeof secretaryActivityActions> = {
  'schedule.get': getSchedule,
  'schedule.set': setSchedule,
  'schedule.move': moveScheduled,
  'activity.form': activityForm,
  'activity.create': createActivity,
  'activity.update': updateActivity,
  'activity.publish': publish,
  'activity.cancel': cancelActivity,
  'activity.live': live,
  'activity.roster': roster,
  'leave.queue': leaveQueue,
  'leave.decide': decideLeave,
  'attendance.markPresent': markPresent,
  'activity.close': closeActivity,
  'makeup.queue': makeupQueue,
  'makeup.review': reviewMakeup,
  'makeup.recordOffline': recordOfflineMakeup,
  'activity.branchHistory': branchHistory,
}

export const admin: HandlersFor<'admin', typeof adminActivityActions> = {}

export const jobs: Record<string, Job> = { 'activity.instances': ensureMonthlyInstances }
