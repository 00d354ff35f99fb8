import type { adminDuesActions, memberDuesActions, secretaryDuesActions } from '../../../core/contract/dues'
import type { MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberDuesActions> = {}
export const secretary: MatrixPart<'secretary', typeof secretaryDuesActions> = {}
export const admin: MatrixPart<'admin', typeof adminDuesActions> = {}
