/** Notices, inbox, subscriptions and reminders (issue 10). */
import type { adminNotifyActions, memberNotifyActions, secretaryNotifyActions } from '../../core/contract/notify'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberNotifyActions> = {}
export const secretary: HandlersFor<'secretary', typeof secretaryNotifyActions> = {}
export const admin: HandlersFor<'admin', typeof adminNotifyActions> = {}
export const jobs: Record<string, Job> = {}
