/** Notices, inbox, subscriptions and reminders (issue 10). */
import type { adminNotifyActions, memberNotifyActions, secretaryNotifyActions } from '../../core/contract/notify'
import { noticeDetail } from '../actions/notify/detail'
import { ackNotice, inbox, openNotice } from '../actions/notify/inbox'
import { branchNoticeForm, branchNotices, bureauNoticeForm, bureauNotices } from '../actions/notify/officer'
import { planActivityReminders } from '../actions/notify/planners/activity'
import { planBirthdays } from '../actions/notify/planners/birthday'
import { planDuesReminders } from '../actions/notify/planners/dues'
import { planMakeupReminders } from '../actions/notify/planners/makeup'
import { publishBranchNotice, publishBureauNotice } from '../actions/notify/publish'
import { recordAnswers, reminderSettings, setReminder } from '../actions/notify/reminders'
import { remindUnread } from '../actions/notify/remind'
import { reviewNotice } from '../actions/notify/review'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberNotifyActions> = {
  'notice.inbox': inbox,
  'notice.open': openNotice,
  'notice.ack': ackNotice,
  'reminders.get': reminderSettings,
  'reminders.set': setReminder,
  'subscribe.record': recordAnswers,
}

export const secretary: HandlersFor<'secretary', typeof secretaryNotifyActions> = {
  'notice.form': branchNoticeForm,
  'notice.publish': publishBranchNotice,
  'notice.list': branchNotices,
  'notice.detail': (input, ctx) => noticeDetail(input, ctx, 'secretary'),
  'notice.remind': (input, ctx) => remindUnread(input, ctx, 'secretary'),
}

export const admin: HandlersFor<'admin', typeof adminNotifyActions> = {
  'notice.form': bureauNoticeForm,
  'notice.publish': publishBureauNotice,
  'notice.list': bureauNotices,
  'notice.detail': (input, ctx) => noticeDetail(input, ctx, 'admin'),
  'notice.remind': (input, ctx) => remindUnread(input, ctx, 'admin'),
  'notice.review': reviewNotice,
}

/** Planners for the timer: each writes outbox documents once per (reminder, member); the sender drains them. */
export const jobs: Record<string, Job> = {
  'notify.activity': planActivityReminders,
  'notify.dues': planDuesReminders,
  'notify.makeup': planMakeupReminders,
  'notify.birthday': planBirthdays,
}
