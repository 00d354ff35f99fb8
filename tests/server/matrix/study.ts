import type { adminStudyActions, memberStudyActions, secretaryStudyActions } from '../../../core/contract/study'
import type { MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberStudyActions> = {}
export const secretary: MatrixPart<'secretary', typeof secretaryStudyActions> = {}
export const admin: MatrixPart<'admin', typeof adminStudyActions> = {}
