import type { memberHomeActions } from '../../../core/contract/home'
import { EVERYONE, type MatrixPart } from './types'

export const member: MatrixPart<'member', typeof memberHomeActions> = {
  'home.get': { allowed: EVERYONE, input: () => ({}) },
}
