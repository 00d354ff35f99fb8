import type { secretaryOverviewActions } from '../../../core/contract/overview'
import { WORLD } from '../../helpers/cloud'
import { BRANCH_OFFICERS, type MatrixPart } from './types'

export const secretary: MatrixPart<'secretary', typeof secretaryOverviewActions> = {
  'overview.branch': { allowed: BRANCH_OFFICERS, input: () => ({ branchId: WORLD.branchA }) },
}
