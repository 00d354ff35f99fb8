import type {
  adminActivityActions,
  memberActivityActions,
  secretaryActivityActions,
} from '../../../core/contract/activity'
import type { MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberActivityActions> = {}
export const secretary: MatrixPart<'secretary', typeof secretaryActivityActions> = {}
export const admin: MatrixPart<'admin', typeof adminActivityActions> = {}
