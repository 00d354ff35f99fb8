/** Activity (see its issue); empty until then. */
import type { adminActivityActions, memberActivityActions, secretaryActivityActions } from '../../core/contract/activity'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberActivityActions> = {}
export const secretary: HandlersFor<'secretary', typeof secretaryActivityActions> = {}
export const admin: HandlersFor<'admin', typeof adminActivityActions> = {}
export const jobs: Record<string, Job> = {}
