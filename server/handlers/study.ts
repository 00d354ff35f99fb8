/** Study (see its issue); empty until then. */
import type { adminStudyActions, memberStudyActions, secretaryStudyActions } from '../../core/contract/study'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberStudyActions> = {}
export const secretary: HandlersFor<'secretary', typeof secretaryStudyActions> = {}
export const admin: HandlersFor<'admin', typeof adminStudyActions> = {}
export const jobs: Record<string, Job> = {}
