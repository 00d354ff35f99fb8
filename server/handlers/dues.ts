/** Dues (see its issue); empty until then. */
import type { adminDuesActions, memberDuesActions, secretaryDuesActions } from '../../core/contract/dues'
import type { HandlersFor, Job } from '../runtime/types'

export const member: HandlersFor<'member', typeof memberDuesActions> = {}
export const secretary: HandlersFor<'secretary', typeof secretaryDuesActions> = {}
export const admin: HandlersFor<'admin', typeof adminDuesActions> = {}
export const jobs: Record<string, Job> = {}
